// Type predicates: identity, comparability, nil-ability, and the helpers
// that classify a type by its underlying type (or, for a type parameter, by
// every type in its type set, as types2's `allX` predicates do).

func under(_ t: GoType) -> GoType { t.underlying }

/// The core type of t: its underlying type, or for a type parameter the
/// core type of its type set's terms (nil if there is none).
func coreType(_ t: GoType) -> GoType? {
    guard let tp = unalias(t) as? TypeParam else { return t.underlying }
    guard let terms = tp.iface.typeSet.terms else { return nil }
    return coreUnderlying(of: terms)
}

/// The core type of a list of terms (the spec's): the underlying type they all
/// share, or for channels of one element type the directional one (a receive-
/// and a send-only channel conflict); nil if there is none.
public func coreUnderlying(of terms: [Term]) -> GoType? {
    var u: GoType?
    for term in terms {
        let tu = term.type.underlying
        guard let cur = u else { u = tu; continue }
        if identical(cur, tu) { continue }
        guard let a = cur as? Chan, let b = tu as? Chan, identical(a.elem, b.elem),
              a.dir == .both || b.dir == .both || a.dir == b.dir else { return nil }
        u = a.dir == .both ? b : a
    }
    return u
}

/// Whether every type of t's type set (t itself if not a type parameter) satisfies pred.
func allTypes(_ t: GoType, _ pred: (GoType) -> Bool) -> Bool {
    if let tp = unalias(t) as? TypeParam {
        guard let terms = tp.iface.typeSet.terms, !terms.isEmpty else { return false }
        return terms.allSatisfy { pred($0.type.underlying) }
    }
    return pred(t.underlying)
}

func allBasic(_ t: GoType, _ pred: (Basic) -> Bool) -> Bool {
    allTypes(t) { u in (u as? Basic).map(pred) ?? false }
}

func isBoolean(_ t: GoType) -> Bool { allBasic(t) { $0.isBoolean } }
func isInteger(_ t: GoType) -> Bool { allBasic(t) { $0.isInteger } }
func isUnsigned(_ t: GoType) -> Bool { allBasic(t) { $0.isUnsigned } }
func isFloat(_ t: GoType) -> Bool { allBasic(t) { $0.isFloat } }
func isComplex(_ t: GoType) -> Bool { allBasic(t) { $0.isComplex } }
func isNumeric(_ t: GoType) -> Bool { allBasic(t) { $0.isNumeric } }
func isString(_ t: GoType) -> Bool { allBasic(t) { $0.isString } }
func isOrdered(_ t: GoType) -> Bool { allBasic(t) { $0.isOrdered } }
func isConstType(_ t: GoType) -> Bool { (t.underlying as? Basic)?.isConstType ?? false }
func isUntyped(_ t: GoType) -> Bool { (t as? Basic)?.isUntyped ?? false }
func isTyped(_ t: GoType) -> Bool { !isUntyped(t) }
func isInterface(_ t: GoType) -> Bool { !(t is TypeParam) && t.underlying is Interface }
func isTypeParam(_ t: GoType) -> Bool { t is TypeParam }
func isValid(_ t: GoType?) -> Bool { t != nil && t !== Universe.invalid && !((t as? Basic)?.kind == .invalid) }
func isUnsafePointer(_ t: GoType) -> Bool { (t.underlying as? Basic)?.kind == .unsafePointer }
func isPointer(_ t: GoType) -> Bool { t.underlying is Pointer }
func isNamed(_ t: GoType) -> Bool { let u = unalias(t); return u is Named || u is Basic || u is TypeParam }

/// Whether values of type t can be nil.
func hasNil(_ t: GoType) -> Bool {
    if let tp = t as? TypeParam {
        guard let terms = tp.iface.typeSet.terms, !terms.isEmpty else { return false }
        return terms.allSatisfy { hasNil($0.type) }
    }
    switch t.underlying {
    case let b as Basic: return b.kind == .unsafePointer
    case is Slice, is Pointer, is Signature, is MapType, is Chan: return true
    case is Interface: return true
    default: return false
    }
}

/// Whether values of type t are comparable with == (spec: "Comparison operators").
func comparable(_ t: GoType, seen: inout Set<ObjectIdentifier>) -> Bool {
    if seen.contains(ObjectIdentifier(t)) { return true }
    seen.insert(ObjectIdentifier(t))
    if let tp = t as? TypeParam { return tp.iface.typeSet.isComparable }
    switch t.underlying {
    case let b as Basic: return b.kind != .untypedNil
    case is Pointer, is Chan, is Interface: return true
    case let s as Struct:
        return s.fields.allSatisfy { comparable($0.type ?? Universe.invalid, seen: &seen) }
    case let a as ArrayType:
        return comparable(a.elem, seen: &seen)
    default:
        return false
    }
}

func isComparable(_ t: GoType) -> Bool {
    var seen = Set<ObjectIdentifier>()
    return comparable(t, seen: &seen)
}

/// Strictly comparable: comparable and no interface inside (for `comparable` constraints).
func isStrictlyComparable(_ t: GoType) -> Bool {
    if t is TypeParam { return (t as! TypeParam).iface.typeSet.isComparable }
    switch t.underlying {
    case is Interface: return false
    case let s as Struct: return s.fields.allSatisfy { isStrictlyComparable($0.type ?? Universe.invalid) }
    case let a as ArrayType: return isStrictlyComparable(a.elem)
    default: return isComparable(t)
    }
}

/// Type identity (spec: "Type identity").
func identical(_ x: GoType, _ y: GoType) -> Bool {
    var pairs: [(ObjectIdentifier, ObjectIdentifier)] = []
    return identical(x, y, &pairs)
}

private func identical(_ x0: GoType, _ y0: GoType, _ pairs: inout [(ObjectIdentifier, ObjectIdentifier)]) -> Bool {
    let x = unalias(x0), y = unalias(y0)
    if x === y { return true }
    switch (x, y) {
    case let (a as Basic, b as Basic):
        return a.kind == b.kind
    case let (a as Pointer, b as Pointer):
        return identical(a.elem, b.elem, &pairs)
    case let (a as Slice, b as Slice):
        return identical(a.elem, b.elem, &pairs)
    case let (a as ArrayType, b as ArrayType):
        return (a.len == b.len || a.len < 0 || b.len < 0) && identical(a.elem, b.elem, &pairs)
    case let (a as MapType, b as MapType):
        return identical(a.key, b.key, &pairs) && identical(a.elem, b.elem, &pairs)
    case let (a as Chan, b as Chan):
        return a.dir == b.dir && identical(a.elem, b.elem, &pairs)
    case let (a as Struct, b as Struct):
        guard a.fields.count == b.fields.count else { return false }
        for (i, (f, g)) in zip(a.fields, b.fields).enumerated() {
            if f.embedded != g.embedded || f.name != g.name { return false }
            if a.tags[i] != b.tags[i] { return false }
            if !f.isExported && f.pkg !== g.pkg { return false }
            if !identical(f.type!, g.type!, &pairs) { return false }
        }
        return true
    case let (a as Tuple, b as Tuple):
        guard a.count == b.count else { return false }
        for (v, w) in zip(a.vars, b.vars) where !identical(v.type!, w.type!, &pairs) { return false }
        return true
    case let (a as Signature, b as Signature):
        guard a.tparams.count == b.tparams.count, a.variadic == b.variadic else { return false }
        return identical(a.params, b.params, &pairs) && identical(a.results, b.results, &pairs)
    case let (a as Union, b as Union):
        guard a.terms.count == b.terms.count else { return false }
        return a.terms.allSatisfy { t in b.terms.contains { $0.tilde == t.tilde && identical($0.type, t.type) } }
    case let (a as Interface, b as Interface):
        let ta = a.typeSet, tb = b.typeSet
        if ta.isComparableFlag != tb.isComparableFlag { return false }
        guard termsIdentical(ta.terms, tb.terms) else { return false }
        guard ta.methods.count == tb.methods.count else { return false }
        let key = (ObjectIdentifier(a), ObjectIdentifier(b))
        if pairs.contains(where: { $0 == key }) { return true }
        pairs.append(key)
        defer { pairs.removeLast() }
        for (m, n) in zip(ta.methods, tb.methods) {
            if m.name != n.name { return false }
            if !m.isExported && m.pkg !== n.pkg { return false }
            if !identical(m.type!, n.type!, &pairs) { return false }
        }
        return true
    case let (a as Named, b as Named):
        // instances are made once per list of identical type arguments
        // (Named.instance), so two distinct Named types are never identical
        return a === b
    default:
        return false
    }
}

private func termsIdentical(_ a: [Term]?, _ b: [Term]?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?):
        guard x.count == y.count else { return false }
        return x.allSatisfy { t in y.contains { $0.tilde == t.tilde && identical($0.type, t.type) } }
    default: return false
    }
}

/// The default type of an untyped constant's type.
func defaultType(_ t: GoType) -> GoType {
    guard let b = unalias(t) as? Basic else { return t }
    switch b.kind {
    case .untypedBool: return Universe.bool
    case .untypedInt: return Universe.int
    case .untypedRune: return Universe.runeType
    case .untypedFloat: return Universe.float64
    case .untypedComplex: return Universe.complex128
    case .untypedString: return Universe.string
    default: return t
    }
}

// MARK: type sets of operands (types2's typeset, underIs, commonUnder)

/// The (type, underlying type) pairs of t: t itself, or for a type parameter
/// each term of its type set; a type parameter without specific types gives (nil, nil).
func typeSetPairs(_ t: GoType) -> [(GoType?, GoType?)] {
    guard let tp = unalias(t) as? TypeParam else { return [(t, t.underlying)] }
    guard let terms = tp.iface.typeSet.terms, !terms.isEmpty else { return [(nil, nil)] }
    return terms.map { ($0.type, $0.type.underlying) }
}

/// Whether f holds for every underlying type of t's type set.
func underIs(_ t: GoType, _ f: (GoType?) -> Bool) -> Bool {
    typeSetPairs(t).allSatisfy { f($0.1) }
}

/// The underlying type common to all types of t's type set (channels may
/// differ in direction), or why there is none. `cond` may veto a member.
func commonUnder(_ t: GoType, _ cond: ((GoType?, GoType?) -> String?)? = nil, qualifier: Package?) -> (GoType?, String?) {
    var ct: GoType?
    var cu: GoType?
    func s(_ x: GoType?) -> String { x.map { TypeWriter.string($0, qualifier: qualifier) } ?? "" }
    for (t, u) in typeSetPairs(t) {
        if let cond, let err = cond(t, u) { return (nil, err) }
        guard let u else { return (nil, "no specific type") }
        guard let cur = cu else {
            ct = t; cu = u
            continue
        }
        if let chu = cur as? Chan, let ch = u as? Chan {
            if !identical(chu.elem, ch.elem) {
                return (nil, "channels \(s(ct)) and \(s(t)) have different element types")
            }
            if chu.dir == ch.dir {
            } else if chu.dir == .both {
                ct = t; cu = u
            } else if ch.dir != .both {
                return (nil, "channels \(s(ct)) and \(s(t)) have conflicting directions")
            }
            continue
        }
        if !identical(cur, u) {
            return (nil, "\(s(ct)) and \(s(t)) have different underlying types")
        }
    }
    return (cu, nil)
}

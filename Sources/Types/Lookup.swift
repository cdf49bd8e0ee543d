// Field and method lookup (spec: "Selectors", "Method sets"): finds a field
// or method by name through embedded fields breadth-first, reporting
// ambiguity at equal depth, and computes why a type fails to implement an
// interface in types2's words.

import Base

enum LookupResult {
    case field(Var, path: [Int], indirect: Bool)
    case method(Func, path: [Int], indirect: Bool)
    case ambiguous
    case notFound
}

struct EmbeddedEntry {
    var type: GoType
    var path: [Int]
    var indirect: Bool
    var multiples: Bool
}

/// Looks up `name` in T. `addressable` tells whether pointer-receiver methods are reachable.
func lookupFieldOrMethod(_ T: GoType, addressable: Bool, pkg: Package?, name: String) -> LookupResult {
    if name == "_" { return .notFound }
    let r = lookupImpl(T, pkg: pkg, name: name, foldCase: false)
    if case .method(let f, let path, let indirect) = r, f.hasPtrRecv, !indirect, !addressable {
        _ = path
        return .notFound
    }
    return r
}

/// Like lookupFieldOrMethod but ignoring whether the receiver is addressable.
func lookupImpl(_ T0: GoType, pkg: Package?, name: String, foldCase: Bool) -> LookupResult {
    let T = unalias(T0)
    var typ = T
    var isPtr = false
    if let p = T as? Pointer {
        typ = p.elem
        isPtr = true
        if typ.underlying is Interface && !(typ is TypeParam) { return .notFound }
    } else if let p = T.underlying as? Pointer, !(T is TypeParam), T is Named {
        // a named pointer type has no methods, but fields of its base are reachable
        typ = p.elem
        isPtr = true
        let r = lookupImpl(p, pkg: pkg, name: name, foldCase: foldCase)
        if case .method = r { return .notFound }
        return r
    }
    if let tp = typ as? TypeParam {
        // only methods of the constraint, or fields of a core struct type
        if let m = tp.iface.typeSet.methods.first(where: { matches($0.name, name, foldCase) }) {
            return .method(m, path: [], indirect: isPtr)
        }
        return .notFound
    }
    var current = [EmbeddedEntry(type: typ, path: [], indirect: isPtr, multiples: false)]
    var seen = Set<ObjectIdentifier>()
    while !current.isEmpty {
        var next: [EmbeddedEntry] = []
        var found: LookupResult?
        var foundCount = 0
        for e in current {
            var t = unalias(e.type)
            if let n = t as? Named {
                if seen.contains(ObjectIdentifier(n)) { continue }
                seen.insert(ObjectIdentifier(n))
                if let m = namedMethod(n, name, foldCase: foldCase) {
                    foundCount += e.multiples ? 2 : 1
                    found = .method(m, path: e.path, indirect: e.indirect)
                    continue
                }
                t = n.underlying
            }
            switch t {
            case let s as Struct:
                for (i, f) in s.fields.enumerated() {
                    if matches(f.name, name, foldCase) && (f.isExported || f.pkg === pkg || pkg == nil || foldCase) {
                        foundCount += e.multiples ? 2 : 1
                        found = .field(f, path: e.path + [i], indirect: e.indirect)
                        continue
                    }
                    if found == nil && f.embedded, let ft0 = f.type {
                        let ft = unalias(ft0)
                        var et = ft
                        var ind = e.indirect
                        if let p = ft as? Pointer { et = p.elem; ind = true }
                        next.append(EmbeddedEntry(type: et, path: e.path + [i], indirect: ind, multiples: e.multiples))
                    }
                }
            case let i as Interface:
                if let m = i.typeSet.methods.first(where: { matches($0.name, name, foldCase) }) {
                    foundCount += e.multiples ? 2 : 1
                    found = .method(m, path: e.path, indirect: e.indirect)
                }
            default:
                break
            }
        }
        if let found {
            return foundCount > 1 ? .ambiguous : found
        }
        current = consolidate(next)
    }
    return .notFound
}

private func matches(_ a: String, _ b: String, _ fold: Bool) -> Bool {
    fold ? a.lowercased() == b.lowercased() : a == b
}

private func consolidate(_ list: [EmbeddedEntry]) -> [EmbeddedEntry] {
    var out: [EmbeddedEntry] = []
    for e in list {
        if let i = out.firstIndex(where: { identical($0.type, e.type) }) {
            out[i].multiples = true
        } else {
            out.append(e)
        }
    }
    return out
}

/// The method `name` of a named type, with its signature instantiated for the type's arguments.
func namedMethod(_ n: Named, _ name: String, foldCase: Bool = false) -> Func? {
    let origin = n.originOrSelf
    guard let m = origin.methods.first(where: { matches($0.name, name, foldCase) }) else { return nil }
    if n.targs.isEmpty || origin.tparams.isEmpty { return m }
    guard let sig = m.type as? Signature else { return m }
    var smap: [ObjectIdentifier: GoType] = [:]
    // the method's receiver type parameters are distinct objects: map them by index
    if let rt = sig.recv?.type {
        let base = (rt as? Pointer)?.elem ?? rt
        if let rn = base as? Named {
            for (i, a) in rn.targs.enumerated() where i < n.targs.count {
                if let tp = a as? TypeParam { smap[ObjectIdentifier(tp)] = n.targs[i] }
            }
        }
    }
    for (i, tp) in origin.tparams.enumerated() where i < n.targs.count { smap[ObjectIdentifier(tp)] = n.targs[i] }
    let f = Func(name: m.name, pos: m.pos, type: Substituter(smap).subst(sig), pkg: m.pkg)
    f.hasPtrRecv = m.hasPtrRecv
    f.origin = m
    f.hasBody = m.hasBody
    return f
}

/// Why V fails to implement interface T (nil if it does).
enum MissingReason {
    case missing(Func)
    case pointerReceiver(Func)
    case wrongType(Func, have: Func)
    case wrongCase(Func, have: Func)
    case notComparable
    case notInTypeSet
    case ambiguous(Func)
}

func missingMethod(_ V: GoType, _ T: Interface, static isStatic: Bool) -> MissingReason? {
    let ts = T.typeSet
    for m in ts.methods {
        if let vi = V.underlying as? Interface, !(V is TypeParam) {
            guard let f = vi.typeSet.method(m.name) else {
                if isStatic { return .missing(m) }
                continue
            }
            if !identical(f.type!, m.type!) { return .wrongType(m, have: f) }
            continue
        }
        let r = lookupFieldOrMethod(V, addressable: false, pkg: m.pkg, name: m.name)
        switch r {
        case .ambiguous:
            return .ambiguous(m)
        case .method(let f, _, _):
            if !identical(f.type!, m.type!) { return .wrongType(m, have: f) }
        default:
            // pointer receiver?
            if case .method(let f, _, _) = lookupImpl(V, pkg: m.pkg, name: m.name, foldCase: false), f.hasPtrRecv {
                return .pointerReceiver(m)
            }
            if case .method(let f, _, _) = lookupImpl(V, pkg: m.pkg, name: m.name, foldCase: true) {
                return .wrongCase(m, have: f)
            }
            return .missing(m)
        }
    }
    return nil
}

// Index and slice expressions (spec: "Index expressions", "Slice
// expressions") with constant bounds checks, instantiation of generic
// functions written f[T], and composite literals with their element and key
// checks.

import Base
import Syntax
import Constant

extension Checker {
    func indexExpr(_ x: inout Operand, _ e: IndexExpr) {
        exprOrType(&x, e.x, allowGeneric: true)
        if x.isInvalid { _ = rawIndexArgs(e); return }
        if x.mode == .typexpr {
            // generic type instantiation
            let t = instantiatedType(e)
            x.mode = isValid(t) ? .typexpr : .invalid
            x.type = t
            x.expr = e
            return
        }
        if let sig = x.type as? Signature, !sig.tparams.isEmpty {
            // f[T] without a call: all type arguments must be given
            let argExprs = unpackList(e.index)
            var targs: [GoType] = []
            for a in argExprs {
                let t = varType(a)
                if !isValid(t) { x.mode = .invalid; return }
                targs.append(t)
            }
            if targs.count > sig.tparams.count {
                error(argExprs[sig.tparams.count], "got \(targs.count) type arguments but want \(sig.tparams.count)")
                x.mode = .invalid
                return
            }
            if targs.count < sig.tparams.count {
                error(e.pos, "cannot infer \(sig.tparams[targs.count].obj.name) (declared at \(posString(sig.tparams[targs.count].obj.pos)))")
                x.mode = .invalid
                return
            }
            var m: [ObjectIdentifier: GoType] = [:]
            for (i, tp) in sig.tparams.enumerated() { m[ObjectIdentifier(tp)] = targs[i] }
            verifyInstance(sig.tparams, targs, positions: argExprs.map { startPos($0) }, name: exprString(e.x))
            recordInstance(e.pos, sig.tparams, targs, positions: argExprs.map { startPos($0) })
            let inst = Substituter(m).subst(Signature(recv: sig.recv, params: sig.params, results: sig.results, variadic: sig.variadic)) as! Signature
            x.type = inst
            x.mode = .value
            x.expr = e
            return
        }
        var valid = false
        var length: Int64 = -1
        let base = x
        if x.type is TypeParam {
            // every type of the set must be indexable with the same element (and key) type
            var key: GoType?
            var elem: GoType?
            var mode = OperandMode.variable
            var first = true
            let ok = underIs(x.type) { u in
                var l: Int64 = -1
                var k: GoType?
                var el: GoType?
                switch u {
                case let b as Basic where b.isString:
                    el = Universe.byteType
                    mode = .value
                case let a as ArrayType:
                    l = a.len
                    el = a.elem
                    if base.mode != .variable { mode = .value }
                case let p as Pointer:
                    if let a = p.elem.underlying as? ArrayType { l = a.len; el = a.elem }
                case let sl as Slice:
                    el = sl.elem
                case let m as MapType:
                    k = m.key
                    el = m.elem
                default:
                    break
                }
                guard let el else { return false }
                if first {
                    first = false
                    length = l
                    key = k
                    elem = el
                    return true
                }
                if (key == nil) != (k == nil) { return false }
                if let key, let k, !identical(key, k) { return false }
                if !identical(elem!, el) { return false }
                if l >= 0 && l < length { length = l }
                return true
            }
            if ok, let elem {
                if let key {
                    guard let ie = singleIndex(e) else { x.mode = .invalid; return }
                    var k = exprWithHint(ie, key)
                    assignment(&k, key, context: "map index")
                    x.mode = .mapindex
                    x.type = elem
                    x.expr = e
                    return
                }
                valid = true
                x.mode = mode
                x.type = elem
            }
        } else {
        switch x.type.underlying {
        case let b as Basic where b.isString:
            valid = true
            if x.mode == .constant { length = Int64(x.val.stringLength) }
            x.mode = .value
            x.type = Universe.byteType
        case let a as ArrayType:
            valid = true
            length = a.len
            if x.mode != .variable { x.mode = .value }
            x.type = a.elem
        case let p as Pointer:
            if let a = p.elem.underlying as? ArrayType {
                valid = true
                length = a.len
                x.mode = .variable
                x.type = a.elem
            }
        case let s as Slice:
            valid = true
            x.mode = .variable
            x.type = s.elem
        case let m as MapType:
            guard let ie = singleIndex(e) else { x.mode = .invalid; return }
            var k = exprWithHint(ie, m.key)
            assignment(&k, m.key, context: "map index")
            x.mode = .mapindex
            x.type = m.elem
            x.expr = e
            return
        default:
            break
        }
        }
        if !valid {
            var d = base
            d.expr = e.x
            error(e.pos, "cannot index \(describe(d))")
            _ = rawIndexArgs(e)
            x.mode = .invalid
            return
        }
        guard let ie = singleIndex(e) else { x.mode = .invalid; return }
        index(ie, max: length)
        x.expr = e
    }

    private func rawIndexArgs(_ e: IndexExpr) -> [Operand] {
        unpackList(e.index).map { a in
            var y = Operand()
            rawExpr(&y, a, hint: nil, allowGeneric: true)
            return y
        }
    }

    private func singleIndex(_ e: IndexExpr) -> Expr? {
        if let l = e.index as? ListExpr {
            error(l.elems[1], "invalid operation: more than one index")
            return nil
        }
        return e.index
    }

    /// Checks an index (types2's index): returns its type (nil if invalid) and its
    /// constant value, or -1 when not constant. max >= 0 bounds a constant index.
    @discardableResult
    func index(_ ie: Expr, max: Int64) -> (GoType?, Int64) {
        var x = expr(ie)
        guard isValidIndex(&x, what: "index", allowNegative: false) else { return (nil, -1) }
        if x.mode != .constant { return (x.type, -1) }
        if x.val.isUnknown { return (nil, -1) }
        guard case .int(let i) = x.val.toInt, let v = Int64(exactly: i) else { return (nil, -1) }
        if max >= 0 && v >= max {
            errorf(x, "invalid argument: index \(x.val) out of bounds [0:\(max)]")
            return (nil, -1)
        }
        return (x.type, v)
    }

    /// types2's isValidIndex: an integer (untyped constants become int), non-negative if constant, fits int.
    func isValidIndex(_ x: inout Operand, what: String, allowNegative: Bool) -> Bool {
        if x.isInvalid { return false }
        convertUntyped(&x, Universe.int)
        if x.isInvalid { return false }
        if !allInteger(x.type) {
            errorf(x, "invalid argument: \(what) \(describe(x)) must be integer")
            return false
        }
        if x.mode == .constant {
            if !allowNegative && x.val.sign < 0 {
                errorf(x, "invalid argument: \(what) \(describe(x)) must not be negative")
                return false
            }
            if x.val.represented(as: .int) == nil {
                errorf(x, "invalid argument: \(what) \(describe(x)) overflows int")
                return false
            }
        }
        return true
    }

    /// Like isValidIndex, returning the constant value (nil if not constant or invalid).
    func checkIndexValue(_ x: inout Operand, what: String, allowNegative: Bool) -> ConstantValue? {
        guard isValidIndex(&x, what: what, allowNegative: allowNegative), x.mode == .constant else { return nil }
        return x.val.toInt
    }

    func sliceExpr(_ x: inout Operand, _ e: SliceExpr) {
        x = expr(e.x)
        if x.isInvalid {
            for i in e.index.compactMap({ $0 }) { _ = expr(i) }
            return
        }
        var valid = false
        var length: Int64 = -1
        let orig = x
        // the common underlying type of the operand's type set (strings slice like []byte)
        var ct: GoType?
        var cu: GoType?
        var hasString = false
        for (t, u0) in typeSetPairs(x.type) {
            guard var u = u0 else {
                error(e.x, "cannot slice \(describe(orig)): no specific type in \(typeString(orig.type))")
                x.mode = .invalid
                return
            }
            if isString(u) {
                u = Slice(Universe.byteType)
                hasString = true
            }
            guard let cur = cu else { ct = t; cu = u; continue }
            if !identical(cur, u) {
                error(e.x, "cannot slice \(describe(orig)): \(typeString(ct!)) and \(typeString(t!)) have different underlying types")
                x.mode = .invalid
                return
            }
        }
        if hasString { cu = x.type is TypeParam ? Universe.string : x.type.underlying }
        switch cu {
        case let b as Basic where b.isString:
            if e.full {
                error(e.index[2] ?? e, "invalid operation: 3-index slice of string")
                x.mode = .invalid
                return
            }
            valid = true
            if x.mode == .constant { length = Int64(x.val.stringLength) }
            if isUntyped(x.type) { x.type = Universe.string }
            x.mode = .value
        case let a as ArrayType:
            valid = true
            length = a.len
            if x.mode != .variable {
                error(e.x, "cannot slice unaddressable value \(describe(orig))")
                x.mode = .invalid
                return
            }
            x.type = Slice(a.elem)
        case let p as Pointer:
            if let a = p.elem.underlying as? ArrayType {
                valid = true
                length = a.len
                x.type = Slice(a.elem)
            }
        case is Slice:
            valid = true
        default:
            break
        }
        if !valid {
            error(e.x, "cannot slice \(describe(orig))")
            x.mode = .invalid
            return
        }
        x.mode = .value
        var vals: [Int64] = []
        for ie in e.index {
            guard let ie else { continue }
            let max = length >= 0 ? length + 1 : -1
            let (_, v) = index(ie, max: max)
            if v >= 0 { vals.append(v) }
        }
        // constant indices must be non-decreasing
        for i in 1..<max(vals.count, 1) where vals.count > 1 && vals[i] < vals[i - 1] {
            error(e.index[i] ?? e, "invalid slice indices: \(vals[i]) < \(vals[i - 1])")
            break
        }
        x.expr = e
    }

    // MARK: composite literals

    func compositeLit(_ x: inout Operand, _ e: CompositeLit, hint: GoType?) {
        var typ: GoType
        var base: GoType
        var isElem = false
        if let te = e.type {
            if let a = te as? Syntax.ArrayType, a.len == nil {
                // [...]T{...}: the length is the number of elements
                let elem = varType(a.elem)
                let n = indexedElements(e.elems, elem, length: -1)
                x.mode = .value
                x.type = ArrayType(elem, n)
                x.expr = e
                return
            }
            typ = typExpr(te)
            base = typ
        } else if let h = hint {
            typ = h
            base = h
            if let p = coreType(h) as? Pointer { base = p.elem }
            isElem = true
        } else {
            error(e, "missing type in composite literal")
            typ = Universe.invalid
            base = typ
        }
        switch coreType(base) {
        case let s as Struct:
            structLit(e, s, base)
        case let a as ArrayType:
            _ = indexedElements(e.elems, a.elem, length: a.len)
        case let s as Slice:
            _ = indexedElements(e.elems, s.elem, length: -1)
        case let m as MapType:
            mapLit(e, m)
        default:
            for el in e.elems {
                var y = Operand()
                rawExpr(&y, (el as? KeyValueExpr)?.value ?? el, hint: nil, allowGeneric: false)
            }
            if isValid(base) {
                let q = isElem ? " element" : ""
                let cause = coreType(base) == nil ? " (no common underlying type)" : ""
                error(e, "invalid composite literal\(q) type \(typeString(typ))\(cause)")
            }
            x.mode = .invalid
            return
        }
        x.mode = .value
        x.type = typ
        x.expr = e
    }

    private func structLit(_ e: CompositeLit, _ s: Struct, _ base: GoType) {
        if e.elems.isEmpty { return }
        if e.elems[0] is KeyValueExpr {
            var visited: [(path: [Int], field: Var)] = []
            for el in e.elems {
                guard let kv = el as? KeyValueExpr else {
                    error(el, "mixture of field:value and value elements in struct literal")
                    continue
                }
                var v = Operand()
                rawExpr(&v, kv.value, hint: nil, allowGeneric: true)
                exclude(&v, type: true, novalue: true, builtin: true)
                singleValue(&v)
                guard let key = kv.key as? Name else {
                    error(kv, "invalid field name \(exprString(kv.key)) in struct literal")
                    continue
                }
                let r = lookupFieldOrMethod(s, addressable: false, pkg: pkg, name: key.value)
                guard case .field(let fld, let path, let indirect) = r else {
                    if case .method = r {
                        error(kv.key, "\(key.value) is not a field")
                        continue
                    }
                    error(kv.key, lookupError(base, key.value, structLit: true))
                    continue
                }
                if indirect {
                    error(kv.key, "invalid implicit pointer indirection to reach \(key.value)")
                    continue
                }
                recordUse(key, fld)
                // v was checked without the field type: re-check a literal element with it as hint
                if unparen(kv.value) is CompositeLit, (kv.value as? CompositeLit)?.type == nil {
                    v = exprWithHint(kv.value, fld.type)
                }
                assignment(&v, fld.type, context: "struct literal")
                if let alt = visited.first(where: { $0.field === fld || isPrefix($0.path, path) || isPrefix(path, $0.path) }) {
                    if alt.field === fld {
                        error(kv, "duplicate field name \(fld.name) in struct literal")
                    } else if alt.path.count > path.count {
                        error(kv, "cannot specify embedded field \(fld.name) and enclosed promoted field \(alt.field.name)")
                    } else {
                        error(kv, "cannot specify promoted field \(fld.name) and enclosing embedded field \(alt.field.name)")
                    }
                } else {
                    visited.append((path, fld))
                }
            }
        } else {
            for (i, el) in e.elems.enumerated() {
                if let kv = el as? KeyValueExpr {
                    error(kv, "mixture of field:value and value elements in struct literal")
                    continue
                }
                var v = exprWithHint(el, i < s.fields.count ? s.fields[i].type : nil)
                if i >= s.fields.count {
                    errorf(v, "too many values in struct literal of type \(typeString(base))")
                    break
                }
                let f = s.fields[i]
                if !f.isExported && f.pkg !== pkg {
                    errorf(v, "implicit assignment to unexported field \(f.name) in struct literal of type \(typeString(base))")
                    continue
                }
                assignment(&v, f.type, context: "struct literal")
            }
            if e.elems.count < s.fields.count {
                let hint = s.fields.contains { !$0.isExported && $0.pkg !== pkg } ? " (type has unexported fields - use key:value pairs)" : ""
                error(e.rbrace, "too few values in struct literal of type \(typeString(base))\(hint)")
            }
        }
    }

    private func isPrefix(_ a: [Int], _ b: [Int]) -> Bool {
        a.count <= b.count && Array(b.prefix(a.count)) == a
    }

    /// Checks array or slice elements (types2's indexedElts); returns the literal's length.
    private func indexedElements(_ elems: [Expr], _ elemType: GoType, length: Int64) -> Int64 {
        var visited = Set<Int64>()
        var index: Int64 = 0
        var maxIndex: Int64 = 0
        for el in elems {
            var validIndex = false
            var eval = el
            if let kv = el as? KeyValueExpr {
                let (t, i) = self.index(kv.key, max: length)
                if t != nil {
                    if i >= 0 {
                        index = i
                        validIndex = true
                    } else {
                        error(el, "index \(exprString(kv.key)) must be integer constant")
                    }
                }
                eval = kv.value
            } else if length >= 0 && index >= length {
                error(el, "index \(index) is out of bounds (>= \(length))")
            } else {
                validIndex = true
            }
            if validIndex {
                if visited.contains(index) {
                    error(el, "duplicate index \(index) in array or slice literal")
                }
                visited.insert(index)
            }
            index += 1
            maxIndex = max(maxIndex, index)
            var v = exprWithHint(eval, elemType)
            assignment(&v, elemType, context: "array or slice literal")
        }
        return maxIndex
    }

    private func mapLit(_ e: CompositeLit, _ m: MapType) {
        let keyIsInterface = isNonTypeParamInterface(m.key)
        var seen: [(ConstantValue, GoType)] = []
        for el in e.elems {
            guard let kv = el as? KeyValueExpr else {
                error(el, "missing key in map literal")
                continue
            }
            var k = exprWithHint(kv.key, m.key)
            assignment(&k, m.key, context: "map literal")
            if k.isInvalid { continue }
            if k.mode == .constant, !k.val.isUnknown {
                let dup = seen.contains { ConstantValue.compare($0.0, .eql, k.val) && (!keyIsInterface || identical($0.1, k.type)) }
                if dup {
                    errorf(k, "duplicate key \(k.val) in map literal")
                    continue
                }
                seen.append((k.val, k.type))
            }
            var v = exprWithHint(kv.value, m.elem)
            assignment(&v, m.elem, context: "map literal")
        }
    }

    /// types2's lookupError: why a selector or struct literal key names nothing.
    func lookupError(_ typ: GoType, _ sel: String, structLit: Bool) -> String {
        enum Kind { case missing, misspelled, unexported, inaccessible }
        var e = Kind.missing
        var alt = ""
        var what = "object"
        var found: Object?
        switch lookupImpl(typ, pkg: pkg, name: sel, foldCase: true) {
        case .field(let f, _, _): found = f; what = "field"
        case .method(let m, _, _): found = m; what = "method"
        default: break
        }
        func tail(_ s: String) -> Substring { s.dropFirst() }
        if let obj = found {
            alt = obj.name
            if obj.pkg === pkg {
                e = alt != sel ? .misspelled : .missing
            } else if isExportedName(sel) {
                if isExportedName(alt) { e = .misspelled } else if tail(sel) == tail(alt) { e = .unexported }
            } else if isExportedName(alt) {
                if tail(sel) == tail(alt) { e = .misspelled }
            } else if sel == alt {
                e = .inaccessible
            }
        }
        let t = typeString(typ)
        if structLit {
            switch e {
            case .missing: return "unknown field \(sel) in struct literal of type \(t)"
            case .misspelled: return "unknown field \(sel) in struct literal of type \(t), but does have \(alt)"
            case .unexported: return "unknown field \(sel) in struct literal of type \(t), but does have unexported \(alt)"
            case .inaccessible: return "cannot refer to unexported field \(alt) in struct literal of type \(t)"
            }
        }
        switch e {
        case .missing: return "type \(t) has no field or method \(sel)"
        case .misspelled: return "type \(t) has no field or method \(sel), but does have \(what) \(alt)"
        case .unexported: return "type \(t) has no field or method \(sel), but does have unexported \(what) \(alt)"
        case .inaccessible: return "cannot refer to unexported \(what) \(alt)"
        }
    }
}

func isExportedName(_ s: String) -> Bool {
    s.unicodeScalars.first?.properties.isUppercase ?? false
}

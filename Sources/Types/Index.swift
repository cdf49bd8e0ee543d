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
                error(e, "in call to \(exprString(e.x)), cannot infer \(sig.tparams[targs.count].obj.name) (declared at \(posString(sig.tparams[targs.count].obj.pos)))")
                x.mode = .invalid
                return
            }
            var m: [ObjectIdentifier: GoType] = [:]
            for (i, tp) in sig.tparams.enumerated() { m[ObjectIdentifier(tp)] = targs[i] }
            verifyInstance(sig.tparams, targs, positions: argExprs.map { startPos($0) }, name: exprString(e.x))
            let inst = Substituter(m).subst(Signature(recv: sig.recv, params: sig.params, results: sig.results, variadic: sig.variadic)) as! Signature
            x.type = inst
            x.mode = .value
            x.expr = e
            return
        }
        var valid = false
        var length: Int64 = -1
        let base = x
        switch coreTypeOrString(x.type) {
        case let b as Basic where b.isString:
            valid = true
            if x.mode == .constant { length = Int64(x.val.stringLength) }
            x.mode = .value
            x.type = Universe.uint8
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
        if !valid {
            var d = base
            d.expr = e.x
            error(e.pos, "cannot index \(describe(d))")
            _ = rawIndexArgs(e)
            x.mode = .invalid
            return
        }
        guard let ie = singleIndex(e) else { x.mode = .invalid; return }
        _ = index(ie, max: length)
        x.expr = e
    }

    private func rawIndexArgs(_ e: IndexExpr) -> [Operand] {
        unpackList(e.index).map { a in
            var y = Operand()
            rawExpr(&y, a, hint: nil, allowGeneric: true)
            return y
        }
    }

    private func coreTypeOrString(_ t: GoType) -> GoType? {
        if let tp = t as? TypeParam, let terms = tp.iface.typeSet.terms, !terms.isEmpty, terms.allSatisfy({ isString($0.type) }) {
            return Universe.string
        }
        return coreType(t)
    }

    private func singleIndex(_ e: IndexExpr) -> Expr? {
        if let l = e.index as? ListExpr {
            error(l.elems[1], "invalid operation: more than one index")
            return nil
        }
        return e.index
    }

    /// Checks an index value; max >= 0 bounds a constant index. Returns the constant value, if any.
    @discardableResult
    func index(_ ie: Expr, max: Int64) -> ConstantValue? {
        var x = expr(ie)
        guard let v = checkIndexValue(&x, what: "index", allowNegative: false) else { return nil }
        if max >= 0, case .int(let i) = v, i >= max {
            error(ie, "invalid argument: index \(exprString(ie)) out of bounds [0:\(max)]")
            return nil
        }
        return v
    }

    /// Checks that x is an integer index (or length); returns its constant value if constant.
    func checkIndexValue(_ x: inout Operand, what: String, allowNegative: Bool) -> ConstantValue? {
        if x.isInvalid { return nil }
        convertUntyped(&x, Universe.int)
        if x.isInvalid { return nil }
        if !allInteger(x.type) {
            errorf(x, "invalid argument: \(what) \(describe(x)) must be integer")
            return nil
        }
        if x.mode == .constant {
            if !allowNegative && x.val.sign < 0 {
                errorf(x, "invalid argument: \(what) \(describe(x)) must not be negative")
                return nil
            }
            let v = x.val.toInt
            return v
        }
        return nil
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
        switch coreType(x.type) {
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
        for (k, ie) in e.index.enumerated() {
            guard let ie else { continue }
            let max = length >= 0 ? length + 1 : -1
            if let v = index(ie, max: max), case .int(let i) = v, let n = Int64(exactly: i) {
                vals.append(n)
                _ = k
            }
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
        if let te = e.type {
            if let a = te as? Syntax.ArrayType, a.len == nil {
                // [...]T{...}: the length is the number of elements
                let elem = varType(a.elem)
                let n = indexedElements(e.elems, elem, length: -1)
                typ = ArrayType(elem, n)
            } else {
                typ = typExpr(te)
            }
        } else if let h = hint {
            typ = h
            if let p = coreType(h) as? Pointer {
                // &T{…} elided in an element: the literal's type is the pointer
                typ = p.elem
                var inner = Operand()
                compositeLit(&inner, e, hint: p.elem)
                x = inner
                if !x.isInvalid { x.type = h }
                return
            }
        } else {
            error(e, "invalid composite literal type: missing type")  // gc: missing type in composite literal
            x.mode = .invalid
            return
        }
        if !isValid(typ) {
            for el in e.elems { _ = rawElem(el) }
            x.mode = .invalid
            return
        }
        switch coreType(typ) {
        case let s as Struct:
            structLit(e, s, typ)
        case let a as ArrayType:
            if !(e.type is Syntax.ArrayType && (e.type as! Syntax.ArrayType).len == nil) {
                _ = indexedElements(e.elems, a.elem, length: a.len)
            }
        case let s as Slice:
            _ = indexedElements(e.elems, s.elem, length: -1)
        case let m as MapType:
            mapLit(e, m)
        default:
            if isValid(typ) {
                error(e, "invalid composite literal type \(typeString(typ))")
            }
            for el in e.elems { _ = rawElem(el) }
            x.mode = .invalid
            return
        }
        x.mode = .value
        x.type = typ
        x.expr = e
    }

    private func rawElem(_ el: Expr) -> Operand {
        if let kv = el as? KeyValueExpr {
            return expr(kv.value)
        }
        var y = Operand()
        rawExpr(&y, el, hint: nil, allowGeneric: false)
        return y
    }

    private func structLit(_ e: CompositeLit, _ s: Struct, _ typ: GoType) {
        if e.elems.isEmpty { return }
        if e.elems[0] is KeyValueExpr {
            var seen = Set<String>()
            for el in e.elems {
                guard let kv = el as? KeyValueExpr else {
                    error(el, "mixture of field:value and value elements in struct literal")
                    continue
                }
                guard let key = kv.key as? Name else {
                    error(kv.key, "invalid field name \(exprString(kv.key)) in struct literal")
                    _ = expr(kv.value)
                    continue
                }
                guard let i = s.fields.firstIndex(where: { $0.name == key.value }) else {
                    var msg = "unknown field \(key.value) in struct literal of type \(typeString(typ))"
                    if case .field(let f, _, _) = lookupImpl(typ, pkg: pkg, name: key.value, foldCase: false), f.name == key.value {
                        msg = "cannot use promoted field \(key.value) in struct literal of type \(typeString(typ))"
                    } else if let f = s.fields.first(where: { $0.name.lowercased() == key.value.lowercased() }) {
                        msg += ", but does have \(f.name)"
                    }
                    error(kv.key, msg)
                    _ = expr(kv.value)
                    continue
                }
                let f = s.fields[i]
                recordUse(key, f)
                if !f.isExported && f.pkg !== pkg {
                    error(kv.key, "cannot refer to unexported field \(key.value) in struct literal of type \(typeString(typ))")
                }
                if !seen.insert(key.value).inserted {
                    error(kv.key, "duplicate field name \(key.value) in struct literal")
                    continue
                }
                var v = exprWithHint(kv.value, f.type)
                assignment(&v, f.type, context: "struct literal")
            }
        } else {
            for (i, el) in e.elems.enumerated() {
                if let kv = el as? KeyValueExpr {
                    error(kv, "mixture of field:value and value elements in struct literal")
                    _ = expr(kv.value)
                    continue
                }
                var v = exprWithHint(el, i < s.fields.count ? s.fields[i].type : nil)
                if i >= s.fields.count {
                    error(el, "too many values in struct literal of type \(typeString(typ))")
                    break
                }
                let f = s.fields[i]
                if !f.isExported && f.pkg !== pkg {
                    error(el, "implicit assignment to unexported field \(f.name) in struct literal of type \(typeString(typ))")
                    continue
                }
                assignment(&v, f.type, context: "struct literal")
            }
            if e.elems.count < s.fields.count && !e.elems.isEmpty {
                error(e.rbrace, "too few values in struct literal of type \(typeString(typ))")
            }
        }
    }

    /// Checks array or slice elements; returns the literal's length.
    private func indexedElements(_ elems: [Expr], _ elemType: GoType, length: Int64) -> Int64 {
        var visited = Set<Int64>()
        var index: Int64 = 0
        var maxIndex: Int64 = 0
        for el in elems {
            var valueExpr = el
            if let kv = el as? KeyValueExpr {
                var k = expr(kv.key)
                if let v = checkIndexValue(&k, what: "index", allowNegative: false) {
                    if case .int(let i) = v, let n = Int64(exactly: i) {
                        if length >= 0 && n >= length {
                            error(kv.key, "invalid argument: index \(n) out of bounds [0:\(length)]")
                        } else {
                            index = n
                        }
                    }
                } else if k.mode != .invalid && k.mode != .constant {
                    error(kv.key, "index \(exprString(kv.key)) must be integer constant")
                }
                valueExpr = kv.value
            } else if length >= 0 && index >= length {
                error(el, "index \(index) is out of bounds (>= \(length))")
            }
            if !visited.insert(index).inserted {
                error(el is KeyValueExpr ? (el as! KeyValueExpr).key : el, "duplicate index \(index) in array or slice literal")
            }
            var v = exprWithHint(valueExpr, elemType)
            assignment(&v, elemType, context: "array or slice literal")
            index += 1
            maxIndex = max(maxIndex, index)
        }
        return maxIndex
    }

    private func mapLit(_ e: CompositeLit, _ m: MapType) {
        var seenKeys: [ConstantValue] = []
        for el in e.elems {
            guard let kv = el as? KeyValueExpr else {
                error(el, "missing key in map literal")
                _ = expr(el)
                continue
            }
            var k = exprWithHint(kv.key, m.key)
            assignment(&k, m.key, context: "map literal")
            if k.mode == .constant, !k.val.isUnknown, !isInterface(m.key) {
                if seenKeys.contains(where: { ConstantValue.compare($0, .eql, k.val) }) {
                    error(kv.key, "duplicate key \(exprString(kv.key)) in map literal")
                } else {
                    seenKeys.append(k.val)
                }
            }
            var v = exprWithHint(kv.value, m.elem)
            assignment(&v, m.elem, context: "map literal")
        }
    }
}

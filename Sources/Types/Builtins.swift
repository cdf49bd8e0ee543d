// Calls of the predeclared functions (spec: "Built-in functions") and of
// package unsafe's, with types2's messages; constant results (len of a
// constant string or array, unsafe.Sizeof, min/max of constants) are folded.

import Base
import Syntax
import Constant

extension Checker {
    nonisolated(unsafe) private static let arity: [BuiltinID: (Int, Bool)] = [
        .append: (1, true), .cap: (1, false), .clear: (1, false), .close: (1, false), .complex: (2, false),
        .copy: (2, false), .delete: (2, false), .imag: (1, false), .len: (1, false), .make: (1, true),
        .max: (1, true), .min: (1, true), .new: (1, false), .panic: (1, false), .print: (0, true),
        .println: (0, true), .real: (1, false), .recover: (0, false), .alignof: (1, false),
        .offsetof: (1, false), .sizeof: (1, false), .add: (2, false), .slice: (2, false),
        .sliceData: (1, false), .string: (2, false), .stringData: (1, false),
    ]

    func builtinCall(_ x: inout Operand, _ call: CallExpr, _ id: BuiltinID) {
        let name = exprString(call.fun)
        if call.hasDots && id != .append {
            error(call, "invalid operation: invalid use of ... with built-in \(name)")
            for a in call.args { _ = expr(a) }
            x.mode = .invalid
            return
        }
        // make and new take a type first; evaluate the rest uniformly
        var args: [Operand] = []
        if id != .make && id != .new && id != .offsetof {
            if call.args.count == 1 && id != .len && id != .cap {
                args = multiExpr(call.args[0])
                if args.count == 1 { exclude(&args[0], type: true, novalue: true, builtin: true) }
            } else {
                for a in call.args {
                    var y = Operand()
                    rawExpr(&y, a, hint: nil, allowGeneric: false)
                    exclude(&y, type: true, novalue: true, builtin: true)
                    singleValue(&y)
                    args.append(y)
                }
            }
            if args.contains(where: { $0.isInvalid }) { x.mode = .invalid; return }
        }
        let nargs = id == .make || id == .new || id == .offsetof ? call.args.count : args.count
        let (want, variadic) = Checker.arity[id] ?? (0, true)
        if nargs < want || (!variadic && nargs > want) {
            let msg = nargs < want ? "not enough" : "too many"
            error(call, "invalid operation: \(msg) arguments for \(exprString(call)) (expected \(want), found \(nargs))")
            x.mode = .invalid
            return
        }
        x.mode = .value
        switch id {
        case .len, .cap:
            var a = args[0]
            var mode = OperandMode.value
            var val: ConstantValue?
            var ok = false
            let t = a.type
            if t is TypeParam {
                // every type of the set must allow it
                ok = underIs(t) { u in
                    guard let u else { return false }
                    var v = u
                    if let p = u as? Pointer, p.elem.underlying is ArrayType { v = p.elem.underlying }
                    switch v {
                    case let b as Basic: return b.isString && id == .len
                    case is ArrayType, is Slice, is Chan: return true
                    case is MapType: return id == .len
                    default: return false
                    }
                }
            } else {
            switch t.underlying {
            case let b as Basic where b.isString && id == .len:
                ok = true
                if a.mode == .constant { mode = .constant; val = .make(a.val.stringLength) }
            case let arr as ArrayType:
                ok = true
                if !containsCallOrRecv(call.args[0]) { mode = .constant; val = .make(Int(arr.len)) }
            case let p as Pointer:
                if let arr = p.elem.underlying as? ArrayType {
                    ok = true
                    if !containsCallOrRecv(call.args[0]) { mode = .constant; val = .make(Int(arr.len)) }
                }
            case is Slice, is Chan:
                ok = true
            case is MapType:
                ok = id == .len
            default:
                break
            }
            }
            if !ok {
                a.expr = call.args[0]
                error(call.args[0], "invalid argument: \(describe(a)) for built-in \(id.rawValue)")
                x.mode = .invalid
                return
            }
            x.mode = mode
            x.type = Universe.int
            if let v = val { x.val = v }
        case .append:
            var s = args[0]
            guard let sl = coreType(s.type) as? Slice else {
                s.expr = call.args[0]
                error(call.args[0], "invalid append: argument must be a slice; have \(s.isNil ? "untyped nil" : describe(s))")
                x.mode = .invalid
                return
            }
            if call.hasDots {
                if args.count != 2 {
                    error(call, "invalid operation: invalid use of ... with built-in append")
                    x.mode = .invalid
                    return
                }
                var a = args[1]
                if isString(a.type) && (sl.elem.underlying as? Basic)?.kind == .uint8 {
                    // append([]byte, string...) is allowed
                } else {
                    assignment(&a, Slice(sl.elem), context: "argument to append")  // gc: check as slice
                    if a.isInvalid { x.mode = .invalid; return }
                }
            } else {
                for i in 1..<args.count {
                    assignment(&args[i], sl.elem, context: "argument to append")
                    if args[i].isInvalid { x.mode = .invalid; return }
                }
            }
            x.type = s.type
        case .make:
            let t = typExpr(call.args[0])
            if !isValid(t) { x.mode = .invalid; return }
            var min = 1
            let (u, err) = commonUnder(t, { _, u in
                switch u {
                case is Slice, is MapType, is Chan: return nil
                case nil: return "no specific type"
                default: return "type must be slice, map, or channel"
                }
            }, qualifier: pkg)
            if let err {
                error(call.args[0], "invalid argument: cannot make \(exprString(call.args[0])): \(err)")
                x.mode = .invalid
                return
            }
            if u is Slice { min = 2 }
            let n = call.args.count
            if n < min || n > min + 1 {
                error(call, "invalid operation: \(exprString(call)) expects \(min) or \(min + 1) arguments; found \(n)")
                x.mode = .invalid
                return
            }
            var sizes: [ConstantValue] = []
            for a in call.args.dropFirst() {
                var y = expr(a)
                if let v = checkIndexValue(&y, what: "index", allowNegative: false) { sizes.append(v) }
            }
            if sizes.count == 2, case .int(let l) = sizes[0], case .int(let c) = sizes[1], l > c {
                error(call.args[1], "invalid argument: length and capacity swapped")
            }
            x.type = t
        case .new:
            var y = Operand()
            exprOrType(&y, call.args[0], allowGeneric: false)
            if y.isInvalid { x.mode = .invalid; return }
            if y.mode == .typexpr {
                x.type = Pointer(y.type)
            } else {
                assignment(&y, nil, context: "argument to new")
                if y.isInvalid { x.mode = .invalid; return }
                x.type = Pointer(y.type)
            }
        case .delete:
            var m = args[0]
            guard let mt = coreType(m.type) as? MapType else {
                m.expr = call.args[0]
                error(call.args[0], "invalid argument: \(describe(m)) is not a map")
                x.mode = .invalid
                return
            }
            var k = args[1]
            assignment(&k, mt.key, context: "argument to delete")
            if k.isInvalid { x.mode = .invalid; return }
            x.mode = .novalue
            x.type = Tuple.empty
        case .copy:
            let dst = args[0], src = args[1]
            guard let ds = coreType(dst.type) as? Slice else {
                error(call.args[0], "invalid copy: argument must be a slice; have \(describe(dst))")
                x.mode = .invalid
                return
            }
            if isString(src.type) {
                if (ds.elem.underlying as? Basic)?.kind != .uint8 {
                    error(call.args[0], "invalid copy: arguments \(describe(dst)) and \(describe(src)) have different element types \(typeString(ds.elem)) and byte")
                    x.mode = .invalid
                    return
                }
            } else if let ss = coreType(src.type) as? Slice {
                if !identical(ds.elem, ss.elem) {
                    error(call.args[0], "invalid copy: arguments \(describe(dst)) and \(describe(src)) have different element types \(typeString(ds.elem)) and \(typeString(ss.elem))")
                    x.mode = .invalid
                    return
                }
            } else {
                error(call.args[1], "invalid copy: argument must be a slice; have \(describe(src))")
                x.mode = .invalid
                return
            }
            x.type = Universe.int
        case .panic:
            var a = args[0]
            assignment(&a, Universe.emptyInterface, context: "argument to panic")
            if a.isInvalid { x.mode = .invalid; return }
            x.mode = .novalue
            x.type = Tuple.empty
        case .print, .println:
            for i in args.indices {
                assignment(&args[i], nil, context: "argument to built-in \(id.rawValue)")
                if args[i].isInvalid { x.mode = .invalid; return }
            }
            x.mode = .novalue
            x.type = Tuple.empty
        case .recover:
            x.type = Universe.emptyInterface
        case .close:
            let c = args[0]
            guard let ch = coreType(c.type) as? Chan else {
                error(call.args[0], "invalid operation: cannot close non-channel \(describe(c))")
                x.mode = .invalid
                return
            }
            if ch.dir == .recv {
                error(call.args[0], "invalid operation: cannot close receive-only channel \(describe(c))")
                x.mode = .invalid
                return
            }
            x.mode = .novalue
            x.type = Tuple.empty
        case .clear:
            let a = args[0]
            let clearable = underIs(a.type) { $0 is MapType || $0 is Slice }
            switch clearable {
            case true: break
            default:
                error(call.args[0], "invalid argument: cannot clear \(describe(a)): argument must be (or constrained by) map or slice")
                x.mode = .invalid
                return
            }
            x.mode = .novalue
            x.type = Tuple.empty
        case .complex:
            complexBuiltin(&x, &args, call)
        case .real, .imag:
            var a = args[0]
            if a.mode == .constant && isUntyped(a.type) {
                if isNumeric(a.type) { a.type = Universe.basic(.untypedComplex) }
            }
            guard let b = a.type.underlying as? Basic, b.isComplex else {
                error(call.args[0], "invalid argument: argument has type \(typeString(a.type)), expected complex type")
                x.mode = .invalid
                return
            }
            let rt: GoType
            switch b.kind {
            case .complex64: rt = Universe.basic(.float32)
            case .complex128: rt = Universe.float64
            default: rt = Universe.untypedFloat
            }
            if a.mode == .constant {
                x.mode = .constant
                x.val = id == .real ? a.val.real : a.val.imag
            }
            x.type = rt
        case .min, .max:
            minMax(&x, &args, call, id)
        case .sizeof, .alignof:
            var a = args[0]
            assignment(&a, nil, context: "argument to unsafe.\(id.rawValue)")
            if a.isInvalid { x.mode = .invalid; return }
            x.type = Universe.uintptr
            if hasVarSize(a.type) {
                x.mode = .value
            } else {
                x.mode = .constant
                x.val = .make(Int(id == .sizeof ? Layout.sizeof(a.type) : Layout.alignof(a.type)))
            }
        case .offsetof:
            guard let sel = unparen(call.args[0]) as? SelectorExpr else {
                _ = expr(call.args[0])
                error(call.args[0], "invalid argument: \(exprString(call.args[0])) is not a selector expression")
                x.mode = .invalid
                return
            }
            var base = expr(sel.x)
            if base.isInvalid { x.mode = .invalid; return }
            let r = lookupFieldOrMethod(base.type, addressable: false, pkg: pkg, name: sel.sel.value)
            guard case .field(_, let path, let indirect) = r else {
                base.expr = sel.x
                error(call.args[0], "invalid argument: \(exprString(call.args[0])) is a method value")
                x.mode = .invalid
                return
            }
            if indirect {
                error(call.args[0], "invalid argument: field \(sel.sel.value) is embedded via a pointer in \(typeString(base.type))")
                x.mode = .invalid
                return
            }
            var off: Int64 = 0
            var t = base.type
            for i in path {
                guard let s = t.underlying as? Struct else { break }
                off += Layout.offsetsof(s)[i]
                t = s.fields[i].type!
            }
            x.mode = .constant
            x.type = Universe.uintptr
            x.val = .make(Int(off))
        case .add:
            var p = args[0]
            assignment(&p, Universe.basic(.unsafePointer), context: "argument to unsafe.Add")
            var n = args[1]
            _ = checkIndexValue(&n, what: "length", allowNegative: true)
            x.type = Universe.basic(.unsafePointer)
        case .slice:
            guard let p = coreType(args[0].type) as? Pointer else {
                error(call.args[0], "invalid argument: \(describe(args[0])) is not a pointer")
                x.mode = .invalid
                return
            }
            var n = args[1]
            _ = checkIndexValue(&n, what: "length", allowNegative: false)
            x.type = Slice(p.elem)
        case .sliceData:
            guard let s = coreType(args[0].type) as? Slice else {
                error(call.args[0], "invalid argument: \(describe(args[0])) is not a slice")
                x.mode = .invalid
                return
            }
            x.type = Pointer(s.elem)
        case .string:
            var p = args[0]
            assignment(&p, Pointer(Universe.byteType), context: "argument to unsafe.String")
            var n = args[1]
            _ = checkIndexValue(&n, what: "length", allowNegative: false)
            x.type = Universe.string
        case .stringData:
            var s = args[0]
            assignment(&s, Universe.string, context: "argument to unsafe.StringData")
            x.type = Pointer(Universe.byteType)
        }
    }

    private func coreTypeOrString(_ t: GoType) -> GoType? {
        if let tp = t as? TypeParam {
            if let terms = tp.iface.typeSet.terms, !terms.isEmpty, terms.allSatisfy({ isString($0.type) }) { return Universe.string }
        }
        return coreType(t)
    }

    /// Whether e contains a function call or channel receive (len of such an array is not constant).
    func containsCallOrRecv(_ e: Expr) -> Bool {
        switch e {
        case let c as CallExpr:
            if let t = typeOf(c.fun), t.type is Signature { return true }
            if typeOf(c) == nil { return true }
            return c.args.contains(where: containsCallOrRecv)
        case let o as Operation:
            if o.op == .recv && o.y == nil { return true }
            return containsCallOrRecv(o.x) || (o.y.map(containsCallOrRecv) ?? false)
        case let p as ParenExpr: return containsCallOrRecv(p.x)
        case let s as SelectorExpr: return containsCallOrRecv(s.x)
        case let i as IndexExpr: return containsCallOrRecv(i.x) || containsCallOrRecv(i.index)
        case let s as SliceExpr: return containsCallOrRecv(s.x)
        case let c as CompositeLit: return c.elems.contains(where: containsCallOrRecv)
        case let kv as KeyValueExpr: return containsCallOrRecv(kv.value)
        case let a as AssertExpr: return containsCallOrRecv(a.x)
        default: return false
        }
    }

    private func complexBuiltin(_ x: inout Operand, _ args: inout [Operand], _ call: CallExpr) {
        var re = args[0], im = args[1]
        // untyped constants convert toward each other, then to float
        if isUntyped(re.type) && !isUntyped(im.type) { convertUntyped(&re, im.type) }
        if isUntyped(im.type) && !isUntyped(re.type) { convertUntyped(&im, re.type) }
        if re.isInvalid || im.isInvalid { x.mode = .invalid; return }
        if isUntyped(re.type) && isUntyped(im.type) {
            // untyped numeric constants with no imaginary part count as untyped float
            func asFloat(_ o: Operand) -> GoType {
                if isNumeric(o.type), o.mode == .constant, o.val.imag.sign == 0 { return Universe.untypedFloat }
                return o.type
            }
            let rt = asFloat(re), it = asFloat(im)
            if !identical(rt, it) {
                error(call.args[0], "invalid operation: \(exprString(call)) (mismatched types \(typeString(rt)) and \(typeString(it)))")
                x.mode = .invalid
                return
            }
            if !isFloat(rt) {
                error(call.args[0], "invalid argument: arguments have type \(typeString(rt)), expected floating-point")
                x.mode = .invalid
                return
            }
            x.type = Universe.basic(.untypedComplex)
        } else {
            guard identical(re.type, im.type) else {
                error(call.args[0], "invalid operation: \(exprString(call)) (mismatched types \(typeString(re.type)) and \(typeString(im.type)))")
                x.mode = .invalid
                return
            }
            guard let b = re.type.underlying as? Basic, b.kind == .float32 || b.kind == .float64 else {
                error(call.args[0], "invalid argument: arguments have type \(typeString(re.type)), expected floating-point")
                x.mode = .invalid
                return
            }
            x.type = Universe.basic(b.kind == .float32 ? .complex64 : .complex128)
        }
        if re.mode == .constant && im.mode == .constant {
            x.mode = .constant
            x.val = .makeComplex(re.val.toFloat, im.val.toFloat)
        }
    }

    private func minMax(_ x: inout Operand, _ args: inout [Operand], _ call: CallExpr, _ id: BuiltinID) {
        var acc = args[0]
        for i in args.indices {
            var a = args[i]
            if !isOrdered(a.type) {
                error(call.args.count > i ? call.args[i] : call, "invalid argument: \(describe(a)) cannot be ordered")
                x.mode = .invalid
                return
            }
            if i == 0 { continue }
            matchTypes(&acc, &a)
            if acc.isInvalid || a.isInvalid { x.mode = .invalid; return }
            if !identical(acc.type, a.type) {
                error(call.args[i], "invalid argument: mismatched types \(typeString(acc.type)) (previous argument) and \(typeString(a.type)) (type of \(exprString(call.args[i])))")
                x.mode = .invalid
                return
            }
            if acc.mode == .constant && a.mode == .constant {
                let less = ConstantValue.compare(a.val, .lss, acc.val)
                if (id == .min) == less { acc.val = a.val }
            } else {
                acc.mode = .value
            }
        }
        x.mode = acc.mode == .constant ? .constant : .value
        x.type = acc.type
        x.val = acc.val
    }

    /// Whether a type's size depends on a type parameter (unsafe.Sizeof is then not constant).
    func hasVarSize(_ t: GoType) -> Bool {
        switch t {
        case is TypeParam: return true
        case let n as Named: return n.targs.contains(where: hasVarSize) && hasVarSize(n.underlying)
        case let a as ArrayType: return hasVarSize(a.elem)
        case let s as Struct: return s.fields.contains { hasVarSize($0.type!) }
        default: return false
        }
    }
}

// Expressions: each is compiled into slots. `valueSlots(e)` returns slots
// holding e's value — a variable's own slots when it lives in the frame
// (read-only for the caller), a fresh temporary otherwise. `expr(e, into:)`
// writes e's value to given slots, and writes them only once it has read
// everything it needs (so `x = y - x` may target x itself).
// Constants come folded from the checker (TypeAndValue.value).

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    /// Slots holding the value of e (converted to `target` when given, e.g. boxing into an interface).
    func valueSlots(_ e: Expr, _ target: GoType? = nil) throws(CompileError) -> Int {
        if let target, needsConversion(from: e, to: target) {
            let d = try fb.alloc(TypeTable.slots(target))
            try expr(e, into: d, as: target)
            return d
        }
        let u = unparen(e)
        if tv(u)?.value == nil, let n = u as? Name, let v = obj(n) as? Var, case .frame(let s)? = vars[ObjectIdentifier(v)] {
            return s
        }
        let d = try fb.alloc(TypeTable.slots(typeOf(e)))
        try expr(e, into: d, as: target)
        return d
    }

    func needsConversion(from e: Expr, to target: GoType) -> Bool {
        guard isInterfaceType(target) else { return false }
        let src = typeOf(e)
        if !isInterfaceType(src) || (tvType(e) as? Basic)?.kind == .untypedNil { return true }
        return !typesIdentical(src.underlying, target.underlying) && !(isEmptyInterface(src) && isEmptyInterface(target))
    }

    func isInterfaceType(_ t: GoType) -> Bool { t.underlying is Interface }

    /// Compiles e into slots from dst (as type `target` if given: implicit conversion to an interface).
    func expr(_ e: Expr, into dst: Int, as target: GoType? = nil) throws(CompileError) {
        if let target, (tvType(e) as? Basic)?.kind == .untypedNil {
            // nil as a value of the target type (the checker may leave nil untyped)
            let n = TypeTable.slots(target)
            if n > 0 { fb.emit(.zero, dst, n) }
            return
        }
        if let target, needsConversion(from: e, to: target) {
            if (tvType(e) as? Basic)?.kind == .untypedNil { fb.emit(.zero, dst, 2); return }
            try toInterface(e, into: dst, iface: target)
            return
        }
        let e = unparen(e)
        fb.line(e.pos)
        if let tv = tv(e), let v = tv.value {
            try constant(v, typeOf(e), into: dst, at: e)
            return
        }
        switch e {
        case let n as Name:
            try name(n, into: dst, target: target)
        case let o as Operation:
            try operation(o, into: dst)
        case let c as CallExpr:
            try callExpr(c, into: dst)
        case let s as SelectorExpr:
            if let path = fieldSelection(s) {
                let p = try fieldPlace(s.x, path: path)
                try loadFrom(p, typeOf(s), into: dst)
            } else if let n = s.x as? Name, obj(n) is PkgName {
                guard let o = checker.uses[ObjectIdentifier(s.sel)] else { throw CompileError(s.pos, "gosub: internal error: selector") }
                if let v = o as? Var, v.pkg?.path == "os", v.name == "Args" {
                    // os.Args: a static slice the machine fills before main.init
                    if program.osArgsOffset < 0 { program.osArgsOffset = program.addStatic([UInt8](repeating: 0, count: 24)) }
                    let p = try fb.alloc(1)
                    fb.loadStatic(p, program.osArgsOffset)
                    try loadFrom(.mem(p, 0), v.type!, into: dst)
                    return
                }
                if let v = o as? Var {
                    // variables of packages gosub implements in Go live in the static segment
                    guard compiler.checker(for: v.pkg) !== compiler.checker else {
                        throw CompileError.unsupported(startPos(s), "package variable \(n.value).\(v.name) is")
                    }
                    try loadFrom(try placeOfGlobal(v), v.type!, into: dst)
                    return
                }
                if let f = o as? Func, f.hasBody, f.signature.tparams.isEmpty {
                    // a function of a package written in Go (GoLibrary) as a value
                    fb.loadStatic(dst, compiler.staticClosure(compiler.function(f)))
                    return
                }
                if let f = o as? Func, f.hasBody, !f.signature.tparams.isEmpty {
                    // a generic one (cmp.Compare): the instance its target type calls for
                    fb.loadStatic(dst, compiler.staticClosure(try genericInstance(f, as: target ?? typeOf(s), at: s.pos)))
                    return
                }
                if let f = o as? Func, let nid = NativeID.byGoName["\(f.pkg?.path ?? "").\(f.name)"],
                   !f.signature.variadic || PrintNatives.printing.contains(nid), nid != .osExit {
                    // a native function as a value: a small Go-callable function around it
                    fb.loadStatic(dst, compiler.staticClosure(try nativeValue(nid, f.signature)))
                    return
                }
                throw CompileError.unsupported(startPos(s), "\(n.value).\(s.sel.value) as a value is")
            } else {
                try methodValue(s, into: dst)
            }
        case let ix as IndexExpr:
            try indexExpr(ix, into: dst)
        case let s as SliceExpr:
            try sliceExpr(s, into: dst)
        case let c as CompositeLit:
            try compositeLit(c, into: dst)
        case let f as FuncLit:
            try funcLit(f, into: dst)
        case let a as AssertExpr:
            try typeAssert(a, into: dst, commaOK: false)
        default:
            throw CompileError.unsupported(e.pos, "this expression is")
        }
    }

    // MARK: constants

    func constant(_ v: ConstantValue, _ t: GoType, into dst: Int, at: Node) throws(CompileError) {
        switch TypeTable.shape(t) {
        case .scalar(let k):
            switch k {
            case .bool: fb.loadInt(dst, v.boolValue ? 1 : 0)
            case .float64: fb.emit(.ldk, dst); fb.imm(v.toFloat.float64Value.0.bitPattern)
            case .float32: fb.emit(.ldk, dst); fb.imm(UInt64(v.toFloat.float32Value.0.bitPattern))
            default:
                if k.isUnsigned { fb.loadInt(dst, Int64(bitPattern: v.toInt.uint64Value.0)) }
                else { fb.loadInt(dst, v.toInt.int64Value.0) }
            }
        case .string:
            let bytes = v.stringBytes
            fb.loadStatic(dst, compiler.stringData(bytes))
            fb.loadInt(dst + 1, Int64(bytes.count))
        case .iface:
            // an untyped constant assigned to an interface: box its default type
            throw CompileError.unsupported(at.pos, "constant interface values are")
        default:
            let k = TypeTable.kind(t)
            guard k == .complex64 || k == .complex128 else { throw CompileError.unsupported(at.pos, "constants of type \(t) are") }
            var re = v, im = ConstantValue.int(0)
            if case .complex(let r, let i) = v { re = r; im = i }
            if k == .complex128 {
                fb.emit(.ldk, dst); fb.imm(re.float64Value.0.bitPattern)
                fb.emit(.ldk, dst + 1); fb.imm(im.float64Value.0.bitPattern)
            } else {
                fb.emit(.ldk, dst)
                fb.imm(UInt64(re.float32Value.0.bitPattern) | UInt64(im.float32Value.0.bitPattern) << 32)
            }
        }
    }

    /// The instance of generic function f whose signature is `type` (a generic function as a value).
    func genericInstance(_ f: Func, as type: GoType, at pos: Pos) throws(CompileError) -> Int {
        guard let inst = type.underlying as? Signature else { throw CompileError.unsupported(pos, "generic functions are") }
        var m: [ObjectIdentifier: GoType] = [:]
        for (g, t) in zip(f.signature.params.vars + f.signature.results.vars, inst.params.vars + inst.results.vars) {
            bindTypeParams(g.type!, t.type!, &m)
        }
        let targs = f.signature.tparams.compactMap { m[ObjectIdentifier($0)] }.filter { !containsTypeParam($0) }
        guard targs.count == f.signature.tparams.count else { throw CompileError.unsupported(pos, "generic functions are") }
        return compiler.instance(f, targs)
    }

    // MARK: names

    func name(_ n: Name, into dst: Int, target: GoType? = nil) throws(CompileError) {
        let o = obj(n)
        switch o {
        case let v as Var:
            try loadFrom(try placeOfVar(v, n), vt(v), into: dst)
        case let f as Func:
            if !f.hasBody && f.pkg !== checker.pkg { throw CompileError.unsupported(n.pos, "\(f.name) as a value is") }
            if !f.signature.tparams.isEmpty {
                // a generic function as a value: the instance the value's type infers
                // (the checker records the generic signature; the target type has the instance's)
                fb.loadStatic(dst, compiler.staticClosure(try genericInstance(f, as: target ?? typeOf(n), at: n.pos)))
                return
            }
            let idx = compiler.function(f)
            fb.loadStatic(dst, compiler.staticClosure(idx))
        case is NilObject:
            let k = TypeTable.slots(typeOf(n))
            if k > 0 { fb.emit(.zero, dst, k) }
        default:
            throw CompileError(n.pos, "gosub: internal error: name \(n.value)")
        }
    }

    // MARK: operations

    func operation(_ o: Operation, into dst: Int) throws(CompileError) {
        guard let y = o.y else { return try unary(o, into: dst) }
        switch o.op {
        case .andAnd, .orOr:
            let t = try fb.alloc(1)
            let end = fb.newLabel()
            try expr(o.x, into: t)
            fb.jumpIf(t, end, when: o.op == .orOr)
            try expr(y, into: t)
            fb.bind(end)
            fb.emit(.mov, dst, t)
            return
        case .eql, .neq, .lss, .leq, .gtr, .geq:
            try comparison(o.op, o.x, y, into: dst)
            return
        default: break
        }
        let t = typeOf(o)
        if case .shl = o.op { return try shift(o, into: dst) }
        if case .shr = o.op { return try shift(o, into: dst) }
        if try addConstant(o, t, into: dst) { return }
        let a = try valueSlots(o.x)
        let b = try valueSlots(y)
        try arith(o.op, t, dst, a, b, at: o)
    }

    func arith(_ op: Operator, _ t: GoType, _ dst: Int, _ a: Int, _ b: Int, at: Node) throws(CompileError) {
        let k = TypeTable.kind(t)
        switch k {
        case .string:
            guard op == .add else { break }
            offerStringBuffer(at)
            fb.emit(.concat, dst, a, b)
            return
        case .float64, .float32:
            let f32 = k == .float32
            let code: Opcode
            switch op {
            case .add: code = f32 ? .addF32 : .addF
            case .sub: code = f32 ? .subF32 : .subF
            case .mul: code = f32 ? .mulF32 : .mulF
            case .div: code = f32 ? .divF32 : .divF
            default: throw CompileError(at.pos, "gosub: internal error: float op \(op)")
            }
            fb.emit(code, dst, a, b)
            return
        case .complex64, .complex128:
            let code: Opcode
            switch op {
            case .add: code = .addC
            case .sub: code = .subC
            case .mul: code = .mulC
            case .div: code = .divC
            default: throw CompileError(at.pos, "gosub: internal error: complex op \(op)")
            }
            fb.emit(code, dst, a, b, d: k == .complex64 ? 1 : 0)
            return
        default:
            guard k.isSigned || k.isUnsigned else { break }
            let code: Opcode
            switch op {
            case .add: code = .addI
            case .sub: code = .subI
            case .mul: code = .mulI
            case .div: code = k.isSigned ? .divI : .divU
            case .rem: code = k.isSigned ? .remI : .remU
            case .and: code = .andI
            case .or: code = .orI
            case .xor: code = .xorI
            case .andNot: code = .andNotI
            default: throw CompileError(at.pos, "gosub: internal error: int op \(op)")
            }
            fb.emit(code, dst, a, b)
            normalize(k, dst)
            return
        }
        throw CompileError.unsupported(at.pos, "operator \(op) on \(t) is")
    }

    /// x + c, c + x and x - c on integers with a constant that fits 16 bits: one addIK.
    func addConstant(_ o: Operation, _ t: GoType, into dst: Int) throws(CompileError) -> Bool {
        guard o.op == .add || o.op == .sub, let y = o.y else { return false }
        let k = TypeTable.kind(t)
        guard k.isSigned || k.isUnsigned else { return false }
        func small(_ e: Expr) -> Int64? {
            guard let v = tv(e)?.value else { return nil }
            let (n, exact) = v.toInt.int64Value
            return exact && n >= -32767 && n <= 32767 ? n : nil
        }
        var x: Expr, c: Int64
        if let n = small(y) {
            x = o.x
            c = o.op == .add ? n : -n
        } else if o.op == .add, let n = small(o.x) {
            x = y
            c = n
        } else {
            return false
        }
        let a = try valueSlots(x, t)
        fb.emit(.addIK, dst, a, Int(c))
        normalize(k, dst)
        return true
    }

    /// Re-extends a narrow integer after wrapping arithmetic.
    func normalize(_ k: RKind, _ r: Int) {
        switch k {
        case .int8: fb.emit(.sext8, r, r)
        case .int16: fb.emit(.sext16, r, r)
        case .int32: fb.emit(.sext32, r, r)
        case .uint8: fb.emit(.zext8, r, r)
        case .uint16: fb.emit(.zext16, r, r)
        case .uint32: fb.emit(.zext32, r, r)
        default: break
        }
    }

    func shift(_ o: Operation, into dst: Int) throws(CompileError) {
        let t = typeOf(o)
        let k = TypeTable.kind(t)
        let a = try valueSlots(o.x, t)
        let b = try valueSlots(o.y!)
        let ck = TypeTable.kind(typeOf(o.y!))
        if ck.isSigned && tv(o.y!)?.value == nil { fb.emit(.shiftChk, b) }
        if o.op == .shl {
            fb.emit(.shl, dst, a, b)
            normalize(k, dst)
        } else {
            fb.emit(k.isSigned ? .shrS : .shrU, dst, a, b)
        }
    }

    func unary(_ o: Operation, into dst: Int) throws(CompileError) {
        let t = typeOf(o)
        switch o.op {
        case .sub:
            let a = try valueSlots(o.x)
            switch TypeTable.kind(t) {
            case .float64: fb.emit(.negF, dst, a)
            case .float32: fb.emit(.negF32, dst, a)
            case .complex64, .complex128: fb.emit(.negC, dst, a, 0, d: TypeTable.kind(t) == .complex64 ? 1 : 0)
            default: fb.emit(.negI, dst, a); normalize(TypeTable.kind(t), dst)
            }
        case .add:
            try expr(o.x, into: dst)
        case .xor:
            let a = try valueSlots(o.x)
            fb.emit(.notI, dst, a)
            normalize(TypeTable.kind(t), dst)
        case .not:
            let a = try valueSlots(o.x)
            fb.emit(.not, dst, a)
        case .and:
            // &x: the address of an addressable x (which lives in a cell), or of a composite literal
            if let c = unparen(o.x) as? CompositeLit {
                // the elements first: they may read dst (`head = &node{next: head}`)
                let et = typeOf(c)
                let tmp = try fb.alloc(TypeTable.slots(et))
                try compositeLit(c, into: tmp)
                try newObject(dst, et, for: o, overwritten: true)
                try storeTo(.mem(dst, 0), et, from: tmp)
                return
            }
            let p = try place(o.x)
            guard case .mem(let r, let off) = p else {
                throw CompileError(o.pos, "gosub: internal error: address of a frame value")
            }
            if off == 0 { fb.emit(.mov, dst, r) } else { fb.emit(.addPK, dst, r); fb.imm(off) }
        case .mul:
            let p = try valueSlots(o.x)
            fb.emit(.nilchk, p)
            try loadFrom(.mem(p, 0), t, into: dst)
        case .recv:
            let ch = try valueSlots(o.x)
            fb.line(o.pos)
            fb.emit(.chanRecv, dst, ch, TypeTable.slots(t), d: 0)
        default:
            throw CompileError.unsupported(o.pos, "unary \(o.op) is")
        }
    }

    // MARK: comparisons

    func comparison(_ op: Operator, _ x: Expr, _ y: Expr, into dst: Int) throws(CompileError) {
        let xt = typeOf(x), yt = typeOf(y)
        if isInterfaceType(xt) || isInterfaceType(yt) {
            let xn = (tvType(x) as? Basic)?.kind == .untypedNil, yn = (tvType(y) as? Basic)?.kind == .untypedNil
            if xn || yn {
                // against nil: the type (or itab) word
                let v = try valueSlots(xn ? y : x)
                let z = try fb.alloc(1)
                fb.loadInt(z, 0)
                fb.emit(op == .eql ? .eqI : .neI, dst, v, z)
                return
            }
            let a = try efaceSlots(x, xt), b = try efaceSlots(y, yt)
            fb.emit(.eqIface, dst, a, b)
            if op == .neq { fb.emit(.not, dst, dst) }
            return
        }
        var t = typeOf(x)
        if (tvType(x) as? Basic)?.kind == .untypedNil { t = typeOf(y) }
        let a = try valueSlots(x, t)
        let b = try valueSlots(y, t)
        try compareValues(op, t, dst, a, b, at: x)
    }

    func compareValues(_ op: Operator, _ t: GoType, _ dst: Int, _ a: Int, _ b: Int, at: Node) throws(CompileError) {
        // gt/ge swap operands
        var op = op, a = a, b = b
        if op == .gtr { op = .lss; swap(&a, &b) }
        if op == .geq { op = .leq; swap(&a, &b) }
        let k = TypeTable.kind(t)
        if k == .complex64 || k == .complex128 {
            fb.emit(.eqC, dst, a, b, d: k == .complex64 ? 1 : 0)
            if op == .neq { fb.emit(.not, dst, dst) }
            return
        }
        switch TypeTable.shape(t) {
        case .scalar:
            switch k {
            case .float64:
                fb.emit(op == .eql ? .eqF : op == .neq ? .neF : op == .lss ? .ltF : .leF, dst, a, b)
            case .float32:
                if op == .neq { fb.emit(.eqF32, dst, a, b); fb.emit(.not, dst, dst) }
                else { fb.emit(op == .eql ? .eqF32 : op == .lss ? .ltF32 : .leF32, dst, a, b) }
            default:
                let u = !k.isSigned
                fb.emit(op == .eql ? .eqI : op == .neq ? .neI : op == .lss ? (u ? .ltU : .ltI) : (u ? .leU : .leI), dst, a, b)
            }
        case .string:
            if op == .neq { fb.emit(.eqS, dst, a, b); fb.emit(.not, dst, dst) }
            else { fb.emit(op == .eql ? .eqS : op == .lss ? .ltS : .leS, dst, a, b) }
        case .slice:
            // only against nil
            fb.emit(op == .eql ? .eqI : .neI, dst, a, b)
        case .zero:
            fb.loadInt(dst, op == .eql ? 1 : 0)
        case .block:
            try compareBlocks(t, dst, a, b, at: at)
            if op == .neq { fb.emit(.not, dst, dst) }
        case .iface:
            // eqIface compares {type, data}: an interface with methods holds an itab
            var (x, y) = (a, b)
            if !isEmptyInterface(t) {
                x = try fb.alloc(2); y = try fb.alloc(2)
                fb.emit(.ifaceType, x, a)
                fb.emit(.ifaceType, y, b)
            }
            fb.emit(.eqIface, dst, x, y)
            if op == .neq { fb.emit(.not, dst, dst) } else if op != .eql {
                throw CompileError(at.pos, "gosub: internal error: ordered interface comparison")
            }
        }
    }

    /// dst = (value at slots a == value at slots b) for a struct or array, field by field.
    func compareBlocks(_ t: GoType, _ dst: Int, _ a: Int, _ b: Int, at: Node) throws(CompileError) {
        var parts: [(Int, GoType)] = []
        func collect(_ t: GoType, _ off: Int) -> Bool {
            switch t.underlying {
            case let s as Struct:
                let offs = Layout.offsetsof(s)
                for (i, f) in s.fields.enumerated() where f.name != "_" {
                    if !collect(f.type!, off + Int(offs[i])) { return false }
                }
            case let arr as Types.ArrayType:
                if arr.len > 64 { return false }
                let es = TypeTable.size(arr.elem)
                for i in 0..<Int(arr.len) { if !collect(arr.elem, off + i * es) { return false } }
            default:
                parts.append((off, t))
            }
            return true
        }
        guard collect(t, 0) else { throw CompileError.unsupported(at.pos, "comparing arrays longer than 64 elements is") }
        let end = fb.newLabel()
        fb.loadInt(dst, 1)
        let r = try fb.alloc(1)
        for (off, ft) in parts {
            let n = TypeTable.slots(ft)
            let x = try fb.alloc(n), y = try fb.alloc(n)
            try loadFrom(.slots(a, off), ft, into: x)
            try loadFrom(.slots(b, off), ft, into: y)
            try compareValues(.eql, ft, r, x, y, at: at)
            fb.emit(.mov, dst, r)
            fb.jumpIf(r, end, when: false)
        }
        fb.bind(end)
    }
}

// Calls: conversions T(x), builtins, Go functions and methods, closures and
// native (standard library) functions.
//
// Calling convention: the caller reserves header + parameters + results at
// the top of its frame (base), evaluates the arguments into place, and
// emits `call base, f` (or callClo / callNat); results are then read from
// base + header + parameter slots. See Program.swift for the frame.

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    func isTypeExpr(_ e: Expr) -> Bool {
        switch unparen(e) {
        case let n as Name: return obj(n) is TypeName
        case let s as SelectorExpr: return checker.uses[ObjectIdentifier(s.sel)] is TypeName
        case is Syntax.ArrayType, is SliceType, is StructType, is Syntax.MapType, is ChanType, is FuncType, is InterfaceType: return true
        case let o as Operation: return o.op == .mul && o.y == nil && isTypeExpr(o.x)
        case let i as IndexExpr: return isTypeExpr(i.x)
        default: return false
        }
    }

    func builtinID(_ e: Expr) -> BuiltinID? {
        if let n = unparen(e) as? Name, let b = obj(n) as? Builtin { return b.id }
        if let s = unparen(e) as? SelectorExpr, let b = checker.uses[ObjectIdentifier(s.sel)] as? Builtin { return b.id }
        return nil
    }

    func callExpr(_ c: CallExpr, into dst: Int) throws(CompileError) {
        if isTypeExpr(c.fun) {
            return try conversion(typeOf(c.fun), c.args[0], into: dst, at: c)
        }
        if let b = builtinID(c.fun) {
            return try builtin(b, c, into: dst)
        }
        if let s = unparen(c.fun) as? SelectorExpr, let pn = s.x as? Name, let p = obj(pn) as? PkgName,
           let sig = tvType(s) as? Signature, (checker.uses[ObjectIdentifier(s.sel)] as? Func)?.hasBody != true,
           try errorConstructor("\(p.imported.path).\(s.sel.value)", c, sig: sig, into: dst) {
            return
        }
        let (res, _) = try call(c)
        try move(dst, res, TypeTable.slots(typeOf(c)))
    }

    /// Slots of each value of a multi-valued expression (a call).
    func multiValue(_ e: Expr) throws(CompileError) -> [Int] {
        if let ix = unparen(e) as? IndexExpr, let mt = typeOf(ix.x).underlying as? Types.MapType {
            let n = TypeTable.slots(mt.elem)
            let d = try fb.alloc(n + 1)
            try mapIndex(ix, into: d, commaOK: true)
            return [d, d + n]
        }
        if let o = unparen(e) as? Operation, o.op == .recv, o.y == nil, let ct = typeOf(o.x).underlying as? Chan {
            let n = TypeTable.slots(ct.elem)
            let d = try fb.alloc(n + 1)
            let ch = try valueSlots(o.x)
            fb.line(o.pos)
            fb.emit(.chanRecv, d, ch, n, d: 1)
            return [d, d + n]
        }
        if let a = unparen(e) as? AssertExpr {
            let n = TypeTable.slots(assertedType(a))
            let d = try fb.alloc(n + 1)
            try typeAssert(a, into: d, commaOK: true)
            return [d, d + n]
        }
        guard let c = unparen(e) as? CallExpr else {
            throw CompileError.unsupported(e.pos, "comma-ok expressions are")
        }
        let (res, sig) = try call(c)
        var out: [Int] = []
        var s = res
        for v in sig.results.vars { out.append(s); s += TypeTable.slots(v.type!) }
        return out
    }

    /// Compiles a call of a Go or native function; returns the first result slot and the signature.
    @discardableResult
    func call(_ c: CallExpr) throws(CompileError) -> (Int, Signature) {
        let fun = unparen(c.fun)
        // a generic function: compile (once) the instance for these type arguments
        if let (gf, targs) = genericCallee(fun, call: c) {
            guard let targs else { throw CompileError.unsupported(startPos(c), "this generic call is") }
            var m: [ObjectIdentifier: GoType] = [:]
            for (i, tp) in gf.signature.tparams.enumerated() { m[ObjectIdentifier(tp)] = targs[i] }
            let g = gf.signature
            let sig = substitute(Signature(params: g.params, results: g.results, variadic: g.variadic), m) as! Signature
            let idx = compiler.instance(gf, targs)
            return try emitCall(c, sig: sig, recv: nil) { base in fb.emitBC(.call, base, idx) }
        }
        if let r = try genericMethodCall(c, fun) { return r }
        guard let sig = tvType(fun)?.underlying as? Signature else {
            throw CompileError.unsupported(startPos(c), "calling this is")
        }
        if !sig.tparams.isEmpty || isGenericCallee(fun) {
            if let s = fun as? SelectorExpr ?? ((fun as? IndexExpr)?.x).map(unparen) as? SelectorExpr,
               let pn = s.x as? Name, let p = obj(pn) as? PkgName {
                throw CompileError.unsupported(startPos(c), "generic function \(p.imported.path).\(s.sel.value) is")
            }
            throw CompileError.unsupported(startPos(c), "generic methods are")
        }
        // the callee
        enum Callee { case direct(Int), closure(Expr), native(NativeID), method(Func, SelectorExpr, [Int]) }
        var callee: Callee
        var f: Func?
        if let n = fun as? Name, let fo = obj(n) as? Func { f = fo }
        if let s = fun as? SelectorExpr, isTypeExpr(s.x) {
            // T.M(recv, args…): the method expression is a function value
            return try emitCall(c, sig: sig, recv: nil) { base throws(CompileError) in
                let fv = try valueSlots(fun)
                fb.emit(.callClo, base, fv)
            }
        }
        if let s = fun as? SelectorExpr {
            if let pn = s.x as? Name, obj(pn) is PkgName {
                f = checker.uses[ObjectIdentifier(s.sel)] as? Func
                if f == nil { callee = .closure(fun) }
            } else if isInterfaceType(typeOf(s.x)) {
                return try interfaceCall(c, s, sig: sig)
            } else if case .method(let m, let path) = selection(typeOf(s.x), s.sel.value, in: checker.pkg) {
                if isInterfaceType(m.signature.recv?.type ?? Universe.invalid) || m.signature.recv == nil {
                    return try promotedInterfaceCall(c, s, path, sig: sig)
                }
                if !m.hasBody {
                    guard let nid = methodNative(m) else {
                        throw CompileError.unsupported(c.pos, "method \(s.sel.value) of \(typeOf(s.x)) is")
                    }
                    return try nativeMethodCall(c, s, m, path, sig: sig, nid)
                }
                callee = .method(m, s, path)
                guard let fidx = compiler.callable(m, recv: receiverBase(typeOf(s.x), path)) else {
                    throw CompileError.unsupported(startPos(c), "this method of a generic type is")
                }
                let isig = compiler.instanceSigs[fidx]
                let msig = isig.map { Signature(params: $0.params, results: $0.results, variadic: $0.variadic) } ?? sig
                return try emitCall(c, sig: msig, recv: (m, s, path), recvType: isig?.recv?.type) { base in fb.emitBC(.call, base, fidx) }
            } else if case .method = selection(typeOf(s.x), s.sel.value, in: checker.pkg) {
                throw CompileError.unsupported(c.pos, "interface method calls are")
            }
        }
        if let f {
            if !f.hasBody {
                let qual = "\(f.pkg?.path ?? "?").\(f.name)"
                if qual == "math.Sqrt", c.args.count == 1, !c.hasDots {
                    // an instruction, as gc makes it
                    let base = try fb.alloc(1)
                    try expr(c.args[0], into: base, as: Universe.float64)
                    fb.line(c.pos)
                    fb.emit(.sqrtF, base, base)
                    return (base, sig)
                }
                if fprint(qual, c) == nil, let r = try fprintToWriter(qual, c, sig: sig) { return r }
                guard var nid = NativeID.byGoName[qual] ?? fprint(qual, c) else {
                    throw CompileError.unsupported(startPos(c), "\(qual) is")
                }
                if [.fmtEprint, .fmtEprintln, .fmtEprintf].contains(nid) || qual.hasPrefix("fmt.Fprint") {
                    return try fprintCall(c, sig: sig, &nid)
                }
                callee = .native(nid)
            } else {
                callee = .direct(compiler.function(f))
            }
        } else {
            callee = .closure(fun)
        }
        switch callee {
        case .direct(let idx):
            return try emitCall(c, sig: sig, recv: nil) { base in fb.emitBC(.call, base, idx) }
        case .native(let nid):
            return try nativeCall(c, sig: sig, nid)
        case .closure(let e):
            let fv = try valueSlots(e)
            return try emitCall(c, sig: sig, recv: nil) { base in fb.emit(.callClo, base, fv) }
        case .method:
            throw CompileError(c.pos, "gosub: internal error: method callee")
        }
    }

    /// Reserves the call area, evaluates receiver and arguments into it, emits the call.
    func emitCall(_ c: CallExpr, sig: Signature, recv: (Func, SelectorExpr, [Int])?, recvType: GoType? = nil,
                  _ emit: (Int) throws(CompileError) -> Void) throws(CompileError) -> (Int, Signature) {
        var paramTypes: [GoType] = []
        if let (m, _, _) = recv { paramTypes.append(recvType ?? m.signature.recv!.type!) }
        paramTypes += sig.params.vars.map { $0.type! }
        let pslots = paramTypes.reduce(0) { $0 + TypeTable.slots($1) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(FrameHeader.size + pslots + rslots)
        var slot = base + FrameHeader.size
        if let (m, s, path) = recv {
            try receiver(m, s, path, into: slot, recvType: recvType)
            slot += TypeTable.slots(paramTypes[0])
        }
        try arguments(c, sig: sig, into: slot)
        fb.line(c.pos)
        try emit(base)
        return (base + FrameHeader.size + pslots, sig)
    }

    /// The result types of a call with several results, as instantiated (nil for a
    /// call of one result, a conversion or a builtin). The call's own recorded type
    /// is its result tuple, also for an explicit instantiation (`Pair[int](7, 3)`).
    func multiResultTypes(_ call: CallExpr) -> [GoType]? {
        guard !isTypeExpr(call.fun), builtinID(call.fun) == nil else { return nil }
        if let t = tvType(call) as? Tuple, t.count > 1 { return t.vars.map { sub($0.type!) } }
        if let isig = tvType(call.fun)?.underlying as? Signature, isig.results.count > 1 { return callResultTypes(call, isig) }
        return nil
    }

    /// The result types of a multi-valued call as instantiated (the callee's recorded
    /// signature may be generic; the call's own type is the instance's result tuple).
    func callResultTypes(_ call: CallExpr, _ calleeSig: Signature) -> [GoType] {
        if let t = tvType(call) as? Tuple, t.count == calleeSig.results.count { return t.vars.map { sub($0.type!) } }
        return calleeSig.results.vars.map { $0.type! }
    }

    /// Evaluates call arguments into consecutive slots (variadic packing, f(g()) forwarding).
    func arguments(_ c: CallExpr, sig: Signature, into start: Int) throws(CompileError) {
        var slot = start
        let params = sig.params.vars
        if c.args.count == 1, let inner = unparen(c.args[0]) as? CallExpr, let rtypes = multiResultTypes(inner) {
            // f(g()): g's results are f's arguments
            let vals = try multiValue(inner)
            let fixed = sig.variadic ? params.count - 1 : params.count
            for i in 0..<fixed {
                try convertSlots(vals[i], from: rtypes[i], to: params[i].type!, into: slot)
                slot += TypeTable.slots(params[i].type!)
            }
            if sig.variadic {
                guard let sl = params[fixed].type!.underlying as? Types.Slice else { return }
                let n = vals.count - fixed
                let p = try fb.alloc(1)
                try newCell(p, Types.ArrayType(sl.elem, Int64(n)))
                let es = TypeTable.size(sl.elem)
                for k in 0..<n {
                    let tmp = try fb.alloc(TypeTable.slots(sl.elem))
                    try convertSlots(vals[fixed + k], from: rtypes[fixed + k], to: sl.elem, into: tmp)
                    try storeTo(.mem(p, k * es), sl.elem, from: tmp)
                }
                fb.emit(.mov, slot, p)
                fb.loadInt(slot + 1, Int64(n)); fb.loadInt(slot + 2, Int64(n))
            }
            return
        }
        let fixed = sig.variadic ? params.count - 1 : params.count
        var slots: [Int] = []
        for i in 0..<fixed {
            slots.append(slot)
            slot += TypeTable.slots(params[i].type!)
        }
        for i in gcOrder(Array(c.args.prefix(fixed))) {
            try expr(c.args[i], into: slots[i], as: params[i].type!)
        }
        if sig.variadic {
            let st = params[fixed].type!
            if c.hasDots {
                try expr(c.args[fixed], into: slot)
            } else {
                try packVariadic(Array(c.args.dropFirst(fixed)), sliceType: st, into: slot)
            }
        }
    }

    /// Copies a value in slots to dst, boxing it when the target is an interface.
    func convertSlots(_ src: Int, from: GoType, to: GoType, into dst: Int) throws(CompileError) {
        if isInterfaceType(to) && !isInterfaceType(from) {
            try checkSupported(from, pos: .none)
            fb.emit(.box, dst, src, compiler.types.id(from))
            if !isEmptyInterface(to) { fb.emit(.toItab, dst, compiler.types.id(to)) }
        } else if isInterfaceType(to) {
            try convertIface(src, from: from, to: to, into: dst)
        } else {
            try move(dst, src, TypeTable.slots(to))
        }
    }

    /// The order gc evaluates a list of operands in: those containing a call, a
    /// receive, or len or cap of a channel first, left to right, then the others
    /// (gc reads a plain operand when the call is made: `Println(n, inc())`
    /// prints n after inc ran).
    func gcOrder(_ args: [Expr]) -> [Int] {
        let calls = args.indices.filter { hasCall(args[$0]) }
        if calls.isEmpty || calls.count == args.count { return Array(args.indices) }
        return calls + args.indices.filter { !calls.contains($0) }
    }

    /// Whether e calls a function (not a conversion or builtin) or the runtime (a receive,
    /// len or cap of a channel), outside function literals.
    func hasCall(_ e: Expr) -> Bool {
        var found = false
        walk(e) { n in
            if found || n is FuncLit { return false }
            if let c = n as? CallExpr, !isTypeExpr(c.fun) {
                switch builtinID(c.fun) {
                case nil: found = true
                case .len?, .cap?:
                    // len and cap of a channel are runtime calls in gc
                    if let a = c.args.first, typeOf(a).underlying is Chan { found = true }
                default: break
                }
                if found { return false }
            }
            if let o = n as? Operation, o.op == .recv, o.y == nil { found = true; return false }
            return true
        }
        return found
    }

    /// Builds a slice from the extra arguments of a variadic call.
    func packVariadic(_ args: [Expr], sliceType: GoType, into dst: Int) throws(CompileError) {
        guard let sl = sliceType.underlying as? Types.Slice else { throw CompileError(.none, "gosub: internal error: variadic") }
        if args.isEmpty { fb.emit(.zero, dst, 3); return }
        let arrT = Types.ArrayType(sl.elem, Int64(args.count))
        let p = try fb.alloc(1)
        try newCell(p, arrT)
        let es = TypeTable.size(sl.elem)
        for i in gcOrder(args) {
            let a = args[i]
            let mark = fb.top
            let v = try valueSlots(a, sl.elem)
            try storeTo(.mem(p, i * es), sl.elem, from: v)
            fb.top = mark
        }
        fb.emit(.mov, dst, p)
        fb.loadInt(dst + 1, Int64(args.count))
        fb.loadInt(dst + 2, Int64(args.count))
    }

    /// The receiver of a method call: walk the embedded path, then take the
    /// address or dereference as the method's receiver type needs.
    func receiver(_ m: Func, _ s: SelectorExpr, _ path: [Int], into dst: Int, recvType: GoType? = nil) throws(CompileError) {
        let rt = recvType ?? m.signature.recv!.type!
        let wantPtr = rt.underlying is Types.Pointer && !(rt is Named)
        var xt = typeOf(s.x)
        var p: Place
        if path.isEmpty {
            if xt.underlying is Types.Pointer {
                let ptr = try valueSlots(s.x)
                if wantPtr { fb.emit(.mov, dst, ptr); return }
                fb.emit(.nilchk, ptr)
                try loadFrom(.mem(ptr, 0), rt, into: dst)
                return
            }
            if !wantPtr { try expr(s.x, into: dst); return }
            p = try place(s.x)
        } else {
            p = try fieldPlace(s.x, path: path)
            // the type at the end of the path
            var t = (xt.underlying as? Types.Pointer)?.elem ?? xt
            for (k, i) in path.enumerated() {
                guard let st = t.underlying as? Struct else { throw CompileError(s.pos, "gosub: internal error: method path") }
                t = st.fields[i].type!
                // an embedded pointer on the way is followed, as fieldPlace follows it
                if k < path.count - 1, let pt = t.underlying as? Types.Pointer { t = pt.elem }
            }
            xt = t
            if let pt = t.underlying as? Types.Pointer, !(t is Named) {
                let ptr = try fb.alloc(1)
                try loadFrom(p, t, into: ptr)
                if wantPtr { fb.emit(.mov, dst, ptr); return }
                fb.emit(.nilchk, ptr)
                try loadFrom(.mem(ptr, 0), pt.elem, into: dst)
                return
            }
            if !wantPtr { try loadFrom(p, rt, into: dst); return }
        }
        guard case .mem(let r, let off) = p else {
            throw CompileError(s.pos, "gosub: internal error: pointer method on a frame value")
        }
        if off == 0 { fb.emit(.mov, dst, r) } else { fb.emit(.addPK, dst, r); fb.imm(off) }
    }

    /// A native call: arguments in slot shape from base; results written back from base.
    func nativeCall(_ c: CallExpr, sig: Signature, _ nid: NativeID) throws(CompileError) -> (Int, Signature) {
        let pslots = sig.params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(max(pslots, rslots, 1))
        try arguments(c, sig: sig, into: base)
        fb.line(c.pos)
        switch nid {
        case .fmtPrint, .fmtPrintln, .fmtSprint, .fmtSprintln: try preformat(c, slice: base, fixed: 0)
        case .fmtPrintf, .fmtSprintf: try preformat(c, slice: base + 2, fixed: 1)
        default: break
        }
        fb.emitBC(.callNat, base, nid.rawValue)
        return (base, sig)
    }
}

extension FuncCompiler {
    /// Before a fmt call: each argument whose dynamic type has an Error or
    /// String method gets it called (in Go, on this goroutine) and is
    /// replaced by a preformatted value that keeps the original.
    func preformat(_ c: CallExpr, slice: Int, fixed: Int) throws(CompileError) {
        if c.hasDots { return try preformatSpread(slice: slice, format: fixed == 1 ? c.args[0] : nil) }
        var argTypes = c.args.dropFirst(fixed).map { typeOf($0) }
        if c.args.count == 1, let inner = unparen(c.args[0]) as? CallExpr, let rtypes = multiResultTypes(inner) {
            argTypes = Array(rtypes.dropFirst(fixed))
        }
        try callFormatMethods(argTypes, slice: slice, format: fixed == 1 ? c.args[0] : nil)
    }

    /// Calls String or Error on each operand of the []any at `slice` that may
    /// have one and that fmt formats through it: for a Printf-style call (its
    /// format string in the two slots below the slice) the operands its verbs
    /// route through a method, decided here for a constant format and by the
    /// fmtMethodOperands native for one known only at run time.
    func callFormatMethods(_ argTypes: [GoType], slice: Int, format: Expr?) throws(CompileError) {
        if argTypes.contains(where: { mayHaveFormatMethod($0) || mayHaveMethod($0, "GoString") || mayHaveMethod($0, "Format") }) {
            try callOperandFormatMethods(argTypes, slice: slice, format: format)
        }
        // then values inside the operands (the operands themselves are preformatted by then)
        var seen = Set<ObjectIdentifier>()
        if argTypes.contains(where: { mayContainFormatMethods($0, &seen) }) {
            try callNestedFormatMethods(slice: slice, format: format)
        }
    }

    /// The String/Error methods of the operands themselves, replacing them by preformatted values.
    func callOperandFormatMethods(_ argTypes: [GoType], slice: Int, format: Expr?) throws(CompileError) {
        let constant: [UInt8]? = format.flatMap { f in
            if let v = tv(f)?.value, case .string(let b) = v { return b }
            return nil
        }
        let walked = constant.map { FormatVerbs.methodOperandsAndGoSyntax($0, count: argTypes.count) }
        var mask: Int? = nil
        if format != nil && constant == nil {
            let m = try fb.alloc(3)
            fb.emit(.mov, m, slice - 2)
            fb.emit(.mov, m + 1, slice - 1)
            fb.loadInt(m + 2, Int64(argTypes.count))
            fb.emitBC(.callNat, m, NativeID.fmtMethodOperands.rawValue)
            mask = m
        }
        let tmp = try fb.alloc(2)
        for (i, t) in argTypes.enumerated() {
            // which methods fmt would call: Format (any verb whose form is known), GoString (%#v), Error/String
            let use: FormatVerbs.VerbUse? = format == nil ? FormatVerbs.VerbUse(verb: UInt8(ascii: "v")) : walked?.uses[i]
            var mode = 0
            if let u = use, !u.dynamic, mayHaveMethod(t, "Format") { mode |= FormatMode.formatter }
            if walked?.goSyntax.contains(i) == true && mayHaveMethod(t, "GoString") { mode |= FormatMode.goString }
            let methods = mayHaveFormatMethod(t) && (walked.map { $0.methods.contains(i) } ?? true)
            if methods { mode |= FormatMode.methods }
            if mode == 0 { continue }
            var skip: Int? = nil
            if let m = mask, methods {
                let l = fb.newLabel()
                fb.loadInt(tmp, Int64(bitPattern: 1 << UInt64(min(i, 63))))
                fb.emit(.andI, tmp, m, tmp)
                fb.jumpIf(tmp, l, when: false)
                skip = l
            }
            fb.emit(.ld64, tmp, slice, 16 * i)
            fb.emit(.ld64, tmp + 1, slice, 16 * i + 8)
            try formatMethod(tmp, mode: mode, use: use ?? FormatVerbs.VerbUse(verb: UInt8(ascii: "v")))
            fb.emit(.st64, slice, tmp, 16 * i)
            fb.emit(.st64, slice, tmp + 1, 16 * i + 8)
            if let l = skip { fb.bind(l) }
        }
    }

    /// fmt.Printf(format, a...) and the like: the operands' types are known only at
    /// run time. The call formats a copy of the slice (the caller's must not
    /// change); each operand fmt formats through a method (every one for Print*;
    /// for Printf those fmtMethodOperands names) whose dynamic type has String
    /// or Error gets it called, then the values inside the operands do.
    func preformatSpread(slice: Int, format: Expr?) throws(CompileError) {
        let copy = try fb.alloc(3), n = try fb.alloc(1)
        fb.emit(.makeSlice, copy, slice + 1, slice + 1); fb.imm(compiler.types.id(Universe.anyType))
        fb.emit(.copySl, n, copy, slice); fb.imm(16)
        fb.emit(.mov3, slice, copy)
        var mask: Int?
        if format != nil {
            let m = try fb.alloc(3)
            fb.emit(.mov, m, slice - 2)
            fb.emit(.mov, m + 1, slice - 1)
            fb.emit(.mov, m + 2, slice + 1)
            fb.emitBC(.callNat, m, NativeID.fmtMethodOperands.rawValue)
            mask = m
        }
        let i = try fb.alloc(1), p = try fb.alloc(1), bit = try fb.alloc(1), t = try fb.alloc(1), v = try fb.alloc(2)
        fb.loadInt(i, 0)
        fb.emit(.mov, p, slice)
        fb.loadInt(bit, 1)
        let loop = fb.newLabel(), next = fb.newLabel(), done = fb.newLabel()
        fb.bind(loop)
        fb.jumpCmp(.jleI, slice + 1, i, done)
        if let m = mask {
            fb.emit(.andI, t, m, bit)
            fb.jumpIf(t, next, when: false)
        }
        fb.emit(.ld64, v, p, 0)
        fb.emit(.ld64, v + 1, p, 8)
        try formatMethod(v, mode: FormatMode.methods, use: FormatVerbs.VerbUse(verb: UInt8(ascii: "v")))
        fb.emit(.st64, p, v, 0)
        fb.emit(.st64, p, v + 1, 8)
        fb.bind(next)
        fb.emit(.addIK, p, p, 16)
        fb.emit(.addIK, i, i, 1)
        fb.emit(.addI, bit, bit, bit)
        fb.jump(loop)
        fb.bind(done)
        try callNestedFormatMethods(slice: slice, format: format)
    }

    /// Which methods fmt.formatMethod may call (its mode argument).
    enum FormatMode {
        static let goString = 1, methods = 2, formatter = 4
    }

    /// v = the result of the method fmt calls on v's dynamic value, boxed: a Format
    /// method's output (printed as it is), or Error's, String's or GoString's string
    /// (fmt's preformatted value); v is left alone when it has none of the methods
    /// `mode` allows. Called through fmt's Go helper formatMethod, which turns a
    /// panic in the method into fmt's %!v(PANIC=…) text (or <nil> for a nil
    /// receiver). `modeSlot`: the mode is in that slot, known only at run time.
    func formatMethod(_ v: Int, mode: Int, use: FormatVerbs.VerbUse, modeSlot: Int? = nil) throws(CompileError) {
        guard let f = Importer.shared.importPackage("fmt")?.scope.lookup("formatMethod") as? Func, f.hasBody else {
            throw CompileError(.none, "gosub: internal error: fmt.formatMethod")
        }
        // (v any, mode int, verb rune, flags string, wid, prec int) (s string, kind int)
        let call = try fb.alloc(FrameHeader.size + 8 + 3)
        let a = call + FrameHeader.size
        var test = -1
        if modeSlot == nil {
            // the common case first: no such method, nothing to call
            test = fb.code.count
            fb.emit(.fmtHas, v, 0, 0, d: (mode & FormatMode.goString != 0 ? 1 : 0) | (mode & FormatMode.formatter != 0 ? 4 : 0)
                    | (mode & FormatMode.methods != 0 ? 8 : 0))
        }
        fb.emit(.mov2, a, v)
        if let m = modeSlot { fb.emit(.mov, a + 2, m) } else { fb.loadInt(a + 2, Int64(mode)) }
        fb.loadInt(a + 3, Int64(use.verb))
        fb.loadStatic(a + 4, compiler.stringData(use.flags))
        fb.loadInt(a + 5, Int64(use.flags.count))
        fb.loadInt(a + 6, Int64(use.width ?? -1))
        fb.loadInt(a + 7, Int64(use.precision ?? -1))
        fb.emitBC(.call, call, compiler.function(f))
        let done = fb.newLabel(), formatted = fb.newLabel()
        let kind = a + 10
        fb.jumpIf(kind, done, when: false)
        let two = try fb.alloc(1)
        fb.loadInt(two, 2)
        fb.emit(.eqI, two, kind, two)
        fb.jumpIf(two, formatted, when: true)
        fb.emit(.fmtStore, v, a + 2)   // the string result is at a + 8 = (a + 2) + header + 1
        fb.jump(done)
        fb.bind(formatted)
        fb.emit(.fmtStore, v, a + 2, 0, d: 1)
        fb.bind(done)
        if test >= 0 {
            let off = fb.code.count - (test + 1)
            fb.code[test] = encode(.fmtHas, a: v, b: 0, c: off, d: Int(fb.code[test].fD))
        }
    }

    /// Whether values of type t may have the method `name` (interfaces may).
    func mayHaveMethod(_ t: GoType, _ name: String) -> Bool {
        if isInterfaceType(t) { return true }
        var base = t
        if let p = t as? Types.Pointer { base = p.elem }
        guard let n = base as? Named else { return false }
        return n.originOrSelf.methods.contains { $0.name == name } || (n.underlying as? Struct)?.fields.contains { $0.embedded } == true
    }

    /// The operands a constant Printf format formats through a method; nil
    /// for a format known only when the program runs.
    func methodOperands(format: Expr, count: Int) -> Set<Int>? {
        guard let v = tv(format)?.value, case .string(let f) = v else { return nil }
        return FormatVerbs.methodOperands(f, count: count)
    }

    /// Before formatting: the String/Error methods fmt calls on values inside the operands
    /// (VM FmtNested.swift), one at a time until fmtNested finds none left.
    func callNestedFormatMethods(slice: Int, format: Expr?) throws(CompileError) {
        let area = try fb.alloc(6)
        let value = try fb.alloc(2)
        let store = try fb.alloc(5)
        let loop = fb.newLabel(), done = fb.newLabel()
        fb.bind(loop)
        fb.loadInt(area, format == nil ? 0 : 1)
        if format != nil { fb.emit(.mov2, area + 1, slice - 2) } else { fb.emit(.zero, area + 1, 2) }
        fb.emit(.mov3, area + 3, slice)
        fb.emitBC(.callNat, area, NativeID.fmtNested.rawValue)
        fb.jumpIf(area, done, when: false)
        fb.emit(.mov2, value, area + 1)
        // area[3] = 1: the value is met under %#v, fmt calls its GoString
        let mode = try fb.alloc(1)
        let isGo = fb.newLabel()
        fb.loadInt(mode, Int64(FormatMode.goString))
        fb.jumpIf(area + 3, isGo, when: true)
        fb.loadInt(mode, Int64(FormatMode.methods))
        fb.bind(isGo)
        try formatMethod(value, mode: 0, use: FormatVerbs.VerbUse(verb: UInt8(ascii: "v")), modeSlot: mode)
        fb.emit(.mov3, store, slice)
        fb.emit(.mov2, store + 3, value)
        fb.emitBC(.callNat, store, NativeID.fmtNestedStore.rawValue)
        fb.jump(loop)
        fb.bind(done)
    }

    /// Whether values of type t may hold, inside them, values fmt formats through a method.
    func mayContainFormatMethods(_ t: GoType, _ seen: inout Set<ObjectIdentifier>) -> Bool {
        if isInterfaceType(t) { return true }
        if !seen.insert(ObjectIdentifier(t)).inserted { return false }
        if let n = t as? Named, n.originOrSelf.methods.contains(where: { $0.name == "String" || $0.name == "Error" || $0.name == "GoString" }) {
            return true
        }
        switch t.underlying {
        case let s as Struct: return s.fields.contains { mayContainFormatMethods($0.type!, &seen) }
        case let a as Types.ArrayType: return mayContainFormatMethods(a.elem, &seen)
        case let s as Types.Slice: return mayContainFormatMethods(s.elem, &seen)
        case let m as Types.MapType: return mayContainFormatMethods(m.key, &seen) || mayContainFormatMethods(m.elem, &seen)
        case let p as Types.Pointer: return mayContainFormatMethods(p.elem, &seen)
        default: return false
        }
    }

    func mayHaveFormatMethod(_ t: GoType) -> Bool {
        if isInterfaceType(t) { return true }
        var base = t
        if let p = t as? Types.Pointer { base = p.elem }
        guard let n = base as? Named else { return false }
        return n.originOrSelf.methods.contains { $0.name == "String" || $0.name == "Error" }
            || (n.underlying as? Struct)?.fields.contains { $0.embedded } == true
    }
}

extension FuncCompiler {
    /// fmt.Fprint* to os.Stdout or os.Stderr (the only writers so far).
    func fprint(_ qual: String, _ c: CallExpr) -> NativeID? {
        guard qual == "fmt.Fprint" || qual == "fmt.Fprintln" || qual == "fmt.Fprintf",
              let s = unparen(c.args[0]) as? SelectorExpr, let pn = s.x as? Name, let p = obj(pn) as? PkgName,
              p.imported.path == "os", s.sel.value == "Stdout" || s.sel.value == "Stderr" else { return nil }
        let toErr = s.sel.value == "Stderr"
        switch qual {
        case "fmt.Fprint": return toErr ? .fmtEprint : .fmtPrint
        case "fmt.Fprintln": return toErr ? .fmtEprintln : .fmtPrintln
        default: return toErr ? .fmtEprintf : .fmtPrintf
        }
    }

    /// Compiles fmt.Fprint*(os.X, args…) as the matching print native (the writer argument dropped).
    func fprintCall(_ c: CallExpr, sig: Signature, _ nid: inout NativeID) throws(CompileError) -> (Int, Signature) {
        let params = Tuple(Array(sig.params.vars.dropFirst()))
        let s2 = Signature(params: params, results: sig.results, variadic: sig.variadic)
        return try fprintCall(dropWriter: c, sig: s2, &nid)
    }

    /// A print native on the arguments after the writer; `sig` is the native's signature (no writer).
    func fprintCall(dropWriter c: CallExpr, sig s2: Signature, _ nid: inout NativeID) throws(CompileError) -> (Int, Signature) {
        let params = s2.params
        let sig = s2
        let pslots = params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(max(pslots, rslots, 1))
        // arguments after the writer
        var slot = base
        let fixed = params.count - 1
        for i in 0..<fixed {
            let t = params.vars[i].type!
            try expr(c.args[1 + i], into: slot, as: t)
            slot += TypeTable.slots(t)
        }
        if c.hasDots { try expr(c.args[1 + fixed], into: slot) }
        else { try packVariadic(Array(c.args.dropFirst(1 + fixed)), sliceType: params.vars[fixed].type!, into: slot) }
        if !c.hasDots {
            let argTypes = c.args.dropFirst(1 + fixed).map { typeOf($0) }
            try callFormatMethods(argTypes, slice: slot, format: fixed == 1 ? c.args[1] : nil)
        } else {
            try preformatSpread(slice: slot, format: fixed == 1 ? c.args[1] : nil)
        }
        fb.line(c.pos)
        fb.emitBC(.callNat, base, nid.rawValue)
        return (base, s2)
    }
}

extension FuncCompiler {
    /// A call of a method with type parameters of its own (Go 1.27): the instance for the
    /// receiver's and the method's type arguments (explicit, or inferred); nil for other calls.
    func genericMethodCall(_ c: CallExpr, _ fun: Expr) throws(CompileError) -> (Int, Signature)? {
        var sel = fun as? SelectorExpr
        var explicit: [Expr] = []
        if let ix = fun as? IndexExpr, let s = unparen(ix.x) as? SelectorExpr { sel = s; explicit = unpackList(ix.index) }
        guard let s = sel else { return nil }
        if let pn = s.x as? Name, obj(pn) is PkgName { return nil }
        let xt = typeOf(s.x)
        guard !isInterfaceType(xt), case .method(let m, let path) = selection(xt, s.sel.value, in: checker.pkg),
              !m.signature.tparams.isEmpty, m.hasBody else { return nil }
        let tps = m.signature.tparams
        var bound: [ObjectIdentifier: GoType] = [:]
        for (i, te) in explicit.enumerated() where i < tps.count {
            if let t = resolveType(te).map({ sub($0) }) ?? tvType(te) { bound[ObjectIdentifier(tps[i])] = t }
        }
        let params = m.signature.params.vars
        let fixed = params.count - (m.signature.variadic ? 1 : 0)
        for (i, a) in c.args.enumerated() {
            if i < fixed {
                bindTypeParams(params[i].type!, typeOf(a), &bound)
            } else if let last = params.last?.type as? Types.Slice {
                bindTypeParams(c.hasDots ? last : last.elem, typeOf(a), &bound)
            }
        }
        if let inst = tvType(fun)?.underlying as? Signature {
            for (g, t) in zip(params + m.signature.results.vars, inst.params.vars + inst.results.vars) {
                bindTypeParams(g.type!, t.type!, &bound)
            }
        }
        let targs = tps.compactMap { bound[ObjectIdentifier($0)] }.filter { !containsTypeParam($0) }
        let recvBase = receiverBase(xt, path)
        let base = (recvBase as? Types.Pointer)?.elem ?? recvBase
        let inst = (base as? Named).flatMap { $0.targs.isEmpty ? nil : $0 }
        guard targs.count == tps.count, let idx = compiler.methodInstance(m, inst, targs: targs),
              let isig = compiler.instanceSigs[idx] else {
            throw CompileError.unsupported(startPos(c), "this call of a generic method is")
        }
        let msig = Signature(params: isig.params, results: isig.results, variadic: isig.variadic)
        return try emitCall(c, sig: msig, recv: (m, s, path), recvType: isig.recv?.type) { b in fb.emitBC(.call, b, idx) }
    }

    /// A call of a generic package function: the function and its type arguments (nil if they cannot be found).
    func genericCallee(_ fun: Expr, call: CallExpr) -> (Func, [GoType]?)? {
        var base = fun
        var explicit: [Expr] = []
        if let ix = fun as? IndexExpr { base = unparen(ix.x); explicit = unpackList(ix.index) }
        var f: Func?
        if let n = base as? Name { f = obj(n) as? Func }
        if let s = base as? SelectorExpr, let pn = s.x as? Name, obj(pn) is PkgName { f = checker.uses[ObjectIdentifier(s.sel)] as? Func }
        guard let gf = f, !gf.signature.tparams.isEmpty, gf.hasBody, gf.signature.recv == nil else { return nil }
        let tps = gf.signature.tparams
        var m: [ObjectIdentifier: GoType] = [:]
        for (i, te) in explicit.enumerated() where i < tps.count {
            if let t = resolveType(te).map({ sub($0) }) ?? tvType(te) { m[ObjectIdentifier(tps[i])] = t }
        }
        // inferred from the arguments (the checker records the generic signature on the callee)
        let params = gf.signature.params.vars
        for (i, a) in call.args.enumerated() {
            if let inner = unparen(a) as? CallExpr, call.args.count == 1, let rtypes = multiResultTypes(inner) {
                for (g, r) in zip(params, rtypes) { bindTypeParams(g.type!, r, &m) }
                break
            }
            let at = typeOf(a)
            if i < params.count - (gf.signature.variadic ? 1 : 0) {
                bindTypeParams(params[i].type!, at, &m)
            } else if gf.signature.variadic, let last = params.last?.type as? Types.Slice {
                if call.hasDots { bindTypeParams(last, at, &m) } else { bindTypeParams(last.elem, at, &m) }
            }
        }
        // core types of constraints: bound parameters reveal others (M ~map[K]V), and
        // unbound ones follow from the rest (PT interface{ *T; … })
        var changed = true
        var rounds = 0
        while changed && rounds < 8 {
            changed = false
            rounds += 1
            for tp in tps {
                guard let terms = tp.iface.typeSet.terms, let core = coreOfTerms(terms) else { continue }
                if let bound = m[ObjectIdentifier(tp)] {
                    let before = m.count
                    bindTypeParams(core, bound.underlying, &m)
                    if m.count != before { changed = true }
                } else {
                    let t = substitute(core, m)
                    if !containsTypeParam(t) { m[ObjectIdentifier(tp)] = t; changed = true }
                }
            }
        }
        // generic functions passed as arguments (Apply(3, Double)): their own type
        // arguments follow from the parameter type as far as it is known, and their
        // instance then tells the rest
        for (i, a) in call.args.enumerated() where i < params.count {
            guard let af = genericFuncValue(a) else { continue }
            var am: [ObjectIdentifier: GoType] = [:]
            let want = substitute(params[i].type!, m)
            bindTypeParams(af.signature, want, &am)
            let atargs = af.signature.tparams.compactMap { am[ObjectIdentifier($0)] }
            guard atargs.count == af.signature.tparams.count else { continue }
            let inst = substitute(Signature(params: af.signature.params, results: af.signature.results, variadic: af.signature.variadic), am)
            bindTypeParams(params[i].type!, inst, &m)
        }
        let targs = tps.compactMap { m[ObjectIdentifier($0)] }
        return (gf, targs.count == tps.count ? targs : nil)
    }

    /// The type a constraint's terms share: the one term's, or for channels of one element
    /// type the directional one (`~<-chan E | ~chan E`).
    func coreOfTerms(_ terms: [Term]) -> GoType? {
        if terms.count == 1 { return terms[0].type }
        var core: Chan?
        for t in terms {
            guard let c = t.type.underlying as? Chan else { return nil }
            guard let cur = core else { core = c; continue }
            if !typesIdentical(cur.elem, c.elem) || (cur.dir != .both && c.dir != .both && cur.dir != c.dir) { return nil }
            if cur.dir == .both { core = c }
        }
        return core
    }

    /// The generic function an argument names without type arguments (Double, cmp.Compare), if any.
    func genericFuncValue(_ e: Expr) -> Func? {
        var f: Func?
        if let n = unparen(e) as? Name { f = obj(n) as? Func }
        if let s = unparen(e) as? SelectorExpr, let pn = s.x as? Name, obj(pn) is PkgName { f = checker.uses[ObjectIdentifier(s.sel)] as? Func }
        guard let gf = f, !gf.signature.tparams.isEmpty, gf.hasBody, gf.signature.recv == nil else { return nil }
        return gf
    }

    func containsTypeParam(_ t: GoType) -> Bool {
        switch t {
        case is TypeParam: return true
        case let p as Types.Pointer: return containsTypeParam(p.elem)
        case let s as Types.Slice: return containsTypeParam(s.elem)
        case let a as Types.ArrayType: return containsTypeParam(a.elem)
        case let mt as Types.MapType: return containsTypeParam(mt.key) || containsTypeParam(mt.elem)
        case let c as Chan: return containsTypeParam(c.elem)
        case let n as Named: return n.targs.contains { containsTypeParam($0) }
        case let s as Struct: return s.fields.contains { containsTypeParam($0.type!) }
        case let sg as Signature:
            return sg.params.vars.contains { containsTypeParam($0.type!) } || sg.results.vars.contains { containsTypeParam($0.type!) }
        default: return false
        }
    }

    /// Matches a generic type against its instance, recording what each type parameter stands for.
    func bindTypeParams(_ g: GoType, _ c: GoType, _ m: inout [ObjectIdentifier: GoType]) {
        // a type literal matches the underlying type of a named argument (type IDs []int)
        let c = g is TypeParam || g is Named ? unalias(c) : c.underlying
        switch g {
        case let tp as TypeParam: if m[ObjectIdentifier(tp)] == nil && !(c is TypeParam) { m[ObjectIdentifier(tp)] = c }
        case let p as Types.Pointer: if let q = c as? Types.Pointer { bindTypeParams(p.elem, q.elem, &m) }
        case let s as Types.Slice: if let q = c as? Types.Slice { bindTypeParams(s.elem, q.elem, &m) }
        case let a as Types.ArrayType: if let q = c as? Types.ArrayType { bindTypeParams(a.elem, q.elem, &m) }
        case let mt as Types.MapType:
            if let q = c as? Types.MapType { bindTypeParams(mt.key, q.key, &m); bindTypeParams(mt.elem, q.elem, &m) }
        case let ch as Chan: if let q = c as? Chan { bindTypeParams(ch.elem, q.elem, &m) }
        case let s as Signature:
            if let q = c as? Signature {
                for (x, y) in zip(s.params.vars, q.params.vars) { bindTypeParams(x.type!, y.type!, &m) }
                for (x, y) in zip(s.results.vars, q.results.vars) { bindTypeParams(x.type!, y.type!, &m) }
            }
        case let n as Named:
            if let q = c as? Named, q.originOrSelf === n.originOrSelf {
                for (x, y) in zip(n.targs, q.targs) { bindTypeParams(x, y, &m) }
            } else if !(n.underlying is Named) {
                // an unnamed value of the generic type's underlying type (a func literal as an iter.Seq)
                bindTypeParams(n.underlying, c.underlying, &m)
            }
        default: break
        }
    }
}

extension FuncCompiler {
    /// The type that declares a method selected on x through `path` (embedded fields).
    func receiverBase(_ xt: GoType, _ path: [Int]) -> GoType {
        var t = xt
        for i in path {
            if let p = t.underlying as? Types.Pointer { t = p.elem }
            guard let s = t.underlying as? Struct else { return t }
            t = s.fields[i].type!
        }
        return t
    }
}

extension FuncCompiler {
    /// The native implementing a standard-library method (sync.(*WaitGroup).Add, …).
    func methodNative(_ m: Func) -> NativeID? {
        guard let pkg = m.pkg, let rt = m.signature.recv?.type else { return nil }
        var name: String
        if let p = rt as? Types.Pointer, let n = p.elem as? Named { name = "(*\(n.obj.name))" }
        else if let n = rt as? Named { name = n.obj.name } else { return nil }
        name = "\(pkg.path).\(name).\(m.name)"
        return NativeID.byGoName[name]
    }

    /// A native method: receiver (a pointer) then the arguments, from the base slot.
    func nativeMethodCall(_ c: CallExpr, _ s: SelectorExpr, _ m: Func, _ path: [Int], sig: Signature, _ nid: NativeID) throws(CompileError) -> (Int, Signature) {
        let pslots = sig.params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(max(1 + pslots, rslots, 1))
        try receiver(m, s, path, into: base)
        try arguments(c, sig: sig, into: base + 1)
        fb.line(c.pos)
        fb.emitBC(.callNat, base, nid.rawValue)
        return (base, sig)
    }
}

extension FuncCompiler {
    /// fmt.Fprint*(&sb, …) with sb a strings.Builder: Sprint* then WriteString.
    /// fmt.Fprint*(w, args…) for any io.Writer but os.Stdout/os.Stderr: Sprint* natively, then fmt's Go helper
    /// writeString(w, s) makes the one Write call.
    func fprintToWriter(_ qual: String, _ c: CallExpr, sig: Signature) throws(CompileError) -> (Int, Signature)? {
        guard qual == "fmt.Fprint" || qual == "fmt.Fprintln" || qual == "fmt.Fprintf", let w = c.args.first,
              let write = Importer.shared.importPackage("fmt")?.scope.lookup("writeString") as? Func, write.hasBody,
              let writerType = write.signature.params.vars.first?.type else { return nil }
        var nid: NativeID = qual == "fmt.Fprint" ? .fmtSprint : qual == "fmt.Fprintln" ? .fmtSprintln : .fmtSprintf
        let params = Tuple(Array(sig.params.vars.dropFirst()))
        let s2 = Signature(params: params, results: Tuple([Var(name: "", pos: .none, type: Universe.string, pkg: nil)]), variadic: true)
        let call = try fb.alloc(FrameHeader.size + 2 + 2 + 4)
        try expr(w, into: call + FrameHeader.size, as: writerType)
        let (str, _) = try fprintCall(dropWriter: c, sig: s2, &nid)
        fb.emit(.mov2, call + FrameHeader.size + 2, str)
        fb.line(c.pos)
        fb.emitBC(.call, call, compiler.function(write))
        return (call + FrameHeader.size + 4, sig)
    }

}

extension FuncCompiler {
    /// A callee that is (an instantiation of) a generic function or method this compiler cannot instantiate.
    func isGenericCallee(_ fun: Expr) -> Bool {
        var base = fun
        if let ix = fun as? IndexExpr { base = unparen(ix.x) }
        if let s = base as? SelectorExpr, let f = checker.uses[ObjectIdentifier(s.sel)] as? Func {
            return !f.signature.tparams.isEmpty
        }
        return false
    }
}

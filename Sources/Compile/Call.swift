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
            guard let sig = calleeSignature(c) else { throw CompileError.unsupported(startPos(c), "this generic call is") }
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
                if let r = try inlineCall(c, f) { return r }
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
                try newObject(p, Types.ArrayType(sl.elem, Int64(n)), for: c)
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
                try packVariadic(Array(c.args.dropFirst(fixed)), sliceType: st, into: slot, site: c)
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
    func packVariadic(_ args: [Expr], sliceType: GoType, into dst: Int, site: CallExpr?) throws(CompileError) {
        guard let sl = sliceType.underlying as? Types.Slice else { throw CompileError(.none, "gosub: internal error: variadic") }
        if args.isEmpty { fb.emit(.zero, dst, 3); return }
        let arrT = Types.ArrayType(sl.elem, Int64(args.count))
        let p = try fb.alloc(1)
        try newObject(p, arrT, for: site)
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
        switch nid {
        case .fmtPrint, .fmtPrintln, .fmtPrintf, .fmtSprint, .fmtSprintln, .fmtSprintf:
            // the `...` array kept in the frame is dead once fmt returned (its results
            // never hold it): cleared, so that what its values point to can be freed
            if let r = frameObject(c) { fb.emit(.zero, r.lowerBound, r.count) }
        default: break
        }
        return (base, sig)
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

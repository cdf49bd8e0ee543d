// defer: the function value and its arguments are evaluated at the defer
// statement (spec), into consecutive slots [callee, args…] laid out as the
// callee's parameters (receiver first); `deferPush` copies them into a heap
// record on the goroutine's defer list. `deferRun` (in every return path of
// a function with defers, and at its recovery landing) runs them LIFO.
// Natives (fmt.Println, …) are deferred the same way with their native id.

import Base
import Syntax
import Types
import Bytecode

extension FuncCompiler {
    func deferStmt(_ d: CallStmt) throws(CompileError) {
        guard let c = unparen(d.call) as? CallExpr else { throw CompileError(d.pos, "gosub: internal error: defer") }
        let mark = fb.top
        defer { fb.top = mark }
        let isGo = d.tok == .kwGo
        if !isGo, builtinID(c.fun) == .close {
            let base = try fb.alloc(2)
            fb.loadInt(base, Int64(NativeID.closeChan.rawValue))
            try expr(c.args[0], into: base + 1)
            fb.line(d.pos)
            try emitDeferPush(base, 1, kind: 1)
            return
        }
        if let b = builtinID(c.fun), [.print, .println, .panic, .delete, .recover, .copy].contains(b) {
            return try deferBuiltin(b, c, d, isGo: isGo)
        }
        if builtinID(c.fun) != nil || isTypeExpr(c.fun) {
            throw CompileError.unsupported(d.pos, isGo ? "go with a builtin is" : "deferring a builtin is")
        }
        let fun = unparen(c.fun)
        guard let sig = tvType(fun)?.underlying as? Signature, sig.tparams.isEmpty else {
            throw CompileError.unsupported(d.pos, "deferring a generic function is")
        }
        var f: Func?
        var recv: (Func, SelectorExpr, [Int])?
        if let n = fun as? Name, let fo = obj(n) as? Func { f = fo }
        if let s = fun as? SelectorExpr {
            if let pn = s.x as? Name, obj(pn) is PkgName {
                f = checker.uses[ObjectIdentifier(s.sel)] as? Func
            } else if case .method(let m, let path) = selection(typeOf(s.x), s.sel.value, in: checker.pkg) {
                if !isGo, !m.hasBody, let nid = methodNative(m) {
                    // defer wg.Done(), defer mu.Unlock(): a native record with the receiver first
                    let pslots = sig.params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
                    let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
                    let base = try fb.alloc(1 + max(1 + pslots, rslots, 1))
                    fb.loadInt(base, Int64(nid.rawValue))
                    try receiver(m, s, path, into: base + 1)
                    try arguments(c, sig: sig, into: base + 2)
                    fb.line(d.pos)
                    try emitDeferPush(base, max(1 + pslots, rslots, 1), kind: 1)
                    return
                }
                if isInterfaceType(typeOf(s.x)) || !m.hasBody || compiler.isGenericMethod(m) {
                    // through the method value x.m, evaluated now (a nil interface panics here, as in Go)
                } else {
                    recv = (m, s, path)
                    f = m
                }
            }
        }
        var paramTypes: [GoType] = []
        if let (m, _, _) = recv { paramTypes.append(m.signature.recv!.type!) }
        paramTypes += sig.params.vars.map { $0.type! }
        let pslots = paramTypes.reduce(0) { $0 + TypeTable.slots($1) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        if let f, !f.hasBody {
            let qual = "\(f.pkg?.path ?? "?").\(f.name)"
            guard let nid = NativeID.byGoName[qual], !isGo else { throw CompileError.unsupported(d.pos, isGo ? "go \(qual) is" : "\(qual) is") }
            let base = try fb.alloc(1 + max(pslots, rslots, 1))
            try arguments(c, sig: sig, into: base + 1)
            fb.loadInt(base, Int64(nid.rawValue))
            fb.line(d.pos)
            try emitDeferPush(base, max(pslots, rslots, 1), kind: 1)
            return
        }
        let base = try fb.alloc(1 + pslots)
        if let f {
            fb.loadStatic(base, compiler.staticClosure(compiler.function(f)))
        } else {
            try expr(fun, into: base)
        }
        var slot = base + 1
        if let (m, s, path) = recv {
            try receiver(m, s, path, into: slot)
            slot += TypeTable.slots(paramTypes[0])
        }
        try arguments(c, sig: sig, into: slot)
        fb.line(d.pos)
        if isGo { fb.emit(.goStart, base, pslots) } else { try emitDeferPush(base, pslots, kind: 0) }
    }
}

extension FuncCompiler {
    /// defer / go of print, println, panic, delete, copy or recover: the arguments are
    /// evaluated now and passed to a small generated function that makes the call.
    /// (A deferred recover() is not called by a deferred function: it recovers nothing.)
    func deferBuiltin(_ b: BuiltinID, _ c: CallExpr, _ d: CallStmt, isGo: Bool) throws(CompileError) {
        var types: [GoType] = []
        switch b {
        case .print, .println: types = c.args.map { printType($0) }
        case .panic: types = [Universe.anyType]
        case .delete: types = [typeOf(c.args[0]), (typeOf(c.args[0]).underlying as? Types.MapType)?.key ?? Universe.invalid]
        case .copy: types = [typeOf(c.args[0]), typeOf(c.args[1])]
        default: types = []
        }
        let slots = types.map { max(TypeTable.slots($0), 1) }
        let pslots = slots.reduce(0, +)
        let base = try fb.alloc(1 + max(pslots, 1))
        var slot = base + 1
        for (i, a) in c.args.enumerated() where i < types.count {
            if let cv = tv(a)?.value, !isInterfaceType(types[i]) { try constant(cv, types[i], into: slot, at: a) } else { try expr(a, into: slot, as: types[i]) }
            slot += slots[i]
        }
        closureCount += 1
        let idx = compiler.newFunc(name: "\(fb.meta.name).\(b.rawValue)\(closureCount)", pos: c.pos)
        let meta = compiler.program.funcs[idx]
        meta.paramSlots = pslots
        let wb = FuncBuilder(meta: meta, firstFree: FrameHeader.size + pslots)
        // the body is emitted by this compiler into the generated function's builder
        let saved = fb
        fb = wb
        defer { fb = saved }
        fb.line(c.pos)
        var p = FrameHeader.size
        switch b {
        case .print, .println:
            fb.emitBC(.callNat, p, NativeID.printLock.rawValue)
            for (i, t) in types.enumerated() {
                if b == .println && i > 0 { fb.emitBC(.callNat, p, NativeID.printSpace.rawValue) }
                try printValue(t, p, at: c.args[i])
                p += slots[i]
            }
            if b == .println { fb.emitBC(.callNat, FrameHeader.size, NativeID.printNewline.rawValue) }
            fb.emitBC(.callNat, FrameHeader.size, NativeID.printUnlock.rawValue)
        case .panic:
            fb.emit(.panicV, p)
        case .delete:
            fb.emit(.mapDelete, p, p + 1); fb.imm(compiler.types.id(types[0]))
        case .copy:
            let n = try fb.alloc(1)
            let et = (types[0].underlying as? Types.Slice)?.elem ?? Universe.uint8
            fb.emit(.copySl, n, p, p + slots[0]); fb.imm(TypeTable.size(et))
        default:
            break
        }
        fb.emit(.ret)
        try compiler.finish(idx, fb)
        fb = saved
        fb.loadStatic(base, compiler.staticClosure(idx))
        fb.line(d.pos)
        if isGo { fb.emit(.goStart, base, pslots) } else { try emitDeferPush(base, pslots, kind: 0) }
    }
}

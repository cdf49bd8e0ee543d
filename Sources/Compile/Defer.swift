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
                    throw CompileError.unsupported(d.pos, isGo ? "go with this method call is" : "deferring this method call is")
                }
                recv = (m, s, path)
                f = m
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

// This file implements go and defer (gc's normalizeGoDeferCall and
// goDeferStmt): a call with arguments becomes a wrapper closure over
// temporaries evaluated at the statement; the wrapper escapes for `go` and
// for `defer` inside a loop, and is never reported by -m.

import Base
import Syntax
import Types

extension Walker {
    /// gc's normalizeGoDeferCall and goDeferStmt: a call with arguments
    /// becomes a wrapper closure over temporaries holding them.
    func goDefer(_ s: CallStmt) {
        var k = batch.heapHole
        if s.tok == .kwDefer && loopDepth == 1 {
            let later = batch.newLoc(.temp, fn: fn, loopDepth: loopDepth, persists: true)
            k = later.hole
        }
        guard let c = unparen(s.call) as? CallExpr else { discard(s.call); return }
        let isBuiltin = prog.builtin(c.fun) != nil
        if !isBuiltin, prog.conversionType(c) == nil, let sig = prog.typeOf(c.fun)?.underlying as? Signature,
           sig.params.count + sig.results.count == 0 {
            let fun = unparen(c.fun)
            let isMethodCall = (fun as? SelectorExpr).map { !prog.isQualified($0) && prog.selection($0)?.method != nil } ?? false
            if !isMethodCall {
                expr(k, c.fun)
                return
            }
        }
        // arguments evaluated now, into temporaries the wrapper captures
        var unsafeArgs: [(Expr, GoType?)] = []
        func visitArg(_ a: Expr, _ target: GoType?) {
            let u = unparen(a)
            let converted = target.map(isInterfaceType) == true && !(prog.typeOf(u).map(isInterfaceType) ?? false)
            if prog.constValue(u) != nil && !converted { return }
            if let n = u as? Name {
                if prog.obj(n) is Func || prog.obj(n) is NilObject || n.value == "nil" { return }
            }
            if let s = u as? SelectorExpr, prog.isQualified(s), prog.obj(s.sel) is Func { return }
            if let cc = u as? CallExpr, prog.builtin(cc.fun) == .new { return }
            if let cl = u as? CompositeLit, let t = prog.typeOf(cl), !(t.underlying is Types.MapType),
               !(target.map(isInterfaceType) ?? false) {
                let st = t.underlying as? Struct
                for (i, el) in cl.elems.enumerated() {
                    let v = (el as? KeyValueExpr)?.value ?? el
                    var et: GoType? = nil
                    if let st {
                        if let kv = el as? KeyValueExpr, let kn = kv.key as? Name { et = st.fields.first { $0.name == kn.value }?.type }
                        else if i < st.fields.count { et = st.fields[i].type }
                    } else if let a = t.underlying as? Types.ArrayType { et = a.elem } else if let sl = t.underlying as? Slice { et = sl.elem }
                    visitArg(v, et)
                }
                return
            }
            unsafeArgs.append((a, target))
        }
        let fun = unparen(c.fun)
        var sigParams: [Var] = []
        var variadic = false
        if let sig = prog.typeOf(c.fun)?.underlying as? Signature { sigParams = sig.params.vars; variadic = sig.variadic }
        if isBuiltin {
            for a in c.args { visitArg(a, nil) }
        } else {
            if let s = fun as? SelectorExpr, !prog.isQualified(s), prog.selection(s)?.method != nil, !prog.isTypeExpr(s.x) {
                unsafeArgs.append((s.x, nil))   // the receiver
            } else {
                visitArg(c.fun, nil)
            }
            for (i, a) in c.args.enumerated() {
                var t: GoType? = nil
                if i < sigParams.count { t = sigParams[i].type }
                if variadic && i >= sigParams.count - 1 && !c.hasDots { t = (sigParams.last?.type as? Slice)?.elem }
                if i >= sigParams.count, variadic, !c.hasDots { t = (sigParams.last?.type as? Slice)?.elem }
                visitArg(a, t)
            }
        }
        let wrapperNode = Node(s.pos)
        let wrapper = FuncInfo(decl: nil, lit: nil, obj: nil, sig: Signature(params: Tuple([]), results: Tuple([]), variadic: false),
                               parent: fn, name: fn.name + ".gowrap")
        analysis.wrappers.append(wrapper)
        var temps: [(Expr, Location)] = []
        for (a, t) in unsafeArgs {
            let v = Var(name: "", pos: a.pos, type: prog.typeOf(a), pkg: prog.checker.pkg)
            let loc = batch.newLoc(.variable(v), fn: fn, loopDepth: loopDepth, persists: true)
            wrapper.closureVars.append(v)
            analysis.owner[ObjectIdentifier(v)] = fn
            if a === c.fun || (fun as? SelectorExpr)?.x === a {
                if let s = fun as? SelectorExpr, s.x === a, let sel = prog.selection(s), let m = sel.method, let xt = prog.typeOf(s.x) {
                    expr(receiverHole(loc.hole, xt, sel, m), a)
                } else {
                    expr(loc.hole, a)
                }
            } else {
                exprConv(loc.hole, a, to: t)
            }
            temps.append((a, loc))
        }
        // the wrapper closure
        if temps.isEmpty {
            // captures nothing: a function of its own, analysed before this one
            let sub = Batch(analysis: analysis, fns: [wrapper])
            sub.wrapperBody = c
            sub.run()
            return
        }
        let loc = batch.newLoc(.site(wrapperNode, text: { "func literal" }), fn: fn, loopDepth: loopDepth, persists: false)
        batch.wrapperSites.insert(ObjectIdentifier(wrapperNode))
        analysis.goDeferWrappers[ObjectIdentifier(s)] = wrapperNode
        batch.flow(k.addr(), loc)
        batch.closures.append((loc.hole, wrapper))
        for (_, l) in temps { l.captured = true }
        let w = Walker(batch: batch, fn: wrapper)
        for (a, l) in temps { w.overrides[ObjectIdentifier(a)] = l }
        w.wrappedCall(c)
    }

    /// The body of a go/defer wrapper: the call, with its arguments read from the temporaries.
    func wrappedCall(_ c: CallExpr) {
        fn.state = .started
        call(nil, c)
    }
}

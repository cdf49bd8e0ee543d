// This file implements the order in which gc analyses functions
// (ir.VisitFuncsBottomUp): strongly connected components of the call
// graph, callees first, found with Tarjan's algorithm.

import Syntax
import Types

extension Program {
    /// The batches in gc's order: strongly connected components of the
    /// call graph, callees first; closures join their enclosing function.
    func batches() -> [[FuncInfo]] {
        var out: [[FuncInfo]] = []
        var ids: [ObjectIdentifier: UInt32] = [:]
        var gen: UInt32 = 0
        var stack: [FuncInfo] = []
        let done = UInt32.max

        func callees(_ fn: FuncInfo) -> [FuncInfo] {
            var list: [FuncInfo] = []
            let roots: [Node] = fn.body.map { [$0] } ?? fn.initExprs.map { $0.expr }
            for body in roots { visit(body) { n in
                switch n {
                case let lit as FuncLit:
                    if let c = litInfo(lit, in: fn) { list.append(c) }
                    return false
                case let fs as ForStmt:
                    if let rf = rangeFuncInfo(fs, in: fn) {
                        list.append(rf.body)   // the body's own calls are the closure's; visiting them here too is harmless
                    }
                    return true
                case let name as Name:
                    if let f = checker.uses[ObjectIdentifier(name)] as? Func, let c = byObj[ObjectIdentifier(f.origin ?? f)] {
                        list.append(c)
                    }
                    return true
                case let s as SelectorExpr:
                    if !isQualified(s), let sel = selection(s), let m = sel.method, let xt = typeOf(s.x),
                       let inst = methodInstance(m, receiver: embeddedBase(xt, sel.path)) {
                        list.append(inst)
                    }
                    return true
                case let call as CallExpr:
                    if let f = referent(call.fun) as? Func, templates[ObjectIdentifier(f.origin ?? f)] != nil,
                       let inst = instance(of: f, call: call) {
                        list.append(inst)
                    }
                    return true
                default:
                    return true
                }
            } }
            return list
        }

        func visitFn(_ fn: FuncInfo) -> UInt32 {
            if let id = ids[ObjectIdentifier(fn)] { return id }
            let saved = subst
            subst = fn.outermost.subst
            defer { subst = saved }
            gen += 1
            let id = gen
            ids[ObjectIdentifier(fn)] = id
            gen += 1
            var minGen = gen
            stack.append(fn)
            for c in callees(fn) {
                let m = visitFn(c)
                if m < minGen { minGen = m }
            }
            if (minGen == id || minGen == id + 1) && !fn.isCapturing {
                var i = stack.count - 1
                while i >= 0 {
                    ids[ObjectIdentifier(stack[i])] = done
                    if stack[i] === fn { break }
                    i -= 1
                }
                out.append(Array(stack[max(i, 0)...]))
                stack.removeSubrange(max(i, 0)...)
            }
            return minGen
        }
        for f in funcs { _ = visitFn(f) }
        return out
    }
}

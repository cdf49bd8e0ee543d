// This file implements gc's rewrite of range-over-function loops
// (rangefunc): the loop body becomes a closure `func(k, v) bool` passed to
// the iterator, over a `#stateN` variable of the enclosing function.

import Syntax
import Types

extension Program {
    /// gc's rangefunc rewrite, for loops whose body does not leave the
    /// function's control (no return, goto, defer, labeled break/continue):
    /// the body becomes a closure over a `#stateN` variable of fn.
    func rangeFunc(_ fs: ForStmt, _ r: RangeClause, _ fn: FuncInfo) -> RangeFunc? {
        guard let it = typeOf(r.x)?.underlying as? Signature, it.params.count == 1,
              let yt = it.params.vars[0].type?.underlying as? Signature else { return nil }
        let lhs = unpackList(r.lhs)
        if !lhs.isEmpty && !r.def { return nil }
        var params: [Var] = []
        for (i, l) in lhs.enumerated() {
            if let n = l as? Name, let v = checker.defs[ObjectIdentifier(n)] as? Var {
                params.append(v)
            } else {
                params.append(Var(name: "", pos: l.pos, type: i < yt.params.count ? yt.params.vars[i].type : nil, pkg: checker.pkg))
            }
        }
        // a body that leaves the loop needs gc's #next protocol: not modelled
        var leaves = false
        func scan(_ n: Node, depth: Int) {
            visit(n) { m in
                switch m {
                case is FuncLit: return false
                case is ReturnStmt: leaves = true
                case let c as CallStmt where c.tok == .kwDefer: leaves = true
                case let b as BranchStmt:
                    // continue of the loop itself is the closure's `return true`, break its `return false`
                    if b.tok == .kwGoto || b.label != nil { leaves = true }
                case let f as ForStmt:
                    if m !== fs { scan(f.body, depth: depth + 1); return false }
                case let s as SwitchStmt:
                    for c in s.body { for st in c.body { scanBreaks(st, depth: depth) } }
                    return false
                case let s as SelectStmt:
                    for c in s.body { for st in c.body { scanBreaks(st, depth: depth) } }
                    return false
                default: break
                }
                return !leaves
            }
        }
        // inside switch/select, break is local but continue is not
        func scanBreaks(_ n: Node, depth: Int) {
            visit(n) { m in
                switch m {
                case is FuncLit: return false
                case is ReturnStmt: leaves = true
                case let c as CallStmt where c.tok == .kwDefer: leaves = true
                case let b as BranchStmt:
                    if b.tok == .kwGoto || b.label != nil { leaves = true }
                case let f as ForStmt: scan(f.body, depth: depth + 1); return false
                default: break
                }
                return !leaves
            }
        }
        scan(fs.body, depth: 0)
        if leaves { return nil }
        let outer = fn.outermost
        outer.rangeFuncCount += 1
        let state = Var(name: "#state\(outer.rangeFuncCount)", pos: fs.pos, type: Universe.int, pkg: checker.pkg)
        owner[ObjectIdentifier(state)] = fn
        fn.locals.append(state)
        let sig = Signature(params: Tuple(params), results: Tuple([Var(name: "", pos: fs.pos, type: Universe.bool, pkg: nil)]), variadic: false)
        let child = FuncInfo(decl: nil, lit: nil, obj: nil, sig: sig, parent: fn, name: "\(outer.name)-range\(outer.rangeFuncCount)")
        child.rangeBody = fs.body
        fn.children.append(child)
        let rf = RangeFunc(body: child, state: state)
        if outer.isInstance { outer.instanceRangeFuncs[ObjectIdentifier(fs)] = rf } else { rangeFuncs[ObjectIdentifier(fs)] = rf }
        return rf
    }

    func rangeFuncInfo(_ fs: ForStmt, in fn: FuncInfo) -> RangeFunc? {
        fn.outermost.instanceRangeFuncs[ObjectIdentifier(fs)] ?? rangeFuncs[ObjectIdentifier(fs)]
    }
}

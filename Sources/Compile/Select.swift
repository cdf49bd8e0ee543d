// select: every channel operand and sent value is evaluated first, in
// source order, into a case table (5 slots a case: kind, channel, address
// of the value slots, their count, address of the ok flag); the `select`
// instruction picks a case (parking if it must) and leaves its index after
// the table; a compare chain then jumps to the case body, which first
// assigns what a receive case received.

import Base
import Syntax
import Types
import Bytecode

extension FuncCompiler {
    func selectStmt(_ s: SelectStmt, label: Name?) throws(CompileError) {
        let start = fb.top
        let cases = s.body.filter { $0.comm != nil }
        let hasDefault = s.body.contains { $0.comm == nil }
        let table = try fb.alloc(5 * cases.count + 1)
        // per case: the received value's slots and ok flag
        var recvSlots: [Int: (Int, Int, GoType)] = [:]
        for (i, c) in cases.enumerated() {
            let d = table + 5 * i
            fb.line(c.pos)
            if let st = c.comm as? SendStmt {
                guard let ct = typeOf(st.chan).underlying as? Chan else { throw CompileError(st.pos, "gosub: internal error: select send") }
                fb.loadInt(d, 0)
                try expr(st.chan, into: d + 1)
                let n = TypeTable.slots(ct.elem)
                let v = try fb.alloc(max(n, 1))
                try expr(st.value, into: v, as: ct.elem)
                fb.emit(.lea, d + 2, v)
                fb.loadInt(d + 3, Int64(n))
                fb.loadInt(d + 4, 0)
            } else {
                var recvExpr: Expr?
                if let e = c.comm as? ExprStmt { recvExpr = e.x }
                if let a = c.comm as? AssignStmt { recvExpr = unpackList(a.rhs).first }
                guard let re = recvExpr.map(unparen) as? Operation, re.op == .recv, let ct = typeOf(re.x).underlying as? Chan else {
                    throw CompileError.unsupported(c.pos, "this select case is")
                }
                fb.loadInt(d, 1)
                try expr(re.x, into: d + 1)
                let n = TypeTable.slots(ct.elem)
                let v = try fb.alloc(n + 1)
                fb.emit(.lea, d + 2, v)
                fb.loadInt(d + 3, Int64(n))
                fb.emit(.lea, d + 4, v + n)
                recvSlots[i] = (v, v + n, ct.elem)
            }
        }
        fb.line(s.pos)
        fb.emit(.select, table, cases.count, hasDefault ? 1 : 0)
        let chosen = table + 5 * cases.count
        let end = fb.newLabel()
        let bodies = s.body.map { _ in fb.newLabel() }
        let k = try fb.alloc(1)
        let cond = try fb.alloc(1)
        var ci = 0
        for (bi, c) in s.body.enumerated() {
            if c.comm == nil {
                fb.loadInt(k, -1)
            } else {
                fb.loadInt(k, Int64(ci)); ci += 1
            }
            fb.emit(.eqI, cond, chosen, k)
            fb.jumpIf(cond, bodies[bi], when: true)
        }
        fb.jump(end)
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: nil))
        ci = 0
        for (bi, c) in s.body.enumerated() {
            fb.bind(bodies[bi])
            let bstart = fb.top
            if c.comm != nil {
                if let a = c.comm as? AssignStmt, let (v, ok, et) = recvSlots[ci] {
                    let lhs = unpackList(a.lhs)
                    for (j, l) in lhs.enumerated() {
                        if isBlank(l) { continue }
                        let src = j == 0 ? v : ok
                        if a.op == .def, let n = l as? Name, let vv = checker.defs[ObjectIdentifier(n)] as? Var {
                            let p = try declare(vv); try initVar(vv, p, from: src)
                        } else {
                            try storeTo(try place(l), j == 0 ? et : Universe.bool, from: src)
                        }
                    }
                }
                ci += 1
            }
            for st in c.body { try stmt(st) }
            fb.top = bstart
            fb.jump(end)
        }
        targets.removeLast()
        fb.bind(end)
        fb.top = start
    }
}

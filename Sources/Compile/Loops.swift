// Loops, switches, labels and branches: for (three-clause and range over
// integers, arrays, slices, pointers to arrays and strings), expression
// switches with fallthrough, break/continue with labels, goto.

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    func labeled(_ l: LabeledStmt) throws(CompileError) {
        let lab = gotoLabel(l.label.value)
        fb.bind(lab)
        switch l.stmt {
        case let f as ForStmt: try forStmt(f, label: l.label)
        case let s as SwitchStmt: try switchStmt(s, label: l.label)
        case let s as SelectStmt: try selectStmt(s, label: l.label)
        default: try stmt(l.stmt)
        }
    }

    func gotoLabel(_ name: String) -> Int {
        if let l = gotoLabels[name] { return l }
        let l = fb.newLabel()
        gotoLabels[name] = l
        return l
    }

    func gotoStmt(_ name: String) throws(CompileError) {
        if try rangeBodyGoto(name) { return }
        fb.jump(gotoLabel(name))
    }

    func branch(_ b: BranchStmt) throws(CompileError) {
        switch b.tok {
        case .kwGoto:
            try gotoStmt(b.label!.value)
        case .kwBreak, .kwContinue:
            try branchTo(b.tok, label: b.label?.value, at: b)
        case .kwFallthrough:
            throw CompileError(b.pos, "gosub: internal error: misplaced fallthrough")
        default:
            throw CompileError.unsupported(b.pos, "this branch is")
        }
    }

    /// break or continue (of the labeled loop, or the innermost one).
    func branchTo(_ tok: Token, label: String?, at: Node) throws(CompileError) {
        let isContinue = tok == .kwContinue
        if let t = findTarget(label, needContinue: isContinue) {
            if isContinue, let c = t.continueLabel { fb.jump(c) } else { fb.jump(t.breakLabel) }
            return
        }
        // the loop is outside this range-over-func body
        if rangeBody != nil { return try rangeBodyBranch(tok, label: label) }
        throw CompileError(at.pos, "gosub: internal error: \(isContinue ? "continue" : "break")")
    }

    func findTarget(_ label: String?, needContinue: Bool) -> LoopTarget? {
        for t in targets.reversed() {
            if let label { if t.label?.value == label { return t } else { continue } }
            if needContinue && t.continueLabel == nil { continue }
            return t
        }
        return nil
    }

    // MARK: for

    func forStmt(_ f: ForStmt, label: Name?) throws(CompileError) {
        if let r = f.initStmt as? RangeClause { return try rangeStmt(f, r, label: label) }
        let start = fb.top
        if let i = f.initStmt { try stmt(i) }
        // loop variables living in cells get a fresh cell per iteration
        var cellVars: [Var] = []
        if let a = f.initStmt as? AssignStmt, a.op == .def {
            for l in unpackList(a.lhs) {
                if let n = l as? Name, let v = checker.defs[ObjectIdentifier(n)] as? Var, case .cell? = vars[ObjectIdentifier(v)] { cellVars.append(v) }
            }
        }
        let top = fb.newLabel(), cont = fb.newLabel(), end = fb.newLabel()
        fb.bind(top)
        if let c = f.cond { try condJump(c, falseTo: end) }
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: cont))
        try block(f.body.list)
        targets.removeLast()
        fb.bind(cont)
        for v in cellVars { try renewCell(v) }
        if let p = f.post { try stmt(p) }
        fb.jump(top)
        fb.bind(end)
        fb.top = start
    }

    /// Gives a cell variable a fresh cell holding its current value.
    func renewCell(_ v: Var) throws(CompileError) {
        // (a cell in the frame serves every iteration: nothing keeps the previous one)
        guard case .cell(let c)? = vars[ObjectIdentifier(v)], !hasFrameCell(v) else { return }
        let mark = fb.top
        let t = vt(v)
        let n = try fb.alloc(1)
        try newObject(n, t, for: nil)
        fb.emit(.cpblk, n, c); fb.imm(max(TypeTable.size(t), 0))
        fb.emit(.mov, c, n)
        fb.top = mark
    }

    // MARK: range

    func rangeStmt(_ f: ForStmt, _ r: RangeClause, label: Name?) throws(CompileError) {
        let start = fb.top
        let xt = typeOf(r.x).underlying
        let lhs = unpackList(r.lhs)
        let keyE = lhs.count > 0 ? lhs[0] : nil
        let valE = lhs.count > 1 ? lhs[1] : nil
        // iteration state
        let idx = try fb.alloc(1)
        let n = try fb.alloc(1)
        var base = -1           // slice/array pointer, or string slots
        var elemT: GoType = Universe.invalid
        var isString = false
        switch xt {
        case let b as Basic where b.isInteger:
            try expr(r.x, into: n)
        case let b as Basic where b.isString:
            base = try fb.alloc(2)
            try expr(r.x, into: base)
            fb.emit(.mov, n, base + 1)
            isString = true
            elemT = Universe.int32
        case let s as Types.Slice:
            base = try fb.alloc(3)
            try expr(r.x, into: base)
            fb.emit(.mov, n, base + 1)
            elemT = s.elem
        case let a as Types.ArrayType:
            fb.loadInt(n, a.len)
            elemT = a.elem
            if valE != nil && !isBlank(valE) {
                // range over a copy of the array
                base = try fb.alloc(1)
                let copy = try fb.alloc(TypeTable.slots(a))
                try expr(r.x, into: copy)
                fb.emit(.lea, base, copy)
            } else if !(tv(r.x)?.value != nil) && !(unparen(r.x) is Name) {
                _ = try valueSlots(r.x)
            }
        case let p as Types.Pointer:
            guard let a = p.elem.underlying as? Types.ArrayType else { throw CompileError.unsupported(r.pos, "range over \(xt) is") }
            fb.loadInt(n, a.len)
            elemT = a.elem
            base = try fb.alloc(1)
            try expr(r.x, into: base)
            if valE != nil && !isBlank(valE) { fb.emit(.nilchk, base) }
        case let mt as Types.MapType:
            fb.top = start
            return try mapRange(f, r, mt, label: label)
        case let ct as Chan:
            fb.top = start
            return try chanRange(f, r, ct, label: label)
        case let s as Signature:
            fb.top = start
            return try rangeFuncLoop(f, r, s, label: label)
        default: throw CompileError.unsupported(r.pos, "range over \(xt) is")
        }
        fb.loadInt(idx, 0)
        let width = try fb.alloc(2)   // rune, width (strings)
        let top = fb.newLabel(), cont = fb.newLabel(), end = fb.newLabel()
        fb.bind(top)
        fb.jumpCmp(.jleI, n, idx, end)
        let bodyStart = fb.top
        // the iteration variables
        var keyPlace: (Place, GoType)?
        var valPlace: (Place, GoType)?
        if r.def {
            // (a variable in the frame is written whole just below: only a cell needs creating)
            if let k = keyE as? Name, let v = checker.defs[ObjectIdentifier(k)] as? Var, k.value != "_" {
                let p = try declare(v); if !isFrameSlots(p) { try initVar(v, p, from: nil) }; keyPlace = (p, vt(v))
            }
            if let e = valE as? Name, let v = checker.defs[ObjectIdentifier(e)] as? Var, e.value != "_" {
                let p = try declare(v); if !isFrameSlots(p) { try initVar(v, p, from: nil) }; valPlace = (p, vt(v))
            }
        } else {
            if let k = keyE, !isBlank(k) { keyPlace = (try place(k), typeOf(k)) }
            if let e = valE, !isBlank(e) { valPlace = (try place(e), typeOf(e)) }
        }
        if isString {
            fb.emit(.decodeRune, width, base, idx)
        }
        if let (p, t) = keyPlace { try storeTo(p, t, from: idx) }
        if let (p, t) = valPlace {
            if isString {
                try storeTo(p, t, from: width)
            } else {
                let a = try fb.alloc(1)
                fb.emit(.idxAddr, a, base, idx); fb.imm(TypeTable.size(elemT))
                let v = try fb.alloc(TypeTable.slots(elemT))
                try loadFrom(.mem(a, 0), elemT, into: v)
                try storeTo(p, t, from: v)
            }
        }
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: cont))
        try block(f.body.list)
        targets.removeLast()
        fb.bind(cont)
        if isString { fb.emit(.addI, idx, idx, width + 1) } else { fb.emit(.addIK, idx, idx, 1) }
        fb.top = bodyStart
        fb.jump(top)
        fb.bind(end)
        fb.top = start
    }

    func isFrameSlots(_ p: Place) -> Bool {
        if case .reg = p { return true }
        return false
    }

    func isBlank(_ e: Expr?) -> Bool {
        guard let n = e.map(unparen) as? Name else { return false }
        return n.value == "_"
    }

    // MARK: switch

    func switchStmt(_ s: SwitchStmt, label: Name?) throws(CompileError) {
        if let g = s.tag as? TypeSwitchGuard { return try typeSwitch(s, g, label: label) }
        let start = fb.top
        if let i = s.initStmt { try stmt(i) }
        var tagT: GoType = Universe.bool
        var tag = -1
        if let t = s.tag {
            tagT = typeOf(t)
            tag = try fb.alloc(TypeTable.slots(tagT))
            try expr(t, into: tag)
        }
        let end = fb.newLabel()
        let bodies = s.body.map { _ in fb.newLabel() }
        var defaultIdx: Int?
        let cond = try fb.alloc(1)
        for (i, c) in s.body.enumerated() {
            guard let cases = c.cases else { defaultIdx = i; continue }
            for e in unpackList(cases) {
                let mark = fb.top
                fb.line(e.pos)
                if tag < 0 {
                    let next = fb.newLabel()
                    try condJump(e, falseTo: next)
                    fb.jump(bodies[i])
                    fb.bind(next)
                } else {
                    let v = try valueSlots(e, tagT)
                    if isInterfaceType(tagT) { throw CompileError.unsupported(e.pos, "interface comparison is") }
                    try compareValues(.eql, tagT, cond, tag, v, at: e)
                    fb.jumpIf(cond, bodies[i], when: true)
                }
                fb.top = mark
            }
        }
        fb.jump(defaultIdx.map { bodies[$0] } ?? end)
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: nil))
        for (i, c) in s.body.enumerated() {
            fb.bind(bodies[i])
            var list = c.body
            var falls = false
            if let b = list.last as? BranchStmt, b.tok == .kwFallthrough { falls = true; list.removeLast() }
            let bstart = fb.top
            for st in list { try stmt(st) }
            fb.top = bstart
            if falls && i + 1 < bodies.count { fb.jump(bodies[i + 1]) } else { fb.jump(end) }
        }
        targets.removeLast()
        fb.bind(end)
        fb.top = start
    }
}

extension FuncCompiler {
    /// switch v := x.(type): one comma-ok assertion per listed type, in order.
    func typeSwitch(_ s: SwitchStmt, _ g: TypeSwitchGuard, label: Name?) throws(CompileError) {
        let start = fb.top
        if let i = s.initStmt { try stmt(i) }
        let xt = typeOf(g.x)
        let x = try fb.alloc(2)
        try expr(g.x, into: x)
        let e = try fb.alloc(2)
        if isEmptyInterface(xt) { try move(e, x, 2) } else { fb.emit(.ifaceType, e, x) }
        let end = fb.newLabel()
        let bodies = s.body.map { _ in fb.newLabel() }
        var defaultIdx: Int?
        // per clause: where its single asserted value lands
        var values: [Int: (Int, GoType)] = [:]
        let zero = try fb.alloc(1)
        fb.loadInt(zero, 0)
        let cond = try fb.alloc(1)
        for (i, c) in s.body.enumerated() {
            guard let cases = c.cases else { defaultIdx = i; continue }
            let list = unpackList(cases)
            for ce in list {
                fb.line(ce.pos)
                if let n = unparen(ce) as? Name, n.value == "nil", obj(n) == nil || obj(n) is NilObject {
                    fb.emit(.eqI, cond, e, zero)
                    fb.jumpIf(cond, bodies[i], when: true)
                    continue
                }
                let t = resolveType(ce).map { sub($0) } ?? typeOf(ce)
                try checkSupported(t, at: ce)
                let n = TypeTable.slots(t)
                let d = try fb.alloc(n + 1)
                fb.emit(.assert, d, e, n, d: 1 | (isInterfaceType(t) ? 2 : 0))
                fb.imm(compiler.types.id(t))
                fb.imm(compiler.types.id(xt))
                if list.count == 1 { values[i] = (d, t) }
                fb.jumpIf(d + n, bodies[i], when: true)
            }
        }
        fb.jump(defaultIdx.map { bodies[$0] } ?? end)
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: nil))
        for (i, c) in s.body.enumerated() {
            fb.bind(bodies[i])
            let bstart = fb.top
            if let l = g.lhs, l.value != "_", let v = clauseVar(c, l) {
                let p = try declare(v)
                if let (d, _) = values[i] {
                    try initVar(v, p, from: d)
                } else {
                    try initVar(v, p, from: x)
                }
            }
            for st in c.body { try stmt(st) }
            fb.top = bstart
            fb.jump(end)
        }
        targets.removeLast()
        fb.bind(end)
        fb.top = start
    }

    /// The variable a type switch declares in one clause (found through its uses).
    func clauseVar(_ c: CaseClause, _ l: Name) -> Var? {
        var found: Var?
        for st in c.body {
            walk(st) { n in
                if found != nil { return false }
                if let nm = n as? Name, let v = checker.uses[ObjectIdentifier(nm)] as? Var, v.pos == l.pos, v.name == l.value {
                    found = v
                }
                return true
            }
        }
        return found
    }
}

extension FuncCompiler {
    /// for v := range ch: receive until the channel is closed and drained.
    func chanRange(_ f: ForStmt, _ r: RangeClause, _ ct: Chan, label: Name?) throws(CompileError) {
        let start = fb.top
        let ch = try fb.alloc(1)
        try expr(r.x, into: ch)
        let n = TypeTable.slots(ct.elem)
        let v = try fb.alloc(n + 1)
        let top = fb.newLabel(), end = fb.newLabel()
        fb.bind(top)
        fb.line(r.pos)
        fb.emit(.chanRecv, v, ch, n, d: 1)
        fb.jumpIf(v + n, end, when: false)
        let bodyStart = fb.top
        let lhs = unpackList(r.lhs)
        if let e = lhs.first, !isBlank(e) {
            if r.def, let nm = e as? Name, let vv = checker.defs[ObjectIdentifier(nm)] as? Var {
                let p = try declare(vv); try initVar(vv, p, from: v)
            } else {
                try storeTo(try place(e), typeOf(e), from: v)
            }
        }
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: top))
        try block(f.body.list)
        targets.removeLast()
        fb.top = bodyStart
        fb.jump(top)
        fb.bind(end)
        fb.top = start
    }
}

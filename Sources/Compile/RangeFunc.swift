// Range over functions (Go 1.23): `for k, v := range seq { body }` with
// seq a `func(yield func(K, V) bool)`. As gc does, the body becomes a
// function literal, the yield function, whose parameters are the iteration
// variables (fresh per call, hence per iteration); the loop calls seq with
// it. The body reaches the loop and the enclosing function through cells it
// shares with them:
//
//   #next  0 between iterations, -2 while the body runs (so a panic that
//          leaves the body is seen if the iterator recovers it); after seq
//          returns, what the body asked for: 1 break, 2 return with the
//          values in #ret, 3 bare return, 4+2i / 5+2i break / continue of
//          the i-th enclosing labeled loop, 4+2n+j a goto to the j-th label
//          outside the body (n enclosing labeled loops); -1 once the loop
//          is over
//   #ret…  the enclosing function's results of a `return` in the body
//
//   #frame the enclosing function's frame address, when the body defers:
//          a defer in the body belongs to that function (deferPushTo)
//
// In the body, `continue` returns true and `break`, `return` and branches
// to enclosing loops set #next and return false; after seq returns, the
// loop does what #next says (in a nested range-over-func body that again
// means setting the outer #next). A yield call after the body returned
// false, or after the loop ended, panics with Go's runtime errors.

import Base
import Syntax
import Types
import Bytecode

/// How a range-over-func body (compiled as the yield function) reaches its loop and function.
final class RangeFuncBody {
    /// The loop's label, if any.
    let label: Name?
    /// The #next cell variable.
    let next: Var
    /// The #ret cell variables, one per result of the enclosing function.
    let rets: [Var]
    /// Labels of the enclosing labeled loops the body may branch to (code 4+2i / 5+2i).
    let outerLabels: [String]
    /// Labels outside the body that gotos in it (or in bodies nested in it) jump to (code 4+2n+j).
    let outerGotos: [String]
    var gotoBase: Int { 4 + 2 * outerLabels.count }
    /// `for x, y = range seq`: the variables the body assigns its parameters to, first thing.
    var assigns: [(target: Var, param: Var, at: Name)] = []
    /// The #frame cell variable (nil when no body defers) and the function that frame runs.
    let frame: Var?
    let owner: Int

    init(label: Name?, next: Var, rets: [Var], outerLabels: [String], outerGotos: [String], frame: Var?, owner: Int) {
        self.label = label
        self.next = next
        self.rets = rets
        self.outerLabels = outerLabels
        self.outerGotos = outerGotos
        self.frame = frame
        self.owner = owner
    }
}

extension FuncCompiler {
    /// The result types of the function a `return` leaves (the enclosing one, in a range-over-func body).
    var returnTypes: [GoType] {
        if let rb = rangeBody { return rb.rets.map { $0.type! } }
        return sig.results.vars.map { $0.type! }
    }

    /// The labels of the labeled loops around this point, innermost first, across range-over-func bodies.
    var enclosingLoopLabels: [String] {
        var out: [String] = []
        for t in targets.reversed() where t.continueLabel != nil {
            if let l = t.label?.value { out.append(l) }
        }
        if let rb = rangeBody {
            if let l = rb.label?.value { out.append(l) }
            out += rb.outerLabels
        }
        return out
    }

    func rangeFuncLoop(_ f: ForStmt, _ r: RangeClause, _ seqSig: Signature, label: Name?) throws(CompileError) {
        let lhs = unpackList(r.lhs)
        if !r.def, let e = lhs.first(where: { !isBlank($0) && !(unparen($0) is Name) }) {
            throw CompileError.unsupported(startPos(e), "range over a function assigning to other than variables is")
        }
        var defers = false
        var gotoTargets: [String] = []
        var declared = Set<String>()
        walk(f.body) { n in
            if n is FuncLit { return false }
            if let c = n as? CallStmt, c.tok == .kwDefer { defers = true }
            if let b = n as? BranchStmt, b.tok == .kwGoto, let l = b.label?.value, !gotoTargets.contains(l) { gotoTargets.append(l) }
            if let l = n as? LabeledStmt { declared.insert(l.label.value) }
            return true
        }
        guard let yieldSig = seqSig.params.vars.first?.type?.underlying as? Signature else {
            throw CompileError(r.pos, "gosub: internal error: range over function type")
        }
        let start = fb.top
        let seq = try fb.alloc(1)
        try expr(r.x, into: seq)
        // the shared cells
        let next = Var(name: "#next", pos: r.pos, type: Universe.int, pkg: nil)
        let rets = returnTypes.enumerated().map { i, t in Var(name: "#ret\(i)", pos: r.pos, type: t, pkg: nil) }
        for v in [next] + rets {
            let c = try fb.alloc(1)
            try newObject(c, v.type!, for: nil)
            vars[ObjectIdentifier(v)] = .cell(c)
        }
        // the frame that owns the body's defers: this function's, or the one this body's loop is in
        var frame = rangeBody?.frame
        if defers && frame == nil {
            let v = Var(name: "#frame", pos: r.pos, type: Universe.uintptr, pkg: nil)
            let c = try fb.alloc(1), a = try fb.alloc(1)
            try newObject(c, Universe.uintptr, for: nil)
            fb.emit(.frameAddr, a)
            fb.emit(.st64, c, a, 0)
            vars[ObjectIdentifier(v)] = .cell(c)
            frame = v
        }
        // the yield function
        var params: [Var] = []
        var assigns: [(target: Var, param: Var, at: Name)] = []
        for (i, p) in yieldSig.params.vars.enumerated() {
            if r.def, i < lhs.count, let n = lhs[i] as? Name, let v = checker.defs[ObjectIdentifier(n)] as? Var {
                params.append(v)
            } else if !r.def, i < lhs.count, !isBlank(lhs[i]), let n = unparen(lhs[i]) as? Name,
                      let v = checker.uses[ObjectIdentifier(n)] as? Var {
                let pv = Var(name: "#p\(i)", pos: r.pos, type: p.type, pkg: nil)
                params.append(pv)
                assigns.append((v, pv, n))
            } else {
                params.append(Var(name: "_", pos: r.pos, type: p.type, pkg: nil))
            }
        }
        let body = RangeFuncBody(label: label, next: next, rets: rets, outerLabels: enclosingLoopLabels,
                                 outerGotos: gotoTargets.filter { !declared.contains($0) },
                                 frame: frame, owner: rangeBody?.owner ?? index)
        body.assigns = assigns
        let caps = CellCandidates.rangeFuncCaptures(f, checker: checker) + [next] + rets + (frame.map { [$0] } ?? [])
        closureCount += 1
        let idx = compiler.newFunc(name: "\(fb.meta.name)-range\(closureCount)", pos: r.pos)
        let comp = compiler, subst = self.subst, names = self.substNameOf, checker = self.checker
        let byValue = captureModes(caps)
        let plain = Signature(params: Tuple(params), results: yieldSig.results, variadic: false)
        let ysig = subst.isEmpty ? plain : (substitute(plain, subst) as? Signature ?? plain)
        compiler.queue.append((idx, { () throws(CompileError) -> Void in
            let fc = FuncCompiler(compiler: comp, index: idx, sig: ysig, recvObj: nil, subst: subst, names: names, checker: checker)
            fc.rangeBody = body
            fc.capturedByValue = byValue
            try fc.compileBody(paramVars: params, hasRecv: false, results: [], body: f.body, captures: caps)
        }))
        // seq(yield)
        let call = try fb.alloc(FrameHeader.size + 1)
        try makeClosure(idx, caps, byValue: byValue, into: call + FrameHeader.size, at: nil)
        fb.line(r.pos)
        fb.emit(.callClo, call, seq)
        // what the body asked for
        guard case .cell(let nextCell)? = vars[ObjectIdentifier(next)] else { return }
        let code = try fb.alloc(1), k = try fb.alloc(1)
        fb.emit(.ld64, code, nextCell, 0)
        let end = fb.newLabel()
        // the iterator recovered a panic of the body and went on
        let noPanic = fb.newLabel()
        fb.loadInt(k, -2)
        fb.emit(.eqI, k, code, k)
        fb.jumpIf(k, noPanic, when: false)
        fb.loadInt(k, -3)
        fb.line(r.pos)
        fb.emitBC(.callNat, k, NativeID.rangeFuncPanic.rawValue)
        fb.bind(noPanic)
        // the loop is over: later yield calls panic
        fb.loadInt(k, -1)
        fb.emit(.st64, nextCell, k, 0)
        fb.loadInt(k, 1)
        fb.jumpCmp(.jleI, code, k, end)     // 0 (seq returned) or 1 (break)
        func onCode(_ value: Int, _ action: () throws(CompileError) -> Void) throws(CompileError) {
            let skip = fb.newLabel()
            fb.loadInt(k, Int64(value))
            fb.emit(.eqI, k, code, k)
            fb.jumpIf(k, skip, when: false)
            try action()
            fb.bind(skip)
        }
        try onCode(2) { () throws(CompileError) -> Void in
            var slots: [Int] = []
            for v in rets {
                guard case .cell(let c)? = vars[ObjectIdentifier(v)] else { continue }
                let s = try fb.alloc(TypeTable.slots(v.type!))
                try loadFrom(.mem(c, 0), v.type!, into: s)
                slots.append(s)
            }
            try returnValues(slots)
        }
        try onCode(3) { () throws(CompileError) -> Void in try returnValues(nil) }
        for (i, l) in body.outerLabels.enumerated() {
            try onCode(4 + 2 * i) { () throws(CompileError) -> Void in try branchTo(.kwBreak, label: l, at: r) }
            try onCode(5 + 2 * i) { () throws(CompileError) -> Void in try branchTo(.kwContinue, label: l, at: r) }
        }
        for (j, l) in body.outerGotos.enumerated() {
            try onCode(body.gotoBase + j) { () throws(CompileError) -> Void in try gotoStmt(l) }
        }
        fb.bind(end)
        fb.top = start
    }

    /// In a range-over-func body: panics if the loop already told the iterator to stop.
    func rangeBodyEntryCheck() throws(CompileError) {
        guard let rb = rangeBody, case .cell(let c)? = vars[ObjectIdentifier(rb.next)] else { return }
        let mark = fb.top
        let n = try fb.alloc(1)
        fb.emit(.ld64, n, c, 0)
        let ok = fb.newLabel()
        fb.jumpIf(n, ok, when: false)
        fb.emitBC(.callNat, n, NativeID.rangeFuncPanic.rawValue)
        fb.bind(ok)
        fb.top = mark
        try setNext(rb, -2)
        // `for x = range seq`: this iteration's values go to the loop's variables
        for a in rb.assigns {
            let t = vt(a.target)
            let mark2 = fb.top
            let s = try fb.alloc(TypeTable.slots(t))
            try loadFrom(try placeOfVar(a.param, a.at), vt(a.param), into: s)
            try storeTo(try placeOfVar(a.target, a.at), t, from: s)
            fb.top = mark2
        }
    }

    /// The body asks for the next iteration: result true, #next back to 0.
    func rangeBodyContinue() throws(CompileError) {
        guard let rb = rangeBody else { return }
        try setNext(rb, 0)
        fb.loadInt(resultSlot, 1)
    }

    /// `return` with result values in slots (nil: a bare return of the named results).
    func returnValues(_ slots: [Int]?) throws(CompileError) {
        if let rb = rangeBody {
            try setNext(rb, slots == nil ? 3 : 2)
            if let slots {
                for (i, v) in rb.rets.enumerated() {
                    guard case .cell(let c)? = vars[ObjectIdentifier(v)] else { continue }
                    try storeTo(.mem(c, 0), v.type!, from: slots[i])
                }
            }
            fb.loadInt(resultSlot, 0)
            try emitReturn()
            return
        }
        if let slots {
            var slot = resultSlot
            for (i, t) in returnTypes.enumerated() {
                if i < resultVars.count, case .cell(let c)? = vars[ObjectIdentifier(resultVars[i])] {
                    try storeTo(.mem(c, 0), t, from: slots[i])
                } else {
                    try move(slot, slots[i], TypeTable.slots(t))
                }
                slot += TypeTable.slots(t)
            }
        }
        try emitReturn()
    }

    /// A break or continue whose loop is outside this range-over-func body.
    func rangeBodyBranch(_ tok: Token, label: String?) throws(CompileError) {
        guard let rb = rangeBody else { throw CompileError(.none, "gosub: internal error: branch out of a loop body") }
        if label == nil || label == rb.label?.value {
            if tok == .kwContinue {
                try rangeBodyContinue()
            } else {
                try setNext(rb, 1)
                fb.loadInt(resultSlot, 0)
            }
            try emitReturn()
            return
        }
        guard let i = rb.outerLabels.firstIndex(of: label!) else {
            throw CompileError(.none, "gosub: internal error: label \(label!) out of a loop body")
        }
        try setNext(rb, (tok == .kwContinue ? 5 : 4) + 2 * i)
        fb.loadInt(resultSlot, 0)
        try emitReturn()
    }

    /// In a range-over-func body, a goto to a label outside it: the loop jumps there
    /// once the iterator returns. False for a label of this function.
    func rangeBodyGoto(_ name: String) throws(CompileError) -> Bool {
        guard let rb = rangeBody, let j = rb.outerGotos.firstIndex(of: name) else { return false }
        try setNext(rb, rb.gotoBase + j)
        fb.loadInt(resultSlot, 0)
        try emitReturn()
        return true
    }

    /// deferPush, or in a range-over-func body deferPushTo the enclosing function's frame.
    func emitDeferPush(_ base: Int, _ n: Int, kind: Int) throws(CompileError) {
        guard let rb = rangeBody, let frame = rb.frame, case .cell(let c)? = vars[ObjectIdentifier(frame)] else {
            fb.emit(.deferPush, base, n, kind)
            return
        }
        let a = try fb.alloc(1)
        fb.emit(.ld64, a, c, 0)
        fb.emit(.deferPushTo, base, n, a, d: kind)
        fb.imm(UInt64(rb.owner))
    }

    private func setNext(_ rb: RangeFuncBody, _ value: Int) throws(CompileError) {
        guard case .cell(let c)? = vars[ObjectIdentifier(rb.next)] else { return }
        let mark = fb.top
        let k = try fb.alloc(1)
        fb.loadInt(k, Int64(value))
        fb.emit(.st64, c, k, 0)
        fb.top = mark
    }
}

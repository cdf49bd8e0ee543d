// This file implements the walk of one function's statements (gc's
// stmt.go and assign.go): each statement adds assignment edges to the
// batch's graph; loops and looping labels raise the loop depth that
// `outlives` compares; declarations fix a variable's depth.

import Base
import Syntax
import Types

final class Walker {
    let batch: Batch
    let fn: FuncInfo
    var loopDepth = 1
    var labels: [String: Bool] = [:]     // label -> looping
    /// Expressions replaced by temporaries (go/defer arguments inside their wrapper).
    var overrides: [ObjectIdentifier: Location] = [:]
    /// Set while a loop's post statement updates per-iteration copies (Go 1.22):
    /// those assignments do not make the copies reassigned.
    var suppressReassign = false

    var prog: Program { batch.prog }
    var analysis: Analysis { batch.analysis }

    init(batch: Batch, fn: FuncInfo) {
        self.batch = batch
        self.fn = fn
    }

    func walkFunc() {
        fn.state = .started
        if !fn.initExprs.isEmpty { walkInit(); return }
        guard let body = fn.body else { return }
        // labels that a later goto jumps back to make a loop
        visit(body) { n in
            if n is FuncLit { return false }
            if let l = n as? LabeledStmt { labels[l.label.value] = false }
            if let b = n as? BranchStmt, b.tok == .kwGoto, let l = b.label, labels[l.value] == false { labels[l.value] = true }
            return true
        }
        block(body.list)
    }

    /// The package initializer: each initialization assigns to globals
    /// (the heap), except composite literals gc lays out statically.
    func walkInit() {
        for (vars, e) in fn.initExprs {
            if vars.count == 1 && isStatic(e) { continue }
            if vars.count > 1, let c = unparen(e) as? CallExpr {
                call(vars.map { _ in batch.heapHole }, c)
                continue
            }
            exprConv(batch.heapHole, e, to: vars.first?.type)
        }
    }

    /// Whether gc's staticinit lays out a composite literal in static data.
    func isStatic(_ e: Expr) -> Bool {
        let e = unparen(e)
        if prog.constValue(e) != nil { return true }
        if let o = e as? Operation, o.op == .and, o.y == nil, let c = unparen(o.x) as? CompositeLit { return isStatic(c) }
        if let c = e as? CompositeLit, let t = prog.typeOf(c), !(t.underlying is Types.MapType) {
            return c.elems.allSatisfy { isStatic(($0 as? KeyValueExpr)?.value ?? $0) }
        }
        return false
    }

    // MARK: statements

    func block(_ list: [Stmt]) {
        let old = loopDepth
        for s in list { stmt(s) }
        loopDepth = old
    }

    func stmt(_ s: Stmt?) {
        guard let s else { return }
        switch s {
        case is EmptyStmt, is BranchStmt:
            break
        case let b as BlockStmt:
            block(b.list)
        case let l as LabeledStmt:
            if labels[l.label.value] == true { loopDepth += 1 }
            stmt(l.stmt)
        case let e as ExprStmt:
            if let c = unparen(e.x) as? CallExpr { call(nil, c) } else { discard(e.x) }
        case let s as SendStmt:
            discard(s.chan)
            let elem = (prog.typeOf(s.chan)?.underlying as? Chan)?.elem
            exprConv(batch.heapHole, s.value, to: elem)
        case let d as DeclStmt:
            for decl in d.decls { if let v = decl as? VarDecl { varDecl(v) } }
        case let a as AssignStmt:
            assignStmt(a)
        case let r as ReturnStmt:
            returnStmt(r)
        case let i as IfStmt:
            stmt(i.initStmt)
            discard(i.cond)
            block(i.then.list)
            if let e = i.elseStmt { block([e]) }
        case let f as ForStmt:
            forStmt(f)
        case let sw as SwitchStmt:
            switchStmt(sw)
        case let sel as SelectStmt:
            for c in sel.body {
                stmt(c.comm)
                block(c.body)
            }
        case let c as CallStmt:
            goDefer(c)
        case let r as RangeClause:
            discard(r.x)
        default:
            break
        }
    }

    /// Sets a declared variable's loop depth (gc's dcl) and returns its hole.
    @discardableResult
    func dcl(_ v: Var) -> Hole {
        guard let loc = batch.varLoc(v) else { return batch.discardHole }
        loc.loopDepth = loopDepth
        return loc.hole
    }

    func varDecl(_ d: VarDecl) {
        let vars = d.names.map { prog.def($0) as? Var }
        for v in vars { if let v { dcl(v) } }
        guard let values = d.values else { return }
        let vs = unpackList(values)
        let dsts: [Expr] = d.names
        if vs.count == 1 && dsts.count > 1 {
            multiAssign(dsts, vs[0], defined: vars.compactMap { $0 })
            return
        }
        assignList(dsts, vs, defined: vars.compactMap { $0 }, whereText: nil)
    }

    func assignStmt(_ a: AssignStmt) {
        let lhs = unpackList(a.lhs)
        var defined: [Var] = []
        if a.op == .def {
            for l in lhs {
                if let n = l as? Name, let v = prog.def(n) as? Var {
                    dcl(v)
                    defined.append(v)
                }
            }
        }
        guard let rhs = a.rhs else {
            // x++ / x--
            let ks = lhs.map { addr($0) }
            reassigned(ks, defined: [])
            return
        }
        let rs = unpackList(rhs)
        if a.op != .none && a.op != .def {
            // x op= y
            let ks = lhs.map { addr($0) }
            if let r = rs.first { expr(ks.first ?? batch.discardHole, r) }
            reassigned(ks, defined: [])
            return
        }
        if rs.count == 1 && lhs.count > 1 {
            multiAssign(lhs, rs[0], defined: defined)
            return
        }
        assignList(lhs, rs, defined: defined, whereText: a)
    }

    /// `a, b = f()`, `v, ok = m[k]`, `v, ok = x.(T)`, `v, ok = <-c`.
    func multiAssign(_ lhs: [Expr], _ rhs: Expr, defined: [Var]) {
        if let c = unparen(rhs) as? CallExpr, prog.builtin(c.fun) == nil, prog.conversionType(c) == nil {
            let ks = lhs.map { addr($0) }
            call(ks, c)
            reassigned(ks, defined: defined)
            return
        }
        if let a = unparen(rhs) as? AssertExpr, let first = lhs.first {
            if let t = destinationType(first), !isBlank(first) { prog.assertTypes[ObjectIdentifier(a)] = t }
            else { prog.assertTypes[ObjectIdentifier(a)] = Universe.emptyInterface }
        }
        assignList(lhs, [rhs], defined: defined, whereText: nil)
    }

    func assignList(_ dsts: [Expr], _ srcs: [Expr], defined: [Var], whereText: AssignStmt?) {
        let ks = dsts.map { addr($0) }
        for (i, k) in ks.enumerated() {
            guard i < srcs.count else { continue }
            let src = srcs[i]
            var k = k
            if isSelfAssign(dsts[i], src) {
                let text = NodeText(prog: prog)
                let stmt = dsts.map { text.expr($0) }.joined(separator: ", ") + " = " + srcs.map { text.expr($0) }.joined(separator: ", ")
                analysis.report(whereText?.pos ?? dsts[i].pos, "\(fn.name) ignoring self-assignment in \(stmt)")
                k = batch.discardHole
            }
            exprConv(k, src, to: isBlank(dsts[i]) ? nil : destinationType(dsts[i]))
        }
        reassigned(ks, defined: defined)
    }

    func destinationType(_ e: Expr) -> GoType? {
        if let n = unparen(e) as? Name, let v = prog.obj(n) as? Var { return prog.varType(v) }
        return prog.typeOf(e)
    }

    func isBlank(_ e: Expr) -> Bool { (unparen(e) as? Name)?.value == "_" }

    /// Marks assigned variables as reassigned, except those this statement defines.
    func reassigned(_ ks: [Hole], defined: [Var]) {
        if suppressReassign { return }
        for k in ks {
            if let v = k.dst.variable, defined.contains(where: { $0 === v }) { continue }
            k.dst.reassigned = true
        }
    }

    func returnStmt(_ r: ReturnStmt) {
        let dsts = fn.results
        let srcs = unpackList(r.results)
        if srcs.count == 1 && dsts.count > 1, let c = unparen(srcs[0]) as? CallExpr {
            let ks = dsts.map { batch.varLoc($0)?.hole ?? batch.discardHole }
            call(ks, c)
            for k in ks { k.dst.reassigned = true }
            return
        }
        for (i, v) in dsts.enumerated() {
            let k = batch.varLoc(v)?.hole ?? batch.discardHole
            if i < srcs.count { exprConv(k, srcs[i], to: prog.varType(v)) }
            k.dst.reassigned = true
        }
    }

    func forStmt(_ f: ForStmt) {
        if let r = f.initStmt as? RangeClause {
            rangeStmt(r, f)
            return
        }
        stmt(f.initStmt)
        var per: [Var] = []
        if let a = f.initStmt as? AssignStmt, a.op == .def {
            for l in unpackList(a.lhs) {
                if let n = l as? Name, let v = prog.def(n) as? Var, analysis.needsPerIterationCopy(v) { per.append(v) }
            }
        }
        loopDepth += 1
        for v in per { batch.varLoc(v)?.loopDepth = loopDepth }
        discard(f.cond)
        if !per.isEmpty { suppressReassign = true }
        stmt(f.post)
        suppressReassign = false
        block(f.body.list)
        loopDepth -= 1
    }

    func rangeStmt(_ r: RangeClause, _ f: ForStmt) {
        if let rf = prog.rangeFuncInfo(f, in: fn) {
            rangeFuncStmt(r, f, rf)
            return
        }
        if prog.typeOf(r.x)?.underlying is Signature {
            // a range-over-function loop gosub does not rewrite (its body
            // leaves the loop): gc runs the body as a closure the iterator
            // may keep, so the variables it uses from outside go to the heap
            var declaredInside = Set<ObjectIdentifier>()
            for l in unpackList(r.lhs) {
                if let nm = l as? Name, let v = prog.def(nm) as? Var { declaredInside.insert(ObjectIdentifier(v)) }
            }
            visit(f.body) { n in
                if let nm = n as? Name, let v = prog.def(nm) as? Var { declaredInside.insert(ObjectIdentifier(v)) }
                return true
            }
            visit(f.body) { n in
                if let nm = n as? Name, let v = prog.obj(nm) as? Var, !declaredInside.contains(ObjectIdentifier(v)),
                   let loc = batch.varLoc(v) {
                    batch.flow(batch.heapHole.addr(), loc)
                }
                return true
            }
        }
        let tmp = batch.newLoc(.temp, fn: fn, loopDepth: loopDepth, persists: true)
        expr(tmp.hole, r.x)
        loopDepth += 1
        let lhs = unpackList(r.lhs)
        var ks: [Hole] = []
        var per: [Var] = []
        for i in 0..<2 {
            if i < lhs.count {
                let l = lhs[i]
                if r.def, let n = l as? Name, let v = prog.def(n) as? Var, analysis.needsPerIterationCopy(v) { per.append(v) }
                ks.append(addr(l))
            } else {
                ks.append(batch.discardHole)
            }
        }
        // a per-iteration copy without pointers breaks the flow (gc's `x := x'` is discarded)
        for (i, l) in lhs.prefix(2).enumerated() {
            if let n = l as? Name, let v = prog.def(n) as? Var, per.contains(where: { $0 === v }),
               let t = prog.varType(v), !hasPointers(t) {
                ks[i] = batch.discardHole
            }
        }
        let xt = prog.typeOf(r.x)?.underlying
        if xt is Types.ArrayType {
            batch.flow(ks[1], tmp)
        } else {
            batch.flow(ks[1].deref(), tmp)
        }
        reassigned(ks, defined: [])
        for v in per {
            // Go 1.22: a captured iteration variable is a fresh copy per iteration
            if let loc = batch.varLoc(v) { loc.loopDepth = loopDepth; loc.reassigned = false }
        }
        block(f.body.list)
        loopDepth -= 1
    }

    /// gc's rangefunc rewrite: `#state = ready; x(func(k, v) bool { body; return true })`.
    func rangeFuncStmt(_ r: RangeClause, _ f: ForStmt, _ rf: RangeFunc) {
        dcl(rf.state)
        var fns: [Callee] = []
        if let cal = staticCallee(r.x) { fns = [cal] }
        expr(batch.discardHole, r.x)
        let k = mergedTagHole(nil, fns, 0)
        let body = rf.body
        let k2 = spill(k, f, text: "func literal", pos: f.pos)
        guard body.isCapturing else {
            // captures nothing: a function of its own (analysed with it, as its callees are)
            return
        }
        batch.closures.append((k2, body))
        for v in body.closureVars {
            if let loc = batch.varLoc(v), !loc.captured {
                loc.captured = true
                if loc.loopDepth == loopDepth { loc.reassigned = false }
            }
        }
        Walker(batch: batch, fn: body).walkFunc()
        // the closure sets #state each iteration
        batch.varLoc(rf.state)?.reassigned = true
    }

    func switchStmt(_ sw: SwitchStmt) {
        stmt(sw.initStmt)
        if let g = sw.tag as? TypeSwitchGuard {
            var ks: [Hole] = []
            if g.lhs != nil {
                for c in sw.body {
                    guard let v = prog.checker.implicits[ObjectIdentifier(c)] as? Var else { continue }
                    let k = dcl(v)
                    if let t = prog.varType(v), hasPointers(t) { ks.append(dotType(k, t)) }
                }
            }
            expr(batch.teeHole(ks, fn: fn, loopDepth: loopDepth), g.x)
        } else {
            discard(sw.tag)
        }
        let tagType = (sw.tag as? TypeSwitchGuard) == nil ? sw.tag.flatMap { prog.typeOf($0) } : nil
        for c in sw.body {
            if (sw.tag as? TypeSwitchGuard) == nil {
                for e in unpackList(c.cases) {
                    if let tt = tagType, isInterfaceType(tt) { exprConv(batch.discardHole, e, to: tt) } else { discard(e) }
                }
            }
            block(c.body)
        }
    }

    func dotType(_ k: Hole, _ t: GoType) -> Hole {
        if !isInterfaceType(t) && !isDirectIface(t) { return k.shift(1) }
        return k
    }

    // MARK: assignment destinations (gc's addr)

    func addr(_ e: Expr?) -> Hole {
        guard let e0 = e else { return batch.discardHole }
        let e = unparen(e0)
        switch e {
        case let n as Name:
            if n.value == "_" { return batch.discardHole }
            if let v = prog.obj(n) as? Var, let loc = batch.varLoc(v) { return loc.hole }
            return batch.heapHole
        case let s as SelectorExpr:
            if prog.isQualified(s) { return batch.heapHole }
            guard let sel = prog.selection(s), let xt = prog.typeOf(s.x) else { return batch.heapHole }
            let steps = pointerSteps(xt, sel.path)
            if steps.isEmpty { return addr(s.x) }
            mutate(s.x, extra: steps.count - 1)
            return batch.heapHole
        case let i as IndexExpr:
            let xt = prog.typeOf(i.x)?.underlying
            if xt is Types.MapType {
                discard(i.x)
                exprConv(batch.heapHole, i.index, to: (xt as? Types.MapType)?.key)
                return batch.heapHole
            }
            discard(i.index)
            if xt is Types.ArrayType { return addr(i.x) }
            mutate(i.x)
            return batch.heapHole
        case let o as Operation where o.op == .mul && o.y == nil:
            mutate(o.x)
            return batch.heapHole
        default:
            return batch.heapHole
        }
    }

    func mutate(_ e: Expr, extra: Int = 0) {
        expr(extra > 0 ? batch.mutatorHole.shift(extra) : batch.mutatorHole, e)
    }

    /// For a selection through embedded fields `path` then a field or
    /// method, which steps go through a pointer: one entry per implicit
    /// or explicit dereference, in order from x outwards.
    func pointerSteps(_ xt: GoType, _ path: [Int], includeFinal: Bool = true) -> [Bool] {
        var steps: [Bool] = []
        var t = xt
        for idx in path {
            if let p = t.underlying as? Pointer { steps.append(true); t = p.elem }
            guard let st = t.underlying as? Struct, idx < st.fields.count, let ft = st.fields[idx].type else { break }
            t = ft
        }
        if includeFinal, t.underlying is Pointer { steps.append(true) }
        return steps
    }
}

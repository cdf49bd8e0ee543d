// Control statements: if, for, range, switch (expression and type
// switches, with duplicate-case checks), and select.

import Base
import Syntax
import Constant

extension Checker {
    func ifStmt(_ s: IfStmt) {
        openScope(s.pos)
        simpleStmtOpt(s.initStmt)
        if let c = s.cond {
            let x = expr(c)
            if !x.isInvalid && !isBoolean(x.type) {
                error(c, "non-boolean condition in if statement")
            }
        }
        stmt(s.then, isLast: false)
        if let e = s.elseStmt { stmt(e, isLast: false) }
        closeScope()
    }

    func simpleStmtOpt(_ s: SimpleStmt?) {
        if let s { stmt(s, isLast: false) }
    }

    func forStmt(_ s: ForStmt) {
        openScope(s.pos)
        simpleStmtOpt(s.initStmt)
        if let c = s.cond {
            let x = expr(c)
            if !x.isInvalid && !isBoolean(x.type) {
                error(c, "non-boolean condition in for statement")
            }
        }
        simpleStmtOpt(s.post)
        stmt(s.body, isLast: false)
        closeScope()
    }

    // MARK: range

    func rangeStmt(_ s: ForStmt, _ r: RangeClause) {
        var x = expr(r.x)
        let lhs = unpackList(r.lhs)
        var key: GoType?
        var val: GoType?
        if !x.isInvalid {
            let (k, v, cause, ok) = rangeKeyVal(x.type)
            let extra = lhs.count > 2 ? lhs[2] : nil
            if !ok {
                error(r.x, cause.isEmpty ? "cannot range over \(describe(x))" : "cannot range over \(describe(x)): \(cause)")
            } else if k == nil && !lhs.isEmpty {
                error(lhs[0], "range over \(describe(x)) permits no iteration variables")
            } else if v == nil && lhs.count > 1 {
                error(lhs[1], "range over \(describe(x)) permits only one iteration variable")
            } else if let extra {
                error(extra, "range clause permits at most two iteration variables")
            }
            if ok { key = k; val = v }
        }
        openScope(s.pos)
        let rhs: [GoType?] = [key, val]
        let rangeOverInt = !x.isInvalid && isInteger(x.type)
        if r.def {
            var vars: [Var] = []
            for (i, l) in lhs.prefix(2).enumerated() {
                var v: Var
                if let n = l as? Name {
                    v = Var(name: n.value, pos: n.pos, type: nil, pkg: pkg)
                    recordDef(n, v)
                    if n.value != "_" { vars.append(v) }
                } else {
                    error(l, "non-name \(exprString(l)) on left side of :=")
                    v = Var(name: "_", pos: l.pos, type: nil, pkg: pkg)
                }
                guard let t = rhs[i], isValid(t) else {
                    v.type = Universe.invalid
                    v.used = true
                    continue
                }
                if rangeOverInt {
                    initVar(v, &x, context: "range clause")
                } else {
                    var y = Operand(mode: .value, expr: l, type: t)
                    initVar(v, &y, context: "assignment")
                }
            }
            for v in vars { declareLocal(nil, v) }
        } else if !lhs.isEmpty {
            for (i, l) in lhs.prefix(2).enumerated() {
                guard let t = rhs[i], isValid(t) else { continue }
                if rangeOverInt {
                    assignVar(l, &x, context: "range clause")
                    if !x.isInvalid && !isInteger(x.type) {
                        error(l, "cannot use iteration variable of type \(typeString(x.type))")
                    }
                } else {
                    var y = Operand(mode: .value, expr: l, type: t)
                    assignVar(l, &y, context: "assignment")
                }
            }
        } else if rangeOverInt {
            assignment(&x, nil, context: "range clause")
        }
        stmt(s.body, isLast: false)
        closeScope()
    }

    /// The key and value types of a range clause over t (types2's rangeKeyVal).
    func rangeKeyVal(_ t: GoType) -> (GoType?, GoType?, String, Bool) {
        let bad = { (c: String) in (GoType?.none, GoType?.none, c, false) }
        let (u, err) = commonUnder(t, { t, u in
            if let ch = u as? Chan, ch.dir == .send { return "receive from send-only channel \(self.typeString(t!))" }
            return nil
        }, qualifier: pkg)
        guard var rt = u else { return bad(err ?? "") }
        if let p = rt as? Pointer, let a = p.elem.underlying as? ArrayType { rt = a }
        switch rt {
        case let b as Basic:
            if b.isString { return (Universe.int, Universe.runeType, "", true) }
            if b.isInteger { return (t, nil, "", true) }
        case let a as ArrayType:
            return (Universe.int, a.elem, "", true)
        case let sl as Slice:
            return (Universe.int, sl.elem, "", true)
        case let m as MapType:
            return (m.key, m.elem, "", true)
        case let c as Chan:
            return (c.elem, nil, "", true)
        case let sig as Signature:
            if sig.params.count != 1 { return bad("func must be func(yield func(...) bool): wrong argument count") }
            if sig.results.count != 0 { return bad("func must be func(yield func(...) bool): unexpected results") }
            let (yu, yerr) = commonUnder(sig.params.vars[0].type!, nil, qualifier: pkg)
            guard let cb = yu as? Signature else {
                if let yerr { return bad("func must be func(yield func(...) bool): in yield type, \(yerr)") }
                return bad("func must be func(yield func(...) bool): argument is not func")
            }
            if cb.params.count > 2 { return bad("func must be func(yield func(...) bool): yield func has too many parameters") }
            if cb.results.count != 1 || !identical(cb.results.vars[0].type!, Universe.bool) {
                if cb.results.count == 1 && isBoolean(cb.results.vars[0].type!) {
                    return bad("func must be func(yield func(...) bool): yield func returns user-defined boolean, not bool")
                }
                return bad("func must be func(yield func(...) bool): yield func does not return bool")
            }
            if cb.variadic { return bad("yield func of type \(typeString(cb)) cannot be variadic") }
            return (cb.params.count >= 1 ? cb.params.vars[0].type : nil, cb.params.count >= 2 ? cb.params.vars[1].type : nil, "", true)
        default:
            break
        }
        return bad("")
    }

    // MARK: switch

    func switchStmt(_ s: SwitchStmt) {
        openScope(s.pos)
        simpleStmtOpt(s.initStmt)
        var tag = Operand()
        if let t = s.tag {
            tag = expr(t)
            assignment(&tag, nil, context: "switch expression")
            if !tag.isInvalid && !isComparable(tag.type) && !hasNil(tag.type) {
                error(t, "cannot switch on \(describe(tag))")
                tag.mode = .invalid
            }
        } else {
            tag = Operand(mode: .constant, expr: Name(s.pos, "true"), type: Universe.bool, val: .make(true))
        }
        var seen: [(ConstantValue, GoType, Pos)] = []
        var defaultPos: Pos?
        for clause in s.body {
            if clause.cases == nil {
                if let d = defaultPos {
                    error(clause.pos, "multiple defaults (first at \(posString(d)))")
                } else {
                    defaultPos = clause.pos
                }
            }
            for ce in unpackList(clause.cases) {
                var x = expr(ce)
                if x.isInvalid || tag.isInvalid { continue }
                let t = tag
                convertUntyped(&x, t.type)
                if x.isInvalid { continue }
                var xx = x
                comparison(&xx, t, .eql, nil, switchCase: true)
                if xx.isInvalid { continue }
                if x.mode == .constant, !x.val.isUnknown, x.val.kind == .int || x.val.kind == .float || x.val.kind == .string {
                    if let prev = seen.first(where: { ConstantValue.compare($0.0, .eql, x.val) && identical($0.1, x.type) }) {
                        error(ce, "duplicate case \(describe(x)) in expression switch\n\t\(posString(prev.2)): previous case")
                    } else {
                        seen.append((x.val, x.type, ce.pos))
                    }
                }
            }
            openScope(clause.pos)
            stmtList(clause.body)
            closeScope()
        }
        closeScope()
    }

    func typeSwitchStmt(_ s: SwitchStmt, _ g: TypeSwitchGuard) {
        openScope(s.pos)
        simpleStmtOpt(s.initStmt)
        if let l = g.lhs, l.value == "_" {
            error(l, "no new variable on left side of :=")
        }
        var x = expr(g.x)
        if x.isInvalid { closeScope(); return }
        guard isInterface(x.type) else {
            x.expr = g.x
            if x.type is TypeParam {
                error(g.x, "cannot use type switch on type parameter value \(describe(x))")
            } else {
                error(g.x, "\(describe(x)) is not an interface")
            }
            closeScope()
            return
        }
        var seen: [(GoType?, Pos)] = []
        var symVars: [Var] = []
        var defaultPos: Pos?
        for clause in s.body {
            if clause.cases == nil {
                if let d = defaultPos {
                    error(clause.pos, "multiple defaults (first at \(posString(d)))")
                } else {
                    defaultPos = clause.pos
                }
            }
            let cases = unpackList(clause.cases)
            var single: GoType?
            for ce in cases {
                var t: GoType?
                if let n = ce as? Name, n.value == "nil", lookup("nil") is NilObject {
                    t = nil
                } else {
                    let ty = varType(ce)
                    if !isValid(ty) { continue }
                    t = ty
                    var xd = x
                    xd.expr = g.x
                    checkTypeAssertable(x.type, ty, ce, inSwitch: true, operand: describe(xd))
                }
                if let prev = seen.first(where: { p in
                    switch (p.0, t) {
                    case (nil, nil): return true
                    case let (a?, b?): return identical(a, b)
                    default: return false
                    }
                }) {
                    error(ce, "duplicate case \(t.map(typeString) ?? "nil") in type switch\n\t\(posString(prev.1)): previous case")
                } else {
                    seen.append((t, startPos(ce)))
                }
                if cases.count == 1 { single = t ?? x.type }
            }
            openScope(clause.pos)
            if let l = g.lhs, l.value != "_" {
                let vt: GoType = cases.count == 1 ? (single ?? x.type) : x.type
                let v = Var(name: l.value, pos: l.pos, type: vt, pkg: pkg)
                declare(env.scope, nil, v)
                symVars.append(v)
                recordImplicit(clause, v)
            }
            stmtList(clause.body)
            closeScope()
        }
        if let l = g.lhs, l.value != "_" {
            let used = symVars.contains { $0.used }
            if !used {
                error(l, "\(l.value) declared and not used")
            }
            recordDef(l, symVars.first)
        }
        closeScope()
    }

    // MARK: select

    func selectStmt(_ s: SelectStmt) {
        var defaultPos: Pos?
        for clause in s.body {
            if clause.comm == nil {
                if let d = defaultPos {
                    error(clause.pos, "multiple defaults (first at \(posString(d)))")
                } else {
                    defaultPos = clause.pos
                }
            }
            openScope(clause.pos)
            if let comm = clause.comm {
                var valid = false
                switch comm {
                case is SendStmt:
                    valid = true
                case let a as AssignStmt:
                    if let r = a.rhs, let o = unparen(r) as? Operation, o.op == .recv, o.y == nil { valid = true }
                case let e as ExprStmt:
                    if let o = unparen(e.x) as? Operation, o.op == .recv, o.y == nil { valid = true }
                default:
                    break
                }
                if !valid {
                    error(comm, "select case must be send or receive (possibly with assignment)")
                } else {
                    stmt(comm, isLast: false)
                }
            }
            stmtList(clause.body)
            closeScope()
        }
    }

    /// The "used" mark of the variable an lhs identifier names (evaluation must not count as a use).
    func usedFlag(_ e: Expr) -> Bool? {
        guard let n = unparen(e) as? Name, let (_, o) = env.scope.lookupParent(n.value), let v = o as? Var else { return nil }
        return v.used
    }

    func restoreUsed(_ e: Expr, _ flag: Bool?) {
        guard let flag, let n = unparen(e) as? Name, let (_, o) = env.scope.lookupParent(n.value), let v = o as? Var else { return }
        v.used = flag
    }

}

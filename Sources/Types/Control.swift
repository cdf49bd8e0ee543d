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
        openScope(s.pos)
        var x = expr(r.x)
        let lhs = unpackList(r.lhs)
        var keyT: GoType?
        var valT: GoType?
        var maxVars = 2
        var ok = !x.isInvalid
        var cause = ""
        let original = x
        if ok {
            if isUntyped(x.type), x.mode == .constant, isNumeric(x.type), x.val.toInt.kind == .int {
                // an untyped integer constant takes the type of the assigned iteration variable, else int
                var target: GoType = Universe.int
                if !r.def, let l0 = lhs.first, !(l0 is Name && (l0 as! Name).value == "_") {
                    var probe = Operand()
                    let wasUsed = usedFlag(l0)
                    exprOrType(&probe, l0, allowGeneric: false)
                    restoreUsed(l0, wasUsed)
                    if !probe.isInvalid && isInteger(probe.type) { target = probe.type }
                }
                convertUntyped(&x, target)
                if x.isInvalid { ok = false }
            }
        }
        if ok {
            switch coreType(x.type) {
            case let b as Basic where b.isString:
                keyT = Universe.int
                valT = Universe.runeType
            case let b as Basic where b.isInteger:
                keyT = x.type
                maxVars = 1
            case let a as ArrayType:
                keyT = Universe.int
                valT = a.elem
            case let p as Pointer:
                if let a = p.elem.underlying as? ArrayType {
                    keyT = Universe.int
                    valT = a.elem
                } else {
                    ok = false
                }
            case let sl as Slice:
                keyT = Universe.int
                valT = sl.elem
            case let m as MapType:
                keyT = m.key
                valT = m.elem
            case let c as Chan:
                keyT = c.elem
                maxVars = 1
                if c.dir == .send {
                    ok = false
                    cause = "receive from send-only channel"
                }
            case let sig as Signature:
                // range over func(yield func(K, V) bool)
                if sig.params.count == 1, sig.results.count == 0,
                   let y = sig.params.vars[0].type?.underlying as? Signature,
                   y.params.count <= 2, y.results.count == 1, isBoolean(y.results.vars[0].type!) {
                    maxVars = y.params.count
                    if y.params.count >= 1 { keyT = y.params.vars[0].type }
                    if y.params.count == 2 { valT = y.params.vars[1].type }
                } else if sig.params.count != 1 {
                    ok = false
                    cause = "func must be func(yield func(...) bool): wrong argument count"
                } else if let y = sig.params.vars[0].type?.underlying as? Signature {
                    ok = false
                    if y.results.count != 1 || !isBoolean(y.results.vars[0].type!) {
                        cause = "func must be func(yield func(...) bool): yield func does not return bool"
                    } else {
                        cause = "func must be func(yield func(...) bool): yield func has too many parameters"
                    }
                } else {
                    ok = false
                    cause = "func must be func(yield func(...) bool): argument is not func"
                }
            default:
                ok = false
                if let tp = x.type as? TypeParam { cause = coreTypeCause(tp) }
            }
        }
        if !ok && !original.isInvalid {
            var d = original
            d.expr = r.x
            error(r.x, cause.isEmpty ? "cannot range over \(describe(d))" : "cannot range over \(describe(d)): \(cause)")
        }
        if lhs.count > maxVars && ok {
            var d = original
            d.expr = r.x
            if maxVars == 0 {
                error(lhs[0], "range over \(describe(d)) permits no iteration variables")
            } else {
                error(lhs[maxVars], "range over \(describe(d)) permits only one iteration variable")
            }
        } else if lhs.count > 2 {
            error(lhs[2], "range clause permits at most two iteration variables")
        }
        let types: [GoType?] = [keyT, valT]
        if r.def {
            var vars: [Var] = []
            for (i, l) in lhs.enumerated() where i < 2 {
                guard let n = l as? Name else {
                    error(l, "non-name \(exprString(l)) on left side of :=")
                    continue
                }
                let v = Var(name: n.value, pos: n.pos, type: ok ? types[i] ?? Universe.invalid : Universe.invalid, pkg: pkg)
                recordDef(n, v)
                vars.append(v)
            }
            for v in vars { declareLocal(nil, v) }
        } else {
            for (i, l) in lhs.enumerated() where i < 2 {
                guard ok, let t = types[i] else { _ = lhsVar(l); continue }
                var y = Operand(mode: .value, expr: l, type: t)
                assignVar(l, &y)
            }
        }
        stmt(s.body, isLast: false)
        closeScope()
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
            tag = Operand(mode: .constant, expr: nil, type: Universe.bool, val: .make(true))
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
                var t = tag
                if s.tag == nil { t.expr = nil }
                convertUntyped(&x, t.type)
                if x.isInvalid { continue }
                var xx = x
                comparison(&xx, t, .eql, nil, switchCase: true)
                if xx.isInvalid { continue }
                if x.mode == .constant, !x.val.isUnknown {
                    if let prev = seen.first(where: { ConstantValue.compare($0.0, .eql, x.val) && identical($0.1, x.type) }) {
                        error(ce, "duplicate case \(describe(x)) in expression switch\n\t\(posString(prev.2)): previous case")
                    } else {
                        seen.append((x.val, x.type, startPos(ce)))
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

    /// Why a type parameter has no core type: "[]int and map[int]int have different underlying types".
    func coreTypeCause(_ tp: TypeParam) -> String {
        guard let terms = tp.iface.typeSet.terms, let first = terms.first else { return "no core type" }
        for t in terms.dropFirst() where !identical(t.type.underlying, first.type.underlying) {
            return "\(typeString(first.type)) and \(typeString(t.type)) have different underlying types"
        }
        return ""
    }
}

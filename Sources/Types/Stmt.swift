// Statements and function bodies (types2's stmt.go): each statement kind,
// scopes for blocks and headers, "declared and not used" at the end of
// every function body, "missing return" when a body with results can end
// without a terminating statement. Function literals queued while a
// statement is checked are checked when it ends.

import Base
import Syntax
import Constant

extension Checker {
    func funcBody(_ info: DeclInfo, _ name: String, _ sig: Signature, _ body: BlockStmt) {
        let scope = funcScopes[ObjectIdentifier(funcObjFor(info) ?? Func(name: "", pos: .none, type: nil, pkg: nil))]
        let saved = env
        env = Environment(decl: info, scope: scope ?? Scope(parent: info.fileScope, start: body.pos), sig: sig)
        env.funcTParams = sig.tparams
        env.funcName = name
        funcBodyInScope(env.scope, sig, body, isLiteral: false)
        env = saved
    }

    private func funcObjFor(_ info: DeclInfo) -> Func? {
        funcDecls.first { $0.2 === info }?.0
    }

    /// Checks a body whose parameters are declared in `scope`.
    func funcBodyInScope(_ scope: Scope, _ sig: Signature, _ body: BlockStmt, isLiteral: Bool) {
        let savedVars = localVars
        let savedScope = env.scope
        let savedSig = env.sig
        localVars = []
        env.scope = scope
        env.sig = sig
        env.iota = nil
        stmtList(body.list)
        if sig.results.count > 0 && !isTerminating(body, label: "") {
            error(body.rbrace, "missing return")
        }
        reportUnused()
        localVars = savedVars
        env.scope = savedScope
        env.sig = savedSig
    }

    func reportUnused() {
        for v in localVars.sorted(by: { $0.pos < $1.pos }) where !v.used {
            error(v.pos, "declared and not used: \(v.name)")
        }
    }

    /// Declares a local variable and remembers it for the unused check.
    func declareLocal(_ id: Name?, _ v: Var, in scope: Scope? = nil) {
        let s = scope ?? env.scope
        let before = s.lookup(v.name)
        declare(s, id, v)
        if v.name != "_" && before == nil { localVars.append(v) }
    }

    func stmtList(_ list: [Stmt]) {
        var inner = list
        while let last = inner.last, last is EmptyStmt { inner.removeLast() }
        for (i, s) in list.enumerated() {
            if errors.isFull { return }
            _ = i
            stmt(s, isLast: false)
        }
        _ = inner
    }

    func stmt(_ s: Stmt, isLast: Bool) {
        let top = delayed.count
        defer { processDelayed(from: top) }
        switch s {
        case is EmptyStmt, is BranchStmt:
            break
        case let d as DeclStmt:
            for decl in d.decls { localDecl(decl) }
        case let l as LabeledStmt:
            stmt(l.stmt, isLast: isLast)
        case let e as ExprStmt:
            exprStmt(e)
        case let send as SendStmt:
            sendStmt(send)
        case let a as AssignStmt:
            assignStmt(a)
        case let c as CallStmt:
            callStmt(c)
        case let r as ReturnStmt:
            returnStmt(r)
        case let b as BlockStmt:
            openScope(b.pos)
            stmtList(b.list)
            closeScope()
        case let i as IfStmt:
            ifStmt(i)
        case let sw as SwitchStmt:
            if let g = sw.tag as? TypeSwitchGuard {
                typeSwitchStmt(sw, g)
            } else {
                switchStmt(sw)
            }
        case let sel as SelectStmt:
            selectStmt(sel)
        case let f as ForStmt:
            if let r = f.initStmt as? RangeClause {
                rangeStmt(f, r)
            } else {
                forStmt(f)
            }
        default:
            error(s, "invalid statement")
        }
    }

    private func simpleStmt(_ s: SimpleStmt?) {
        if let s { stmt(s, isLast: false) }
    }

    // MARK: simple statements

    private func exprStmt(_ e: ExprStmt) {
        var x = Operand()
        rawExpr(&x, e.x, hint: nil, allowGeneric: false)
        var msg: String
        switch x.mode {
        case .invalid:
            return
        case .builtin:
            msg = "must be called"
        case .typexpr:
            msg = "is not an expression"
        default:
            if isStatementExpr(e.x, x) { return }
            msg = "is not used"
        }
        errorf(x, "\(describe(x)) \(msg)")
    }

    /// Calls (other than of value-producing builtins and conversions) and receives may stand as statements.
    private func isStatementExpr(_ e: Expr, _ x: Operand) -> Bool {
        let u = unparen(e)
        if let o = u as? Operation, o.op == .recv, o.y == nil { return true }
        guard let c = u as? CallExpr else { return false }
        var f = Operand()
        if let tv = typeOf(c.fun) { f.type = tv.type }
        // conversions and value builtins are expressions
        if let id = calleeBuiltin(c.fun) {
            switch id {
            case .close, .copy, .delete, .panic, .print, .println, .recover, .clear: return true
            default: return false
            }
        }
        if isConversion(c) { return false }
        return true
    }

    func calleeBuiltin(_ fun: Expr) -> BuiltinID? {
        let f = unparen(fun)
        if let n = f as? Name, let (_, o) = env.scope.lookupParent(n.value), let b = o as? Builtin { return b.id }
        if let s = f as? SelectorExpr, let n = s.x as? Name, let (_, o) = env.scope.lookupParent(n.value), let pn = o as? PkgName,
           let b = pn.imported.scope.lookup(s.sel.value) as? Builtin {
            return b.id
        }
        return nil
    }

    func isConversion(_ c: CallExpr) -> Bool {
        var f = unparen(c.fun)
        if let ix = f as? IndexExpr { f = ix.x }
        if let n = f as? Name, let (_, o) = env.scope.lookupParent(n.value) { return o is TypeName }
        if let s = f as? SelectorExpr, let n = s.x as? Name, let (_, o) = env.scope.lookupParent(n.value), let pn = o as? PkgName {
            return pn.imported.scope.lookup(s.sel.value) is TypeName
        }
        switch f {
        case is Syntax.ArrayType, is SliceType, is Syntax.MapType, is ChanType, is FuncType, is StructType, is InterfaceType:
            return true
        case let o as Operation where o.op == .mul && o.y == nil:
            return true
        default:
            return typeOf(c.fun).map { _ in false } ?? false
        }
    }

    private func sendStmt(_ s: SendStmt) {
        let ch = expr(s.chan)
        var v = expr(s.value)
        if ch.isInvalid || v.isInvalid { return }
        guard let elem = chanElem(s, ch, recv: false) else { return }
        assignment(&v, elem, context: "send")
    }

    private func assignStmt(_ a: AssignStmt) {
        guard let rhs = a.rhs else {
            // x++ / x--
            var x = expr(a.lhs)
            if x.isInvalid { return }
            if !isNumeric(x.type) {
                error(a.lhs, "invalid operation: \(exprString(a.lhs))\(a.op)\(a.op) (non-numeric type \(typeString(x.type)))")
                return
            }
            var one = Operand(mode: .constant, expr: a.lhs, type: Universe.untypedInt, val: .make(1))
            _ = one
            one.expr = nil
            x.mode = .value
            assignVar(a.lhs, &x)
            return
        }
        switch a.op {
        case .def:
            shortVarDecl(a, unpackList(a.lhs), unpackList(rhs))
        case .none:
            assignVars(unpackList(a.lhs), unpackList(rhs))
        default:
            let lhs = unpackList(a.lhs), rhsl = unpackList(rhs)
            if lhs.count != 1 || rhsl.count != 1 {
                error(a, "assignment operation \(a.op)= requires single-valued expressions")
                return
            }
            var x = Operand()
            binary(&x, nil, lhs[0], rhsl[0], a.op, opPos: a.pos)
            if x.isInvalid { _ = lhsVar(lhs[0]); return }
            assignVar(lhs[0], &x)
        }
    }

    private func shortVarDecl(_ a: AssignStmt, _ lhs: [Expr], _ rhs: [Expr]) {
        let top = delayed.count
        var newVars: [Var] = []
        var lhsVars: [Var] = []
        var seen = Set<String>()
        var hasErr = false
        for l in lhs {
            guard let n = l as? Name else {
                // evaluated for its uses, as types2's useLHS
                var y = Operand()
                rawExpr(&y, l, hint: nil, allowGeneric: false)
                error(l, "non-name \(exprString(l)) on left side of :=")
                hasErr = true
                let v = Var(name: "_", pos: startPos(l), type: nil, pkg: pkg)
                lhsVars.append(v)
                continue
            }
            if !seen.insert(n.value).inserted && n.value != "_" {
                error(n, "\(n.value) repeated on left side of :=")
                hasErr = true
                lhsVars.append(Var(name: "_", pos: n.pos, type: nil, pkg: pkg))
                continue
            }
            if n.value != "_", let alt = env.scope.lookup(n.value) {
                recordUse(n, alt)
                if let v = alt as? Var {
                    lhsVars.append(v)
                } else {
                    error(n, "cannot assign to \(n.value)")
                    hasErr = true
                    lhsVars.append(Var(name: "_", pos: n.pos, type: nil, pkg: pkg))
                }
                continue
            }
            let v = Var(name: n.value, pos: n.pos, type: nil, pkg: pkg)
            recordDef(n, v)
            if n.value != "_" { newVars.append(v) }
            lhsVars.append(v)
        }
        // the initializers are checked before the new variables are in scope
        let existing = lhsVars.filter { v in v.name != "_" && !newVars.contains { $0 === v } }
        if newVars.isEmpty && !hasErr {
            error(a.pos, "no new variables on left side of :=")
        }
        if existing.isEmpty {
            initVars(lhsVars, rhs, returnStmt: nil)
        } else {
            // mixed: existing variables are assigned, new ones initialized
            assignMixed(lhs, lhsVars, newVars, rhs)
        }
        processDelayed(from: top)
        for v in newVars { declareLocal(nil, v) }
    }

    private func assignMixed(_ lhs: [Expr], _ vars: [Var], _ newVars: [Var], _ rhs: [Expr]) {
        var ops: [Operand] = []
        if lhs.count == rhs.count && !(rhs.count == 1 && unparen(rhs[0]) is CallExpr) {
            ops = rhs.map { expr($0) }
        } else if rhs.count == 1 {
            ops = multiExprCommaOk(rhs[0], want: lhs.count)
            if ops.count != lhs.count {
                if !(ops.count == 1 && ops[0].isInvalid) {
                    reportAssignMismatch(at: rhs[0], vars: lhs.count, valueCount: ops.count, call: rhs[0])
                }
                for v in newVars where v.type == nil { v.type = Universe.invalid }
                return
            }
        } else {
            for e in rhs { _ = expr(e) }
            reportAssignMismatch(at: rhs[0], vars: lhs.count, valueCount: rhs.count, call: nil)
            for v in newVars where v.type == nil { v.type = Universe.invalid }
            return
        }
        for (i, v) in vars.enumerated() {
            var x = ops[i]
            if newVars.contains(where: { $0 === v }) || v.name == "_" && v.type == nil {
                initVar(v, &x, context: "assignment")
            } else {
                let wasUsed = v.used
                assignment(&x, v.type, context: "assignment")
                v.used = wasUsed
            }
        }
    }

    private func callStmt(_ c: CallStmt) {
        let what = c.tok == .kwGo ? "go" : "defer"
        var x = Operand()
        rawExpr(&x, c.call, hint: nil, allowGeneric: false)
        if x.isInvalid { return }
        guard let call = unparen(c.call) as? CallExpr else {
            error(c.call, "expression in \(what) must be function call")
            return
        }
        if isConversion(call) {
            error(c.call, "\(what) requires function call, not conversion \(describe(x))")
            return
        }
        if let id = calleeBuiltin(call.fun) {
            switch id {
            case .close, .copy, .delete, .panic, .print, .println, .recover, .clear:
                break
            default:
                error(c.call, "\(what) discards result of \(describe(x))")
            }
        }
    }

    private func returnStmt(_ r: ReturnStmt) {
        guard let sig = env.sig else { return }
        let results = unpackList(r.results)
        let want = sig.results.vars
        if results.isEmpty {
            if !want.isEmpty {
                if want[0].name.isEmpty {
                    error(r, "not enough return values\n\thave ()\n\twant \(typesSummary(want.map { $0.type! }, variadic: false, hasDots: false))")
                    return
                }
                // named results: each must be in scope (not shadowed)
                for v in want where !v.name.isEmpty {
                    if let (_, alt) = env.scope.lookupParent(v.name), alt !== v {
                        error(r, "result parameter \(v.name) not in scope at return\n\t\(posString(alt.pos)): inner declaration of var \(v.name) \(typeString(alt.type ?? Universe.invalid))")
                    }
                }
            }
            return
        }
        if want.isEmpty {
            let ops = results.map { e -> Operand in
                var y = Operand()
                rawExpr(&y, e, hint: nil, allowGeneric: false)
                return y
            }
            if ops.contains(where: { $0.isInvalid }) { return }
            error(results[0], "too many return values\n\thave \(typesSummary(ops.map { $0.type }, variadic: false, hasDots: false))\n\twant ()")
            return
        }
        let isCall = results.count == 1 && unparen(results[0]) is CallExpr
        if results.count == want.count && !isCall {
            for (i, v) in want.enumerated() {
                var x = exprWithHint(results[i], v.type)
                assignment(&x, v.type, context: "return statement")
            }
            return
        }
        var ops: [Operand]
        if results.count == 1 {
            ops = multiExpr(results[0])
            if ops.count == 1 && ops[0].isInvalid { return }
            if ops.count == want.count {
                for (i, v) in want.enumerated() {
                    var x = ops[i]
                    assignment(&x, v.type, context: "return statement")
                }
                return
            }
        } else {
            ops = results.map { e -> Operand in
                var y = Operand()
                rawExpr(&y, e, hint: nil, allowGeneric: false)
                if y.mode == .value, y.type is Tuple {
                    var z = y
                    singleValue(&z)
                }
                return y
            }
            if ops.contains(where: { $0.isInvalid }) { return }
        }
        returnError(r, want, ops)
    }

    /// types2's returnError: "not enough/too many return values" with have and want.
    private func returnError(_ r: ReturnStmt, _ want: [Var], _ ops: [Operand]) {
        let l = want.count, n = ops.count
        var at: Node = r
        var qualifier = "not enough"
        if n > l {
            at = ops[l].expr ?? r
            qualifier = "too many"
        } else if n > 0 {
            at = ops[n - 1].expr ?? r
        }
        let have = typesSummary(ops.map { $0.type }, variadic: false, hasDots: false)
        let w = typesSummary(want.map { $0.type! }, variadic: false, hasDots: false)
        error(at, "\(qualifier) return values\n\thave \(have)\n\twant \(w)")
    }

    // MARK: local declarations

    func localDecl(_ d: Decl) {
        let top = delayed.count
        switch d {
        case let c as ConstDecl:
            if c.group == nil || c.group !== localConstGroup {
                localConstGroup = c.group
                localConstSpec = nil
                localIota = 0
            } else {
                localIota += 1
            }
            var spec: ConstDecl? = c
            var inherited = true
            if c.type != nil || c.values != nil {
                localConstSpec = c
                inherited = false
            } else if localConstSpec == nil {
                spec = nil
                inherited = false
            } else {
                spec = localConstSpec
            }
            let specValues = unpackList(spec?.values)
            arity(c.pos, c.names, specValues, constDecl: true, inherited: inherited)
            let values = specValues
            var consts: [(Name, Const)] = []
            let savedIota = env.iota
            env.iota = .make(localIota)
            var t: GoType?
            if let te = spec?.type {
                let ty = typExpr(te)
                if isValid(ty) && !isConstType(ty) {
                    error(te, "invalid constant type \(typeString(ty))")
                } else {
                    t = ty
                }
            }
            for (i, n) in c.names.enumerated() {
                let obj = Const(name: n.value, pos: n.pos, type: nil, pkg: pkg, value: .unknown)
                var x = Operand()
                if inherited { errpos = n.pos }
                if i < values.count { x = expr(values[i]) }
                initConst(obj, &x, declared: t)
                errpos = nil
                consts.append((n, obj))
            }
            env.iota = savedIota
            processDelayed(from: top)
            for (n, obj) in consts { declare(env.scope, n, obj) }
        case let v as VarDecl:
            var vars: [Var] = []
            for n in v.names { vars.append(Var(name: n.value, pos: n.pos, type: nil, pkg: pkg)) }
            if let te = v.type {
                let t = varType(te)
                for x in vars { x.type = t }
            }
            let values = unpackList(v.values)
            if values.count == 1 && vars.count > 1 {
                initVars(vars, values, returnStmt: nil)
            } else {
                for (i, x) in vars.enumerated() where i < values.count {
                    var op = exprWithHint(values[i], x.type)
                    initVar(x, &op, context: "variable declaration")
                }
            }
            if v.type == nil || v.values != nil {
                arity(v.pos, v.names, values, constDecl: false, inherited: false)
            }
            processDelayed(from: top)
            for (n, x) in zip(v.names, vars) {
                if x.type == nil { x.type = Universe.invalid }
                declareLocal(n, x)
            }
        case let t as TypeDecl:
            let obj = TypeName(name: t.name.value, pos: t.name.pos, type: nil, pkg: pkg)
            declare(env.scope, t.name, obj)
            let info = DeclInfo(fileScope: env.scope)
            info.tdecl = t
            let saved = env
            obj.color = .grey
            objPath.append(obj)
            typeDecl(obj, info)
            objPath.removeLast()
            obj.color = .black
            env = saved
        default:
            break
        }
    }
}

// Phase 2 of checking: resolving one package-level object (constant,
// variable, type or function signature) on first use or in source order.
// Objects are white (unresolved), grey (being resolved: on `objPath`) or
// black. Meeting a grey object is a cycle: legal through a defined type's
// name, otherwise reported ("invalid recursive type"); cycles among
// constants and variables are left to the initialization-order check.

import Base
import Syntax
import Constant

extension Checker {
    func objDecl(_ obj: Object) {
        if obj.color == .grey {
            handleCycle(obj)
            return
        }
        if obj.color == .black { return }
        guard let info = objDecls[ObjectIdentifier(obj)] else { return }
        obj.color = .grey
        objPath.append(obj)
        let saved = env
        env = Environment(decl: info, scope: info.fileScope)
        switch obj {
        case let c as Const:
            constDecl(c, info)
        case let v as Var:
            varDecl(v, info)
        case let t as TypeName:
            typeDecl(t, info)
        case let f as Func:
            if let d = info.fdecl { funcType(f, d, info) }
        default:
            break
        }
        env = saved
        objPath.removeLast()
        obj.color = .black
    }

    private func handleCycle(_ obj: Object) {
        switch obj {
        case is Const, is Var:
            if obj.type == nil { obj.type = Universe.invalid }
        case let t as TypeName:
            if t.type is Named { return }  // recursion through a defined type is fine
            if t.type is Alias, let i = objPath.firstIndex(where: { $0 === obj }),
               objPath[i...].contains(where: { ($0 as? TypeName)?.type is Named }) {
                return  // an alias cycle through a defined type is fine too
            }
            cycleError(from: obj)
            if let a = t.type as? Alias { a.actual = Universe.invalid } else { t.type = Universe.invalid }
        case let f as Func:
            // a function referring to itself through its signature: fine if already typed
            if f.type == nil { cycleError(from: obj) }
        default:
            break
        }
    }

    /// Reports the cycle of objects on objPath that starts at obj.
    func cycleError(from obj: Object) {
        guard let i = objPath.firstIndex(where: { $0 === obj }) else { return }
        let cycle = Array(objPath[i...])
        reportTypeCycle(cycle)
    }

    func reportTypeCycle(_ cycle: [Object]) {
        // start at the object declared first, as types2 does
        guard let first = cycle.indices.min(by: { cycle[$0].pos < cycle[$1].pos }) else { return }
        let ordered = Array(cycle[first...] + cycle[..<first])
        let o = ordered[0]
        if ordered.count == 1 {
            error(o.pos, "invalid recursive type: \(o.name) refers to itself")
            return
        }
        var msg = "invalid recursive type \(o.name)"
        for (k, x) in ordered.enumerated() {
            let next = ordered[(k + 1) % ordered.count]
            msg += "\n\t\(posString(x.pos)): \(x.name) refers to \(next.name)"
        }
        error(o.pos, msg)
    }

    // MARK: constants

    func constDecl(_ obj: Const, _ info: DeclInfo) {
        env.iota = .make(info.iota)
        var t: GoType?
        if let te = info.typeExpr {
            let ty = typExpr(te)
            if isValid(ty) && !isConstType(ty) {
                error(te, "invalid constant type \(typeString(ty))")
                obj.type = Universe.invalid
                return
            }
            t = ty
        }
        var x = Operand()
        if info.inherited { errpos = obj.pos }
        defer { errpos = nil }
        if let e = info.initExpr {
            x = expr(e)
        }
        initConst(obj, &x, declared: t)
    }

    func initConst(_ obj: Const, _ x: inout Operand, declared: GoType?) {
        if x.isInvalid || !isValid(x.type) {
            obj.type = declared ?? Universe.invalid
            if declared == nil { obj.type = Universe.invalid }
            return
        }
        if x.mode != .constant {
            errorf(x, "\(describe(x)) is not constant")
            obj.type = Universe.invalid
            return
        }
        if let d = declared {
            assignment(&x, d, context: "constant declaration")
            if x.isInvalid { obj.type = Universe.invalid; return }
        }
        obj.type = x.type
        obj.value = x.val
    }

    // MARK: variables

    func varDecl(_ obj: Var, _ info: DeclInfo) {
        defer { later { [unowned self] in self.checkVarSize(obj) } }
        if let te = info.typeExpr {
            let t = varType(te)
            obj.type = t
            if let lhs = info.lhs { for v in lhs where v !== obj { v.type = t } }
        }
        guard let ie = info.initExpr else {
            if obj.type == nil { obj.type = Universe.invalid }
            return
        }
        if let lhs = info.lhs, lhs.count > 1 {
            initVars(lhs, [ie], returnStmt: nil)
            for v in lhs { v.color = .black }
            return
        }
        var x = exprWithHint(ie, obj.type)
        initVar(obj, &x, context: "variable declaration")
    }

    // MARK: types

    func typeDecl(_ obj: TypeName, _ info: DeclInfo) {
        guard let d = info.tdecl else { return }
        if d.isAlias {
            // the alias exists (unresolved) before its right-hand side is
            let alias = Alias(obj: obj, actual: nil)
            obj.type = alias
            obj.isAlias = true
            defer { if alias.actual == nil { alias.actual = Universe.invalid } }
            if !d.tparams.isEmpty {
                // generic aliases: the type parameters scope the right-hand side
                openScope(d.pos)
                obj.aliasTParams = collectTypeParams(d.tparams)
                let rhs = typExpr(d.type)
                if rhs is TypeParam {
                    error(d.type, "cannot use type parameter declared in alias declaration as RHS")
                    alias.actual = Universe.invalid
                } else {
                    alias.actual = rhs
                }
                closeScope()
            } else {
                alias.actual = typExpr(d.type)
            }
            return
        }
        let named = Named(obj: obj, underlying: nil)
        obj.type = named
        if !d.tparams.isEmpty {
            openScope(d.pos)
            named.tparams = collectTypeParams(d.tparams) { named.tparams = $0 }
        }
        let rhs = unalias(definedType(d.type))
        var u: GoType = rhs.underlying
        if let rn = rhs as? Named, rn.resolved == nil, rn.origin == nil {
            // the right-hand side is a defined type still being resolved: a cycle
            if objPath.contains(where: { $0 === rn.obj }) { cycleError(from: rn.obj) }
            u = Universe.invalid
        }
        if rhs is TypeParam {
            error(d.type, "cannot use a type parameter as RHS in type declaration")
            u = Universe.invalid
        }
        named.setUnderlying(u)
        if !d.tparams.isEmpty { closeScope() }
        // types resolved while resolving another are validated after it, when the
        // whole group is resolved: a cycle is then found once, and chains memoized
        if objPath.count <= 1 {
            validType(named, d)
            while let (n, nd) = pendingValidTypes.popLast() { validType(n, nd) }
        } else {
            pendingValidTypes.append((named, d))
        }
        if pkg.scope.lookup(obj.name) === obj { collectMethods(obj, named) }
    }

    /// Reports `type T struct{ x T }` and other infinitely sized types.
    func validType(_ named: Named, _ d: TypeDecl) {
        var path: [Named] = []
        var onPath: [ObjectIdentifier: Int] = [:]   // origin -> index in path
        var unresolvedSeen = 0  // types met while still being declared: results below them are provisional
        func visit(_ t: GoType) -> Bool {
            switch unalias(t) {
            case let n as Named:
                if n.originOrSelf.obj.pkg !== pkg { return true }
                if validTypes.contains(ObjectIdentifier(n)) { return true }
                if n.resolved == nil && n.origin == nil { unresolvedSeen += 1 }
                if n.resolved != nil, !isValid(n.underlying) { return false }  // reported before
                if let i = onPath[ObjectIdentifier(n.originOrSelf)] {
                    if path[i] === named || path[i].originOrSelf === named {
                        if i == path.count - 1, !n.targs.isEmpty, let at = instancePositions[ObjectIdentifier(n)] {
                            error(at, "invalid recursive type: \(typeString(n)) refers to itself")
                        } else {
                            reportTypeCycle(path[i...].map { $0.obj })
                        }
                        // every type of the cycle is invalid: later checks stop here
                        for m in path[i...] where m.resolved != nil && m !== named { m.setUnderlying(Universe.invalid) }
                    }
                    return false
                }
                path.append(n)
                onPath[ObjectIdentifier(n.originOrSelf)] = path.count - 1
                defer {
                    path.removeLast()
                    onPath[ObjectIdentifier(n.originOrSelf)] = nil
                }
                let before = unresolvedSeen
                let ok = visit(n.underlying)
                // resolved and acyclic, with nothing provisional below: never walked again
                if ok && n.resolved != nil && unresolvedSeen == before { validTypes.insert(ObjectIdentifier(n)) }
                return ok
            case let a as ArrayType:
                return visit(a.elem)
            case let s as Struct:
                for f in s.fields {
                    if let ft = f.type, !visit(ft) { return false }
                }
                return true
            default:
                return true
            }
        }
        if !visit(named) { named.setUnderlying(Universe.invalid) }
    }

    /// Type parameters of a generic type or function, declared in the current scope.
    /// `declared` runs once the parameters are declared, before their constraints
    /// are resolved (a constraint may mention the generic type itself: `type C[T C[T]]`).
    func collectTypeParams(_ fields: [Field], declared: (([TypeParam]) -> Void)? = nil) -> [TypeParam] {
        var tps: [TypeParam] = []
        for (i, f) in fields.enumerated() {
            guard let n = f.name else { continue }
            let obj = TypeName(name: n.value, pos: n.pos, type: nil, pkg: pkg)
            let tp = TypeParam(obj: obj, index: i, constraint: Universe.invalid)
            obj.type = tp
            declare(env.scope, n, obj)
            tps.append(tp)
        }
        declared?(tps)
        // constraints may refer to any of the type parameters
        var lastExpr: Expr?
        var lastBound: GoType = Universe.anyType
        for (i, f) in fields.enumerated() where i < tps.count {
            guard let ce = f.type else { tps[i].constraint = Universe.anyType; continue }
            if ce !== lastExpr {
                lastBound = boundType(ce)
                lastExpr = ce
            }
            tps[i].constraint = lastBound
        }
        return tps
    }

    func boundType(_ e: Expr) -> GoType {
        // a constraint may be a type-set term list written without interface{}
        if let o = e as? Operation, o.op == .or || o.op == .tilde {
            let i = Interface(methods: [], embeddeds: [unionType(e)])
            i.implicit = true
            return i
        }
        let t = typExpr(e)
        if isValid(t) && !(t.underlying is Interface) || t is TypeParam {
            if t is TypeParam {
                error(e, "cannot use a type parameter as constraint")
                return Universe.anyType
            }
            let i = Interface(methods: [], embeddeds: [t])
            i.implicit = true
            return i
        }
        return t
    }

    // MARK: functions and methods

    /// The signature of a function or method declaration.
    func funcType(_ obj: Func, _ d: FuncDecl, _ info: DeclInfo) {
        if obj.type != nil { return }
        // the signature may mention the function itself (unsafe.Sizeof(f) in a parameter
        // type): meanwhile it is an empty signature, as in types2
        obj.type = Signature(params: .empty, results: .empty, variadic: false)
        let saved = env
        env = Environment(decl: info, scope: info.fileScope)
        openScope(d.pos)
        env.scope.isFunc = true
        var recv: Var?
        var tparams: [TypeParam] = []
        if let r = d.recv {
            recv = receiver(r, obj)
        }
        if !d.tparams.isEmpty {
            tparams = collectTypeParams(d.tparams)
        }
        let sig = signature(d.type, recv: recv)
        sig.tparams = tparams
        obj.type = sig
        funcScopes[ObjectIdentifier(obj)] = env.scope
        closeScope()
        env = saved
    }

    /// The receiver parameter of a method: checks the base type and records pointer-ness.
    func receiver(_ r: Field, _ method: Func) -> Var {
        var te = unparen(r.type ?? BadExpr(r.pos))
        var isPtr = false
        if let o = te as? Operation, o.op == .mul, o.y == nil {
            isPtr = true
            te = unparen(o.x)
            if let inner = te as? Operation, inner.op == .mul, inner.y == nil {
                // **T: report the receiver type as written
                let t = typExpr(r.type!)
                if isValid(t) { error(inner, "invalid receiver type \(typeString(t))") }
                method.hasPtrRecv = true
                let v = Var(name: r.name?.value ?? "", pos: r.name?.pos ?? r.pos, type: Universe.invalid, pkg: pkg)
                v.kind = .recv
                if let n = r.name { declare(env.scope, n, v) }
                return v
            }
        }
        method.hasPtrRecv = isPtr
        var recvType: GoType = Universe.invalid
        var baseExpr = te
        var targs: [Name] = []
        if let ix = te as? IndexExpr {
            baseExpr = ix.x
            for a in unpackList(ix.index) {
                if let n = a as? Name { targs.append(n) } else { error(a, "receiver type parameter \(exprString(a)) must be an identifier") }
            }
        }
        if let bn = baseExpr as? Name {
            if let obj = lookup(bn.value) {
                recordUse(bn, obj)
                if let tn = obj as? TypeName {
                    objDecl(tn)
                    let base = unalias(tn.type ?? Universe.invalid)
                    if tn.isAlias && !(base is Named) && !(base is Basic) {
                        error(bn, "invalid receiver type \(bn.value)")
                    } else if tn.pkg !== pkg || base is Basic || (base as? Named)?.obj.pkg !== pkg {
                        error(bn, "cannot define new methods on non-local type \(exprString(bn))")
                    } else if let n = base as? Named {
                        if !n.tparams.isEmpty {
                            // declare the receiver's type parameters
                            if targs.count != n.tparams.count {
                                if targs.isEmpty {
                                    error(bn, "cannot use generic type \(typeString(n)) without instantiation")
                                } else {
                                    error(bn, "receiver declares \(targs.count) type parameter\(targs.count == 1 ? "" : "s"), but receiver base type declares \(n.tparams.count)")
                                    // declared anyway, so the body does not report them undefined
                                    for (i, a) in targs.enumerated() {
                                        let o = TypeName(name: a.value, pos: a.pos, type: nil, pkg: pkg)
                                        o.type = TypeParam(obj: o, index: i, constraint: Universe.anyType)
                                        declare(env.scope, a, o)
                                    }
                                }
                            } else {
                                var args: [GoType] = []
                                for (i, a) in targs.enumerated() {
                                    let o = TypeName(name: a.value, pos: a.pos, type: nil, pkg: pkg)
                                    let tp = TypeParam(obj: o, index: i, constraint: n.tparams[i].constraint)
                                    o.type = tp
                                    declare(env.scope, a, o)
                                    args.append(tp)
                                }
                                // constraints mention the type's own parameters: rebind them
                                var m: [ObjectIdentifier: GoType] = [:]
                                for (i, tp) in n.tparams.enumerated() { m[ObjectIdentifier(tp)] = args[i] }
                                for case let tp as TypeParam in args { tp.constraint = Substituter(m).subst(tp.constraint) }
                                for (i, a) in args.enumerated() {
                                    if let tp = a as? TypeParam { mono.canon[ObjectIdentifier(tp)] = n.tparams[i] }
                                }
                                recvType = n.instance(args)
                            }
                        } else {
                            if !targs.isEmpty { error(te, "\(n.obj.name) is not a generic type") }
                            recvType = n
                        }
                        if recvType !== Universe.invalid {
                            let u = n.underlying
                            if u is Pointer || u is Interface {
                                error(bn, "invalid receiver type \(n.obj.name) (pointer or interface type)")
                                recvType = Universe.invalid
                            }
                        }
                    } else if isValid(base) {
                        error(bn, "invalid receiver type \(typeString(base))")
                    }
                } else {
                    error(bn, "\(bn.value) is not a type")
                }
            } else {
                error(bn, "undefined: \(bn.value)")
            }
        } else if let sel = baseExpr as? SelectorExpr {
            let t = typExpr(sel)
            if isValid(t) { error(sel, "cannot define new methods on non-local type \(exprString(sel))") }
        } else if !(baseExpr is BadExpr) {
            let t = typExpr(baseExpr)
            if isValid(t) { error(baseExpr, "invalid receiver type \(typeString(t))") }
        }
        let t: GoType = isPtr && isValid(recvType) ? Pointer(recvType) : recvType
        let v = Var(name: r.name?.value ?? "", pos: r.name?.pos ?? r.pos, type: t, pkg: pkg)
        v.isParam = true
        v.kind = .recv
        v.used = true
        if let n = r.name { declare(env.scope, n, v) }
        return v
    }

    /// A function signature; parameters are declared in the current scope.
    func signature(_ ft: FuncType, recv: Var?) -> Signature {
        let (params, variadic) = paramTuple(ft.params, variadicOK: true, kind: .param)
        let (results, _) = paramTuple(ft.results, variadicOK: false, kind: .result)
        return Signature(recv: recv, params: params, results: results, variadic: variadic)
    }

    func paramTuple(_ fields: [Field], variadicOK: Bool, kind: VarKind) -> (Tuple, Bool) {
        var vars: [Var] = []
        var variadic = false
        var lastExpr: Expr?
        var lastType: GoType = Universe.invalid
        for (i, f) in fields.enumerated() {
            guard var te = f.type else { continue }
            var isDots = false
            if let d = te as? DotsType {
                te = d.elem
                isDots = true
                if variadicOK && i == fields.count - 1 {
                    variadic = true
                }
            }
            if te !== lastExpr || isDots {
                lastType = varType(te)
                lastExpr = te
            }
            var t = lastType
            if isDots && variadic { t = Slice(t) }
            let v = Var(name: f.name?.value ?? "", pos: f.name?.pos ?? f.pos, type: t, pkg: pkg)
            v.isParam = true
            v.kind = kind
            v.used = true
            if let n = f.name { declare(env.scope, n, v) }
            vars.append(v)
        }
        return (Tuple(vars), variadic)
    }

    /// Associates the methods declared for a type with it and checks their signatures.
    func collectMethods(_ obj: TypeName, _ named: Named) {
        guard let decls = methodsByBase[obj.name] else { return }
        resolvedMethodBases.insert(obj.name)
        for d in decls {
            guard let m = methodObjs[ObjectIdentifier(d)] else { continue }
            if m.name != "_" {
                if let alt = named.methods.first(where: { $0.name == m.name }) {
                    error(m.pos, "method \(obj.name).\(m.name) already declared at \(posString(alt.pos))")
                    continue
                }
                if let s = named.underlying as? Struct, let f = s.fields.first(where: { $0.name == m.name }) {
                    error(m.pos, "field and method with the same name \(m.name)\n\t\(posString(f.pos)): other declaration of \(m.name)")
                    continue
                }
                named.methods.append(m)
            }
        }
        for d in decls {
            guard let m = methodObjs[ObjectIdentifier(d)], let info = objDecls[ObjectIdentifier(m)] else { continue }
            funcType(m, d, info)
        }
    }
}

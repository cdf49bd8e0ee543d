// Expressions: the dispatcher that checks one expression into an Operand,
// identifiers, selectors (package members, fields, methods, method
// expressions), literals, function literals and type assertions.
// Operators, calls, indexing and composite literals live in their own files.

import Base
import Syntax
import Constant

extension Checker {
    /// Checks e as a single value (not a type, not a tuple).
    func expr(_ e: Expr) -> Operand {
        var x = Operand()
        rawExpr(&x, e, hint: nil, allowGeneric: false)
        exclude(&x, type: true, novalue: true, builtin: true)
        singleValue(&x)
        return x
    }

    /// Checks e as a value with a type hint for untyped composite literal elements.
    /// A generic function is allowed when the hint is a function type: the
    /// assignment then infers its type arguments from the target.
    func exprWithHint(_ e: Expr, _ hint: GoType?) -> Operand {
        var x = Operand()
        let target = hint.map { coreType($0) is Signature } ?? false
        rawExpr(&x, e, hint: hint, allowGeneric: target)
        exclude(&x, type: true, novalue: true, builtin: true)
        singleValue(&x)
        return x
    }

    /// Checks e, which may be a type or a value.
    func exprOrType(_ x: inout Operand, _ e: Expr, allowGeneric: Bool) {
        rawExpr(&x, e, hint: nil, allowGeneric: allowGeneric)
        exclude(&x, type: false, novalue: true, builtin: true)
        singleValue(&x)
    }

    /// Checks e, which may produce several values (a call) or none.
    func multiExpr(_ e: Expr, allowGeneric: Bool = false) -> [Operand] {
        var x = Operand()
        rawExpr(&x, e, hint: nil, allowGeneric: allowGeneric)
        exclude(&x, type: true, novalue: false, builtin: true)
        if x.isInvalid { return [x] }
        if let t = x.type as? Tuple, x.mode == .value {
            return t.vars.map { Operand(mode: .value, expr: e, type: $0.type!) }
        }
        return [x]
    }

    func exclude(_ x: inout Operand, type: Bool, novalue: Bool, builtin: Bool) {
        switch x.mode {
        case .typexpr where type:
            errorf(x, "\(exprString(x.expr)) (type) is not an expression")
            x.mode = .invalid
        case .novalue where novalue:
            errorf(x, "\(exprString(x.expr)) (no value) used as value")
            x.mode = .invalid
        case .builtin where builtin:
            errorf(x, "\(exprString(x.expr)) (built-in) must be called")
            x.mode = .invalid
        default:
            break
        }
    }

    func singleValue(_ x: inout Operand) {
        if x.mode == .value, let t = x.type as? Tuple {
            errorf(x, "multiple-value \(exprString(x.expr)) (value of type \(typeString(t))) in single-value context")
            x.mode = .invalid
        }
    }

    func rawExpr(_ x: inout Operand, _ e: Expr, hint: GoType?, allowGeneric: Bool) {
        exprInternal(&x, e, hint: hint)
        if !allowGeneric { nonGeneric(&x) }
        if x.mode != .invalid { record(x) }
    }

    /// Reports a generic function or type used without instantiation.
    func nonGeneric(_ x: inout Operand) {
        if x.isInvalid || x.mode == .novalue { return }
        var what = ""
        if x.mode == .typexpr, let e = x.expr, genericAliasUses.contains(ObjectIdentifier(e)),
           let n = e as? Name, let (_, o) = env.scope.lookupParent(n.value), let tn = o as? TypeName {
            var w = TypeWriter(qualifier: pkg)
            w.out = tn.name
            w.tparamList(tn.aliasTParams)
            errorf(x, "cannot use generic type \(w.out) without instantiation")
            x.mode = .invalid
            x.type = Universe.invalid
            return
        }
        if x.mode == .typexpr, let n = x.type as? Named, n.isGeneric {
            what = "type"
        } else if x.mode != .typexpr, let s = x.type as? Signature, !s.tparams.isEmpty {
            what = "function"
        }
        if !what.isEmpty {
            errorf(x, "cannot use generic \(what) \(exprString(x.expr)) without instantiation")
            x.mode = .invalid
            x.type = Universe.invalid
        }
    }

    func exprInternal(_ x: inout Operand, _ e: Expr, hint: GoType?) {
        x = Operand(mode: .invalid, expr: e, type: Universe.invalid)
        switch e {
        case is BadExpr:
            return
        case let n as Name:
            ident(&x, n, wantType: false)
        case let b as BasicLit:
            basicLit(&x, b)
        case let f as FuncLit:
            funcLit(&x, f)
        case let c as CompositeLit:
            compositeLit(&x, c, hint: hint)
        case let p as ParenExpr:
            rawExpr(&x, p.x, hint: hint, allowGeneric: false)
            x.expr = e
        case let s as SelectorExpr:
            selector(&x, s)
        case let ix as IndexExpr:
            indexExpr(&x, ix)
        case let s as SliceExpr:
            sliceExpr(&x, s)
        case let a as AssertExpr:
            typeAssertion(&x, a)
        case let g as TypeSwitchGuard:
            error(g, "invalid syntax tree: use of .(type) outside type switch")
            rawExpr(&x, g.x, hint: nil, allowGeneric: false)
            x.mode = .invalid
        case let c as CallExpr:
            callExpr(&x, c)
        case let o as Operation:
            if let y = o.y {
                binary(&x, o, o.x, y, o.op)
            } else if o.op == .mul {
                // pointer indirection or pointer type
                var y = Operand()
                exprOrType(&y, o.x, allowGeneric: false)
                x = y
                x.expr = e
                switch y.mode {
                case .invalid: return
                case .typexpr:
                    x.type = Pointer(y.type)
                default:
                    if isValid(y.type), let p = coreType(y.type) as? Pointer {
                        if isUnsafePointerElem(p) { }
                        x.mode = .variable
                        x.type = p.elem
                    } else if isValid(y.type) {
                        if y.isNil {
                            error(o.x, "invalid operation: cannot indirect nil")
                        } else {
                            error(o.x, "invalid operation: cannot indirect \(describe(y))")
                        }
                        x.mode = .invalid
                    } else {
                        x.mode = .invalid
                    }
                }
            } else {
                unary(&x, o, hint: hint)
            }
        case let kv as KeyValueExpr:
            error(kv, "no key:value expected")
            return
        case is Syntax.ArrayType, is SliceType, is StructType, is FuncType, is InterfaceType, is Syntax.MapType, is ChanType:
            x.mode = .typexpr
            x.type = typExpr(e)
        case let l as ListExpr:
            error(l, "unexpected list of expressions")
        case let d as DotsType:
            error(d, "invalid use of ...")
        default:
            error(e, "invalid expression")
        }
    }

    private func isUnsafePointerElem(_ p: Pointer) -> Bool { false }

    // MARK: identifiers

    func ident(_ x: inout Operand, _ n: Name, wantType: Bool) {
        x.mode = .invalid
        x.expr = n
        x.type = Universe.invalid
        guard let (scope, obj) = env.scope.lookupParent(n.value) else {
            error(n, n.value == "_" ? "cannot use _ as value or type" : "undefined: \(n.value)")
            return
        }
        recordUse(n, obj)
        if wantType && !(obj is TypeName) {
            error(n, "\(obj.name) (\(objectKind(obj))) is not a type")
            if let v = obj as? Var, v.pkg === pkg { v.used = true }
            return
        }
        if scope !== pkg.scope && obj.pkg !== pkg && obj.pkg != nil && !(obj is PkgName) {
            dotUsed.insert(ObjectIdentifier(obj))
        }
        // package-level dependencies, for initialization order
        if scope === pkg.scope, let d = env.decl, obj is Const || obj is Var || obj is Func {
            d.addDep(obj)
        }
        switch obj {
        case let p as PkgName:
            error(n, "use of package \(p.name) not in selector")
            return
        case let c as Const:
            if c === Universe.iotaObject {
                guard let iota = env.iota else {
                    error(n, "cannot use iota outside constant declaration")
                    return
                }
                x.mode = .constant
                x.type = Universe.untypedInt
                x.val = iota
                return
            }
            objDecl(c)
            guard let t = c.type, isValid(t) else { return }
            x.mode = .constant
            x.type = t
            x.val = c.value
        case let t as TypeName:
            objDecl(t)
            x.mode = .typexpr
            x.type = t.type ?? Universe.invalid
            if !isValid(x.type) { x.mode = .invalid }
            if !t.aliasTParams.isEmpty { genericAliasUses.insert(ObjectIdentifier(n)) }
        case let v as Var:
            if v.pkg === pkg { v.used = true }
            objDecl(v)
            guard let t = v.type, isValid(t) else { return }
            x.mode = .variable
            x.type = t
        case let f as Func:
            objDecl(f)
            if f.type == nil, let info = objDecls[ObjectIdentifier(f)], let d = info.fdecl { funcType(f, d, info) }
            x.mode = .value
            x.type = f.type ?? Universe.invalid
        case let b as Builtin:
            x.mode = .builtin
            x.builtin = b.id
            x.type = Universe.invalid
        case is NilObject:
            x.mode = .nilvalue
            x.type = Universe.untypedNil
        default:
            break
        }
    }

    // MARK: literals

    func basicLit(_ x: inout Operand, _ b: BasicLit) {
        if b.bad { return }
        let kind: Constant.LiteralKind
        switch b.kind {
        case .int: kind = .int; x.type = Universe.untypedInt
        case .float: kind = .float; x.type = Universe.untypedFloat
        case .imag: kind = .imaginary; x.type = Universe.basic(.untypedComplex)
        case .rune: kind = .rune; x.type = Universe.untypedRune
        case .string: kind = .string; x.type = Universe.untypedString
        }
        let v = ConstantValue.fromLiteral(b.value, kind: kind)
        if v.isUnknown {
            error(b, "malformed constant: \(b.value)")
            x.mode = .invalid
            return
        }
        if case .int(let i) = v, i.bitWidth > ConstantValue.maxUntypedIntBits + 1 {
            error(b, "integer constant overflow")
        }
        x.mode = .constant
        x.val = v
    }

    func funcLit(_ x: inout Operand, _ f: FuncLit) {
        openScope(f.pos)
        env.scope.isFunc = true
        let sig = signature(f.type, recv: nil)
        let scope = env.scope
        closeScope()
        let savedEnv = env
        let decl = env.decl
        // the body is checked when the enclosing body is done, as types2 does
        later { [unowned self] in
            let outer = self.env
            self.env = savedEnv
            self.env.decl = decl
            self.funcBodyInScope(scope, sig, f.body, isLiteral: true)
            self.env = outer
        }
        x.mode = .value
        x.type = sig
    }

    // MARK: selectors

    func selector(_ x: inout Operand, _ s: SelectorExpr) {
        let sel = s.sel.value
        // package-qualified identifier
        if let n = s.x as? Name, let (_, obj) = env.scope.lookupParent(n.value), let pn = obj as? PkgName {
            recordUse(n, pn)
            pn.used = true
            let imp = pn.imported
            guard let member = imp.scope.lookup(sel) else {
                if imp.fake { return }
                if StdlibAPI.unexportedNames(forImportPath: imp.path).contains(sel) {
                    error(s.sel, "name \(sel) not exported by package \(imp.name)")
                } else if let alt = imp.scope.order.first(where: { $0.isExported && $0.name.lowercased() == sel.lowercased() }) {
                    error(s.sel, "undefined: \(n.value).\(sel) (but have \(alt.name))")
                } else {
                    error(s.sel, "undefined: \(n.value).\(sel)")
                }
                return
            }
            if !member.isExported {
                error(s.sel, "name \(sel) not exported by package \(imp.name)")
                return
            }
            recordUse(s.sel, member)
            x.expr = s
            switch member {
            case let c as Const:
                x.mode = .constant
                x.type = c.type ?? Universe.invalid
                x.val = c.value
            case let t as TypeName:
                x.mode = .typexpr
                x.type = t.type ?? Universe.invalid
            case let v as Var:
                x.mode = .variable
                x.type = v.type ?? Universe.invalid
            case let f as Func:
                x.mode = .value
                x.type = f.type ?? Universe.invalid
            case let b as Builtin:
                x.mode = .builtin
                x.builtin = b.id
            default:
                break
            }
            return
        }
        exprOrType(&x, s.x, allowGeneric: false)
        if x.isInvalid { return }
        if x.mode == .typexpr {
            methodExpr(&x, s)
            return
        }
        let T = x.type
        if !isValid(T) { x.mode = .invalid; return }
        if x.isNil {
            error(s.sel, "\(exprString(s)) undefined (type untyped nil has no field or method \(sel))")  // gc: use of untyped nil
            x.mode = .invalid
            return
        }
        let addressable = x.mode == .variable
        let r = lookupFieldOrMethod(T, addressable: addressable, pkg: pkg, name: sel)
        switch r {
        case .field(let f, _, _):
            recordUse(s.sel, f)
            x.mode = x.mode == .variable || T.underlying is Pointer ? .variable : .value
            if let p = coreType(T) as? Pointer, !(p.elem.underlying is Pointer) { _ = p; x.mode = .variable }
            x.type = f.type ?? Universe.invalid
        case .method(let m, _, _):
            recordUse(s.sel, m)
            if (m.origin ?? m).pkg === pkg, let d = env.decl { d.addDep(m.origin ?? m) }
            x.mode = .value
            if let sig = m.type as? Signature {
                let ms = Signature(recv: nil, params: sig.params, results: sig.results, variadic: sig.variadic)
                ms.tparams = sig.tparams
                x.type = ms
            }
        case .ambiguous:
            error(s.sel, "ambiguous selector \(exprString(s))")
            x.mode = .invalid
        case .notFound:
            missingSelector(x, s, T)
            x.mode = .invalid
        }
        x.expr = s
    }

    private func missingSelector(_ x: Operand, _ s: SelectorExpr, _ T: GoType) {
        let sel = s.sel.value
        if case .method(let m, _, let indirect) = lookupImpl(T, pkg: pkg, name: sel, foldCase: false), m.hasPtrRecv, !indirect {
            error(s.sel, "cannot call pointer method \(sel) on \(typeString(T))")
            return
        }
        let why: String
        if isInterfacePtr(T) {
            why = "type \(typeString(T)) is pointer to interface, not interface"
        } else {
            why = lookupError(T, sel, structLit: false)
        }
        error(s.sel, "\(exprString(s.x)).\(sel) undefined (\(why))")
    }

    /// T.M: a method expression, a function whose first parameter is the receiver.
    func methodExpr(_ x: inout Operand, _ s: SelectorExpr) {
        let T = x.type
        let sel = s.sel.value
        let r = lookupImpl(T, pkg: pkg, name: sel, foldCase: false)
        guard case .method(let m, _, let indirect) = r, let sig = m.type as? Signature else {
            if case .field = r {
                error(s.sel, "\(exprString(s)) undefined (type \(typeString(T)) has no method \(sel))")
            } else {
                error(s.sel, "\(exprString(s)) undefined (type \(typeString(T)) has no method \(sel))")
            }
            x.mode = .invalid
            return
        }
        if m.hasPtrRecv && !indirect && !(T.underlying is Interface) {
            error(s.sel, "invalid method expression \(exprString(s)) (needs pointer receiver (*\(typeString(T))).\(sel))")
            x.mode = .invalid
            return
        }
        recordUse(s.sel, m)
        if (m.origin ?? m).pkg === pkg, let d = env.decl { d.addDep(m.origin ?? m) }
        let recv = Var(name: "", pos: m.pos, type: T, pkg: pkg)
        x.mode = .value
        x.type = Signature(recv: nil, params: Tuple([recv] + sig.params.vars), results: sig.results, variadic: sig.variadic)
        x.expr = s
    }

    // MARK: type assertions

    func typeAssertion(_ x: inout Operand, _ a: AssertExpr) {
        x = expr(a.x)
        if x.isInvalid { return }
        guard isInterface(x.type) else {
            if x.type is TypeParam {
                error(a.x, "invalid operation: cannot use type assertion on type parameter value \(describe(x))")
            } else {
                error(a.x, "invalid operation: \(describe(x)) is not an interface")
            }
            x.mode = .invalid
            return
        }
        let T = varType(a.type)
        if !isValid(T) { x.mode = .invalid; return }
        checkTypeAssertable(x.type, T, a)
        x.mode = .commaok
        x.type = T
        x.expr = a
    }

    /// Reports an impossible assertion of an interface value of type V to T.
    func checkTypeAssertable(_ V: GoType, _ T: GoType, _ at: Expr, inSwitch: Bool = false, operand: String = "") {
        if isInterface(T) { return }
        guard let vi = V.underlying as? Interface else { return }
        if let why = missingMethod(T, vi, static: false) {
            let cause = missingCause(T, vi, why)
            if inSwitch {
                error(at, "impossible type switch case: \(exprString(at))\n\t\(operand) cannot have dynamic type \(typeString(T)) \(cause)")
            } else {
                error(at, "impossible type assertion: \(exprString(at))\n\t\(typeString(T)) does not implement \(typeString(V)) \(cause)")
            }
        }
    }
}

func isInterfacePtr(_ t: GoType) -> Bool {
    guard let p = t.underlying as? Pointer else { return false }
    return isInterface(p.elem)
}

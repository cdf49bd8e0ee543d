// Type expressions: identifiers and qualified identifiers that name types,
// type literals, instantiations of generic types, and the identifier
// resolution shared with value expressions (`ident`).

import Base
import Syntax
import Constant

extension Checker {
    /// The type denoted by e; reports an error and returns invalid if e is not a type.
    func typExpr(_ e: Expr) -> GoType {
        let t = typInternal(e, def: nil)
        // type literals are recorded too (names and instances are, where resolved)
        if !(e is Name || e is SelectorExpr || e is IndexExpr), isValid(t) { recordTypeExpr(e, t) }
        return t
    }

    /// Like typExpr, for the right-hand side of a type declaration.
    func definedType(_ e: Expr) -> GoType {
        typInternal(e, def: nil)
    }

    /// A type that may be generic only when `allowGeneric` (instantiation follows).
    func genericType(_ e: Expr) -> GoType {
        var x = Operand()
        if let n = e as? Name {
            ident(&x, n, wantType: true)
        } else {
            exprOrType(&x, e, allowGeneric: true)
        }
        if x.isInvalid { return Universe.invalid }
        if x.mode != .typexpr {
            error(e, "\(exprString(e)) is not a type")
            return Universe.invalid
        }
        return x.type
    }

    private func typInternal(_ e0: Expr, def: Named?) -> GoType {
        let e = e0
        switch e {
        case is Name, is SelectorExpr:
            var x = Operand()
            if let n = e as? Name {
                ident(&x, n, wantType: true)
                if x.mode == .typexpr, let g = x.type as? Named, g.isGeneric {
                    // as a type, a generic type is named with its type parameters
                    error(e, "cannot use generic type \(typeString(g)) without instantiation")
                    return Universe.invalid
                }
                nonGeneric(&x)
            } else {
                exprOrType(&x, e, allowGeneric: false)
            }
            switch x.mode {
            case .typexpr:
                recordTypeExpr(e, x.type)
                return x.type
            case .invalid:
                return Universe.invalid
            case .novalue:
                error(e, "\(exprString(e)) used as type")
            default:
                error(e, "\(exprString(e)) is not a type")
            }
            return Universe.invalid
        case let ix as IndexExpr:
            let t = instantiatedType(ix)
            recordTypeExpr(e, t)
            return t
        case let p as ParenExpr:
            return typInternal(p.x, def: def)
        case let a as Syntax.ArrayType:
            let elem = varType(a.elem)
            guard let le = a.len else {
                error(a, "invalid use of [...] array (outside a composite literal)")
                return Universe.invalid
            }
            let n = arrayLength(le)
            if n < 0 { return ArrayType(elem, -1) }
            return ArrayType(elem, n)
        case let s as SliceType:
            return Slice(varType(s.elem))
        case let d as DotsType:
            error(d, "invalid use of ...")
            return Universe.invalid
        case let s as StructType:
            return structType(s)
        case let o as Operation where o.op == .mul && o.y == nil:
            let elem = typExpr(o.x)
            if let i = elem.underlying as? Interface, !(elem is TypeParam), !i.typeSet.isMethodSet, isValid(elem) {
                // pointers to constraint interfaces are still types; checked at use
            }
            return Pointer(elem)
        case let f as FuncType:
            openScope(f.pos)
            let sig = signature(f, recv: nil)
            closeScope()
            return sig
        case let i as InterfaceType:
            return interfaceType(i)
        case let m as Syntax.MapType:
            let k = varType(m.key)
            let v = varType(m.value)
            later { [unowned self] in
                if let tp = k as? TypeParam {
                    if !tp.iface.typeSet.isComparable {
                        self.error(m.key, "invalid map key type \(self.typeString(k)) (missing comparable constraint)")
                    }
                } else if isValid(k) && !isComparable(k) {
                    self.error(m.key, "invalid map key type \(self.typeString(k))")
                }
            }
            return MapType(k, v)
        case let c as ChanType:
            let elem = varType(c.elem)
            let dir: ChanDirection = c.dir == .both ? .both : (c.dir == .sendOnly ? .send : .recv)
            return Chan(dir, elem)
        case is BadExpr:
            return Universe.invalid
        default:
            error(e, "\(exprString(e)) is not a type")
            return Universe.invalid
        }
    }

    func recordTypeExpr(_ e: Expr, _ t: GoType) {
        var x = Operand(mode: .typexpr, expr: e, type: t)
        x.mode = .typexpr
        record(x)
    }

    /// A type for a variable, field or element: constraint interfaces are not allowed.
    func varType(_ e: Expr) -> GoType {
        let t = typExpr(e)
        if !(t is TypeParam), let i = t.underlying as? Interface, isValid(t) {
            later { [unowned self] in
                if !i.typeSet.isMethodSet {
                    if i.typeSet.isComparableFlag && i.typeSet.terms == nil {
                        self.error(e, "cannot use type \(self.typeString(t)) outside a type constraint: interface is (or embeds) comparable")
                    } else {
                        self.error(e, "cannot use type \(self.typeString(t)) outside a type constraint: interface contains type constraints")
                    }
                }
            }
        }
        return t
    }

    /// The constant length of an array type, or -1 after an error (types2's arrayLength).
    func arrayLength(_ e: Expr) -> Int64 {
        if let n = e as? Name {
            guard let obj = lookup(n.value) else {
                error(e, "undefined array length \(n.value) or missing type constraint")
                return -1
            }
            if !(obj is Const) {
                error(e, "invalid array length \(n.value)")
                return -1
            }
        }
        let x = expr(e)
        if x.mode != .constant {
            if x.mode != .invalid {
                errorf(x, "array length \(describe(x)) must be constant")
            }
            return -1
        }
        if isUntyped(x.type) || isInteger(x.type) {
            if case .int(let i) = x.val.toInt, let n = Int64(exactly: i), n >= 0 {
                return n
            }
        }
        if isInteger(x.type) {
            errorf(x, "invalid array length \(describe(x))")
        } else {
            errorf(x, "array length \(describe(x)) must be integer")
        }
        return -1
    }

    func structType(_ s: StructType) -> Struct {
        var fields: [Var] = []
        var tags: [String] = []
        var seen: [String: Var] = [:]
        var lastExpr: Expr?
        var lastType: GoType = Universe.invalid
        for (i, f) in s.fields.enumerated() {
            guard let te = f.type else { continue }
            if te !== lastExpr {
                lastType = varType(te)
                lastExpr = te
            }
            let t = lastType
            var tag = ""
            if i < s.tags.count, let lit = s.tags[i] {
                if lit.kind != .string {
                    error(lit, "invalid syntax tree: incorrect tag syntax: \(goQuote(lit.value))")
                } else {
                    tag = (try? String(decoding: unquoteString(lit.value), as: UTF8.self)) ?? ""
                }
            }
            let v: Var
            if let n = f.name {
                v = Var(name: n.value, pos: n.pos, type: t, pkg: pkg, isField: true)
                recordDef(n, v)
            } else {
                // embedded field: the name is the type name without package and type arguments
                var base: Expr = te
                if let o = base as? Operation, o.op == .mul, o.y == nil { base = o.x }
                if let ix = base as? IndexExpr { base = ix.x }
                var name = "_"
                if let n = base as? Name { name = n.value } else if let sel = base as? SelectorExpr { name = sel.sel.value }
                v = Var(name: name, pos: base is SelectorExpr ? (base as! SelectorExpr).sel.pos : base.pos, type: t, pkg: pkg, isField: true, embedded: true)
                embeddedFieldCheck(te, t)
            }
            if v.name != "_" {
                if let alt = seen[v.name] {
                    error(v.pos, "\(v.name) redeclared\n\t\(posString(alt.pos)): other declaration of \(v.name)")
                } else {
                    seen[v.name] = v
                }
            }
            fields.append(v)
            tags.append(tag)
        }
        return Struct(fields, tags: tags)
    }

    private func embeddedFieldCheck(_ te: Expr, _ t: GoType) {
        later { [unowned self] in
            guard isValid(t) else { return }
            var base = t
            var isPtr = false
            if let p = t as? Pointer { base = p.elem; isPtr = true }
            if base is TypeParam {
                self.error(te, "embedded field type cannot be a (pointer to a) type parameter")
                return
            }
            switch base.underlying {
            case is Pointer:
                self.error(te, "embedded field type cannot be a pointer")
            case is Basic where (base.underlying as! Basic).kind == .unsafePointer:
                self.error(te, "embedded field type cannot be unsafe.Pointer")
            case is Interface where isPtr:
                self.error(te, "embedded field type cannot be a pointer to an interface")
            default:
                break
            }
        }
    }

    func interfaceType(_ it: InterfaceType) -> Interface {
        var methods: [Func] = []
        var embeddeds: [GoType] = []
        let iface = Interface(methods: [], embeddeds: [])
        for f in it.methods {
            if let n = f.name, let ft = f.type as? FuncType {
                openScope(ft.pos)
                let recv = Var(name: "", pos: n.pos, type: iface, pkg: pkg)
                let sig = signature(ft, recv: recv)
                closeScope()
                let m = Func(name: n.value, pos: n.pos, type: sig, pkg: pkg)
                if n.value == "_" {
                    error(n, "methods must have a unique non-blank name")
                    continue
                }
                if let alt = methods.first(where: { $0.name == m.name }) {
                    error(n, "duplicate method \(m.name)\n\t\(posString(alt.pos)): other declaration of method \(m.name)")
                    continue
                }
                recordDef(n, m)
                methods.append(m)
            } else if let te = f.type {
                let t: GoType
                if let o = te as? Operation, o.op == .or || o.op == .tilde {
                    t = unionType(te)
                } else {
                    t = typExpr(te)
                    if isValid(t), !(t.underlying is Interface) || t is TypeParam {
                        if t is TypeParam {
                            error(te, "term cannot be a type parameter")
                            continue
                        }
                    }
                }
                embeddeds.append(t)
                iface.embedPositions.append(startPos(te))
            }
        }
        iface.methods = methods
        iface.embeddeds = embeddeds
        later { [unowned self] in self.checkDuplicateMethods(iface) }
        return iface
    }

    /// A union of terms `~int | string` inside a constraint.
    func unionType(_ e: Expr) -> GoType {
        var termExprs: [Expr] = []
        var x = e
        while let o = x as? Operation, o.op == .or, let y = o.y {
            termExprs.insert(y, at: 0)
            x = o.x
        }
        termExprs.insert(x, at: 0)
        var terms: [Term] = []
        for te in termExprs {
            var tilde = false
            var ex = te
            if let o = te as? Operation, o.op == .tilde, o.y == nil {
                tilde = true
                ex = o.x
            }
            let t = typExpr(ex)
            if !isValid(t) { continue }
            if t is TypeParam {
                error(ex, "term cannot be a type parameter")
                continue
            }
            if tilde && !identical(t, t.underlying) {
                error(te, "invalid use of ~ (underlying type of \(typeString(t)) is \(typeString(t.underlying)))")
                continue
            }
            if let i = t.underlying as? Interface, termExprs.count > 1, !i.methods.isEmpty || i.typeSet.methods.count > 0 {
                error(te, "cannot use \(typeString(t)) in union (\(typeString(t)) contains methods)")
                continue
            }
            if t === Universe.comparableType || (t.underlying as? Interface)?.typeSet.isComparableFlag == true, termExprs.count > 1 {
                error(te, "cannot use comparable in union")
                continue
            }
            if let j = terms.firstIndex(where: { overlaps($0, Term(tilde: tilde, type: t)) }) {
                let a = (tilde ? "~" : "") + typeString(t)
                let b = (terms[j].tilde ? "~" : "") + typeString(terms[j].type)
                error(te, "overlapping terms \(a) and \(b)")
                continue
            }
            terms.append(Term(tilde: tilde, type: t))
        }
        if terms.count == 1 && !terms[0].tilde { return terms[0].type }
        return Union(terms)
    }

    /// The type arguments of `G[A, B]`, checked against the number wanted; nil after an error.
    private func typeArguments(_ ix: IndexExpr, _ argExprs: [Expr], want: Int, name: String) -> [GoType]? {
        var args: [GoType] = []
        for a in argExprs {
            let t = varType(a)
            if !isValid(t) { return nil }
            args.append(t)
        }
        if args.count != want {
            let which = args.count < want ? "not enough" : "too many"
            error(args.count < want ? startPos(ix) : startPos(argExprs[want]),
                  "\(which) type arguments for type \(name): have \(args.count), want \(want)")
            return nil
        }
        return args
    }

    /// An instantiated generic type `G[A, B]`.
    func instantiatedType(_ ix: IndexExpr) -> GoType {
        if let n = ix.x as? Name, let (_, o) = env.scope.lookupParent(n.value), let tn = o as? TypeName, tn.isAlias || tn.decl?.tdecl?.isAlias == true {
            objDecl(tn)
            if !tn.aliasTParams.isEmpty {
                recordUse(n, tn)
                let argExprs = unpackList(ix.index)
                guard let args = typeArguments(ix, argExprs, want: tn.aliasTParams.count, name: tn.name) else { return Universe.invalid }
                var m: [ObjectIdentifier: GoType] = [:]
                for (i, tp) in tn.aliasTParams.enumerated() { m[ObjectIdentifier(tp)] = args[i] }
                let tps = tn.aliasTParams
                later { [unowned self] in
                    self.verifyInstance(tps, args, positions: argExprs.map { startPos($0) }, name: tn.name)
                }
                return Substituter(m).subst(unalias(tn.type ?? Universe.invalid))
            }
        }
        let gt = genericType(ix.x)
        guard isValid(gt) else { return Universe.invalid }
        guard let g = gt as? Named, !g.tparams.isEmpty, g.targs.isEmpty else {
            error(ix.x, "invalid operation: \(exprString(ix)) (\(typeString(gt)) is not a generic type)")
            return Universe.invalid
        }
        let argExprs = unpackList(ix.index)
        guard let args = typeArguments(ix, argExprs, want: g.tparams.count, name: g.obj.name) else { return Universe.invalid }
        let inst = g.instance(args)
        if instancePositions[ObjectIdentifier(inst)] == nil { instancePositions[ObjectIdentifier(inst)] = startPos(ix) }
        recordInstance(ix.pos, g.tparams, args, positions: argExprs.map { startPos($0) })
        later { [unowned self] in
            self.verifyInstance(g.tparams, args, positions: argExprs.map { startPos($0) }, name: g.obj.name)
        }
        return inst
    }

    /// Reports a method that an interface gets twice with different signatures
    /// (explicitly and through an embedded interface, or from two embedded ones).
    func checkDuplicateMethods(_ iface: Interface) {
        var seen: [String: (Func, Pos)] = [:]
        for m in iface.methods { seen[m.name] = (m, m.pos) }
        for (i, e) in iface.embeddeds.enumerated() {
            guard let ei = e.underlying as? Interface, !(e is TypeParam) else { continue }
            let at = i < iface.embedPositions.count ? iface.embedPositions[i] : Pos.none
            for m in ei.typeSet.methods {
                if let (prev, prevPos) = seen[m.name] {
                    if !identical(prev.type!, m.type!) {
                        error(at, "duplicate method \(m.name)\n\t\(posString(prevPos)): other declaration of method \(m.name)")
                    }
                } else {
                    seen[m.name] = (m, at)
                }
            }
        }
    }
}

/// Whether two union terms have types in common (spec: "the type sets of all non-interface terms must be pairwise disjoint").
func overlaps(_ a: Term, _ b: Term) -> Bool {
    if a.type.underlying is Interface || b.type.underlying is Interface { return false }
    if a.tilde || b.tilde { return identical(a.type.underlying, b.type.underlying) }
    return identical(a.type, b.type)
}

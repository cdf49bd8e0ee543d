// Substitution of type arguments for type parameters: builds the type that
// results from replacing each type parameter of a map by its argument,
// sharing every part that does not change. Generic named types are
// instantiated through Named.instance, so recursive generic types close.

struct Substituter {
    let map: [ObjectIdentifier: GoType]
    /// Replaces named types without type arguments that still mention type
    /// parameters: types declared inside a generic function (nil: kept).
    var localNamed: ((Named) -> GoType?)?
    init(_ map: [ObjectIdentifier: GoType], localNamed: ((Named) -> GoType?)? = nil) {
        self.map = map
        self.localNamed = localNamed
    }

    func subst(_ t: GoType) -> GoType {
        if map.isEmpty { return t }
        switch t {
        case let tp as TypeParam:
            return map[ObjectIdentifier(tp)] ?? tp
        case let a as Alias:
            let u = unalias(a)
            let s = subst(u)
            return s === u ? a : s
        case is Basic:
            return t
        case let p as Pointer:
            let e = subst(p.elem)
            return e === p.elem ? p : Pointer(e)
        case let s as Slice:
            let e = subst(s.elem)
            return e === s.elem ? s : Slice(e)
        case let a as ArrayType:
            let e = subst(a.elem)
            return e === a.elem ? a : ArrayType(e, a.len)
        case let m as MapType:
            let k = subst(m.key), e = subst(m.elem)
            return k === m.key && e === m.elem ? m : MapType(k, e)
        case let c as Chan:
            let e = subst(c.elem)
            return e === c.elem ? c : Chan(c.dir, e)
        case let s as Struct:
            var changed = false
            let fields = s.fields.map { f -> Var in
                let ft = subst(f.type!)
                if ft === f.type { return f }
                changed = true
                let nf = Var(name: f.name, pos: f.pos, type: ft, pkg: f.pkg, isField: true, embedded: f.embedded)
                return nf
            }
            return changed ? Struct(fields, tags: s.tags) : s
        case let tu as Tuple:
            return substTuple(tu)
        case let sig as Signature:
            let p = substTuple(sig.params), r = substTuple(sig.results)
            if p === sig.params && r === sig.results { return sig }
            let ns = Signature(recv: sig.recv, params: p, results: r, variadic: sig.variadic)
            ns.tparams = sig.tparams
            return ns
        case let u as Union:
            return Union(u.terms.map { Term(tilde: $0.tilde, type: subst($0.type)) })
        case let i as Interface:
            var changed = false
            let methods = i.methods.map { m -> Func in
                let mt = subst(m.type!)
                if mt === m.type { return m }
                changed = true
                let f = Func(name: m.name, pos: m.pos, type: mt, pkg: m.pkg)
                return f
            }
            let embeddeds = i.embeddeds.map { e -> GoType in
                let ne = subst(e)
                if ne !== e { changed = true }
                return ne
            }
            if !changed { return i }
            let ni = Interface(methods: methods, embeddeds: embeddeds)
            ni.implicit = i.implicit
            return ni
        case let n as Named:
            if n.targs.isEmpty, let hook = localNamed, let r = hook(n) { return r }
            guard !n.targs.isEmpty else { return n }
            var changed = false
            let args = n.targs.map { a -> GoType in
                let na = subst(a)
                if na !== a { changed = true }
                return na
            }
            return changed ? n.originOrSelf.instance(args) : n
        default:
            return t
        }
    }

    func substTuple(_ t: Tuple) -> Tuple {
        var changed = false
        let vars = t.vars.map { v -> Var in
            let vt = subst(v.type!)
            if vt === v.type { return v }
            changed = true
            let nv = Var(name: v.name, pos: v.pos, type: vt, pkg: v.pkg)
            nv.isParam = v.isParam
            return nv
        }
        return changed ? Tuple(vars) : t
    }
}

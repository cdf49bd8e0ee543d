// This file implements generic functions and methods of generic types as
// gc analyses them: one function per shape instance (type parameters
// replaced by shapes: go.shape.int, go.shape.*uint8 for every pointer), its
// body walked with those types; calls pass gc's dictionary (`&.dict.F[int]`).

import Syntax
import Types

extension Program {
    /// The shape gc gives a type argument: its underlying type, with every
    /// pointer type sharing one shape (*uint8).
    func shape(_ t: GoType) -> GoType {
        let u = t.underlying
        let shapeUnderlying: GoType = u is Pointer ? Pointer(Universe.uint8) : u
        let key = NodeText(prog: self, qualifyLocal: true).type(shapeUnderlying)
        if let s = shapes[key] { return s }
        let s = Named(obj: TypeName(name: "shape." + key, pos: .none, type: nil, pkg: nil), underlying: shapeUnderlying)
        shapes[key] = s
        shapeKeys[ObjectIdentifier(s)] = key
        return s
    }

    /// The instance of generic function f at call c: the type arguments come
    /// from the argument and result types (the checker records the generic
    /// signature on the function name).
    func instance(of f: Func, call c: CallExpr) -> FuncInfo? {
        guard let gsig = (f.origin ?? f).type as? Signature else { return nil }
        var explicit: [ObjectIdentifier: GoType] = [:]
        if let ie = unparen(c.fun) as? IndexExpr {
            // explicit type arguments f[A, B] (some may be left to inference)
            let targs = unpackList(ie.index).compactMap { typeOfTypeExpr($0) }
            if targs.count == gsig.tparams.count {
                callTypeArgs[ObjectIdentifier(c)] = targs
                return instance(of: f, typeArgs: targs)
            }
            for (tp, a) in zip(gsig.tparams, targs) { explicit[ObjectIdentifier(tp)] = a }
        }
        var params: [Var] = []
        for (i, a) in c.args.enumerated() {
            guard var t = typeOf(a) else { return nil }
            if let b = t as? Basic, b.isUntyped { t = defaultTypeOf(b) }
            if gsig.variadic && i >= gsig.params.count - 1 && !c.hasDots { t = Slice(t) }
            if gsig.variadic && i > gsig.params.count - 1 && !c.hasDots { continue }
            params.append(Var(name: "", pos: .none, type: t, pkg: nil))
        }
        var results: [Var] = []
        if let rt = typeOf(c) {
            if let tup = rt as? Tuple { results = tup.vars } else { results = [Var(name: "", pos: .none, type: rt, pkg: nil)] }
        }
        let sig = Signature(params: Tuple(params), results: Tuple(results), variadic: gsig.variadic)
        guard let inst = instance(of: f, signature: sig, bound: explicit) else { return nil }
        if let args = lastBoundArgs { callTypeArgs[ObjectIdentifier(c)] = args }
        return inst
    }

    private func defaultTypeOf(_ b: Basic) -> GoType {
        switch b.kind {
        case .untypedBool: return Universe.bool
        case .untypedRune: return Universe.runeType
        case .untypedFloat: return Universe.float64
        case .untypedComplex: return Universe.complex128
        case .untypedString: return Universe.string
        default: return Universe.int
        }
    }

    /// The instance of generic function f called with signature `sig` (its
    /// type arguments found by matching f's signature against sig).
    func instance(of f0: Func, signature sig: Signature, bound initial: [ObjectIdentifier: GoType] = [:]) -> FuncInfo? {
        let f = f0.origin ?? f0
        guard templates[ObjectIdentifier(f)] != nil, let gsig = f.type as? Signature, !gsig.tparams.isEmpty else { return nil }
        var bound = initial
        let tps = Set(gsig.tparams.map { ObjectIdentifier($0) })
        func match(_ g: GoType, _ i: GoType) {
            if let tp = g as? TypeParam, tps.contains(ObjectIdentifier(tp)) {
                if bound[ObjectIdentifier(tp)] == nil { bound[ObjectIdentifier(tp)] = i }
                return
            }
            switch (g, i) {
            case let (a as Pointer, b as Pointer): match(a.elem, b.elem)
            case let (a as Slice, b as Slice): match(a.elem, b.elem)
            case let (a as Types.ArrayType, b as Types.ArrayType): match(a.elem, b.elem)
            case let (a as Types.MapType, b as Types.MapType): match(a.key, b.key); match(a.elem, b.elem)
            case let (a as Chan, b as Chan): match(a.elem, b.elem)
            case let (a as Signature, b as Signature):
                for (x, y) in zip(a.params.vars, b.params.vars) { if let xt = x.type, let yt = y.type { match(xt, yt) } }
                for (x, y) in zip(a.results.vars, b.results.vars) { if let xt = x.type, let yt = y.type { match(xt, yt) } }
            case let (a as Named, b as Named):
                for (x, y) in zip(a.targs, b.targs) { match(x, y) }
            default: break
            }
        }
        match(gsig, sig)
        // type parameters known only through another's core type: M ~map[K]V binds K and V
        var changed = true
        while changed {
            changed = false
            for tp in gsig.tparams {
                guard let core = coreTerm(tp) else { continue }
                let before = bound.count
                if let a = bound[ObjectIdentifier(tp)] {
                    match(core, a.underlying)
                } else {
                    // PT with constraint *T and T known: PT = *T
                    let t = substituteTypeParams(core, bound)
                    if !mentionsTypeParams(t, tps) { bound[ObjectIdentifier(tp)] = t }
                }
                if bound.count != before { changed = true }
            }
        }
        var args: [GoType] = []
        for tp in gsig.tparams {
            guard let a = bound[ObjectIdentifier(tp)], !(a is TypeParam) else { return nil }
            args.append(a)
        }
        lastBoundArgs = args
        return instance(of: f, typeArgs: args)
    }

    private func mentionsTypeParams(_ t: GoType, _ tps: Set<ObjectIdentifier>, _ depth: Int = 0) -> Bool {
        if depth > 16 { return true }
        switch t {
        case let tp as TypeParam: return tps.contains(ObjectIdentifier(tp))
        case let p as Pointer: return mentionsTypeParams(p.elem, tps, depth + 1)
        case let sl as Slice: return mentionsTypeParams(sl.elem, tps, depth + 1)
        case let a as Types.ArrayType: return mentionsTypeParams(a.elem, tps, depth + 1)
        case let m as Types.MapType: return mentionsTypeParams(m.key, tps, depth + 1) || mentionsTypeParams(m.elem, tps, depth + 1)
        case let c as Chan: return mentionsTypeParams(c.elem, tps, depth + 1)
        case let n as Named: return n.targs.contains { mentionsTypeParams($0, tps, depth + 1) }
        default: return false
        }
    }

    /// The single type term of a type parameter's constraint (`~map[K]V`), if any.
    private func coreTerm(_ tp: TypeParam) -> GoType? {
        guard let iface = tp.constraint.underlying as? Interface, iface.embeddeds.count == 1 else { return nil }
        let e = iface.embeddeds[0]
        if let u = e as? Union { return u.terms.count == 1 ? u.terms[0].type : nil }
        if e is Interface || e.underlying is Interface { return nil }
        return e
    }

    /// gc compiles every method of each instantiated generic type (they may
    /// be called through interfaces), after the package's own functions:
    /// one instance per method, for each instantiation in order of first use.
    func instantiateMethodsOfUsedTypes() {
        guard !methodTemplates.isEmpty else { return }
        var seen = Set<ObjectIdentifier>()
        var used: [Named] = []
        func note(_ t: GoType?, _ depth: Int = 0) {
            guard let t, depth < 8 else { return }
            switch t {
            case let n as Named:
                if !n.targs.isEmpty, !n.targs.contains(where: { $0 is TypeParam }), seen.insert(ObjectIdentifier(n)).inserted {
                    used.append(n)
                }
                for a in n.targs { note(a, depth + 1) }
            case let p as Pointer: note(p.elem, depth + 1)
            case let sl as Slice: note(sl.elem, depth + 1)
            case let a as Types.ArrayType: note(a.elem, depth + 1)
            case let m as Types.MapType: note(m.key, depth + 1); note(m.elem, depth + 1)
            case let c as Chan: note(c.elem, depth + 1)
            default: break
            }
        }
        for f in funcs {
            let roots: [Node] = f.body.map { [$0] } ?? f.initExprs.map { $0.expr }
            for r in roots {
                visit(r) { n in
                    if let e = n as? Expr { note(checker.typeOf(e)?.type) }
                    return true
                }
            }
        }
        for n in used {
            for m in n.originOrSelf.methods where methodTemplates[ObjectIdentifier(m)] != nil {
                if let inst = methodInstance(m, receiver: n), !funcs.contains(where: { $0 === inst }) { funcs.append(inst) }
            }
        }
    }

    /// The type x.path reaches (through embedded fields), pointers removed.
    func embeddedBase(_ xt: GoType, _ path: [Int]) -> GoType {
        var t = xt
        for idx in path {
            if let p = t.underlying as? Pointer { t = p.elem }
            if let st = t.underlying as? Struct, idx < st.fields.count, let ft = st.fields[idx].type { t = ft }
        }
        if let p = t as? Pointer { t = p.elem } else if !(t is Named), let p = t.underlying as? Pointer { t = p.elem }
        return t
    }

    /// The instance of method m of a generic type for the receiver's base type (an instantiated Named).
    func methodInstance(_ m0: Func, receiver: GoType) -> FuncInfo? {
        let m = m0.origin ?? m0
        guard let decl = methodTemplates[ObjectIdentifier(m)], let sig = m.type as? Signature, let rt = sig.recv?.type,
              let rn = ((rt as? Pointer)?.elem ?? rt) as? Named, let n = receiver as? Named, n.targs.count == rn.targs.count else { return nil }
        let tps = rn.targs.compactMap { $0 as? TypeParam }
        guard tps.count == n.targs.count, !n.targs.contains(where: { $0 is TypeParam }) else { return nil }
        let shapes = n.targs.map { shape($0) }
        let text = NodeText(prog: self)
        let base = rn.obj.name + "[" + shapes.map { text.type($0) }.joined(separator: ",") + "]"
        let name = (rt is Pointer ? "(*" + base + ")" : base) + "." + m.name
        return makeInstance(decl: decl, obj: m, sig: sig, tparams: tps, args: n.targs, shapes: shapes, name: name)
    }

    /// The instance of generic function f for the given type arguments.
    func instance(of f0: Func, typeArgs args: [GoType]) -> FuncInfo? {
        let f = f0.origin ?? f0
        guard let decl = templates[ObjectIdentifier(f)], let gsig = f.type as? Signature, gsig.tparams.count == args.count else { return nil }
        let shapes = args.map { shape($0) }
        let text = NodeText(prog: self)
        let name = f.name + "[" + shapes.map { text.type($0) }.joined(separator: ",") + "]"
        return makeInstance(decl: decl, obj: f, sig: gsig, tparams: gsig.tparams, args: args, shapes: shapes, name: name)
    }

    private func makeInstance(decl: FuncDecl, obj f: Func, sig gsig: Signature, tparams: [TypeParam], args: [GoType],
                              shapes: [GoType], name: String) -> FuncInfo? {
        let key = "\(ObjectIdentifier(decl).hashValue)|" + name
        if let i = instances[key] { return i }
        var map: [ObjectIdentifier: GoType] = [:]
        for (tp, s) in zip(tparams, shapes) { map[ObjectIdentifier(tp)] = s }
        let info = FuncInfo(decl: decl, lit: nil, obj: f, sig: gsig, parent: nil, name: name)
        info.subst = map
        info.typeArgs = args
        info.isInstance = true
        instances[key] = info
        for v in info.recvParams + info.results { owner[ObjectIdentifier(v)] = info }
        if let body = decl.body {
            let saved = subst
            subst = map
            collectBody(body, info)
            subst = saved
        }
        return info
    }
}

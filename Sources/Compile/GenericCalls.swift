// Calls of generic functions and methods: which instance a call needs, from
// explicit type arguments, from the arguments' types (generic functions passed
// as values included) and from the constraints' core types.

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    /// A call of a method with type parameters of its own (Go 1.27): the instance for the
    /// receiver's and the method's type arguments (explicit, or inferred); nil for other calls.
    func genericMethodCall(_ c: CallExpr, _ fun: Expr) throws(CompileError) -> (Int, Signature)? {
        var sel = fun as? SelectorExpr
        var explicit: [Expr] = []
        if let ix = fun as? IndexExpr, let s = unparen(ix.x) as? SelectorExpr { sel = s; explicit = unpackList(ix.index) }
        guard let s = sel else { return nil }
        if let pn = s.x as? Name, obj(pn) is PkgName { return nil }
        let xt = typeOf(s.x)
        guard !isInterfaceType(xt), case .method(let m, let path) = selection(xt, s.sel.value, in: checker.pkg),
              !m.signature.tparams.isEmpty, m.hasBody else { return nil }
        let tps = m.signature.tparams
        var bound: [ObjectIdentifier: GoType] = [:]
        for (i, te) in explicit.enumerated() where i < tps.count {
            if let t = resolveType(te).map({ sub($0) }) ?? tvType(te) { bound[ObjectIdentifier(tps[i])] = t }
        }
        let params = m.signature.params.vars
        let fixed = params.count - (m.signature.variadic ? 1 : 0)
        for (i, a) in c.args.enumerated() {
            if i < fixed {
                bindTypeParams(params[i].type!, typeOf(a), &bound)
            } else if let last = params.last?.type as? Types.Slice {
                bindTypeParams(c.hasDots ? last : last.elem, typeOf(a), &bound)
            }
        }
        if let inst = tvType(fun)?.underlying as? Signature {
            for (g, t) in zip(params + m.signature.results.vars, inst.params.vars + inst.results.vars) {
                bindTypeParams(g.type!, t.type!, &bound)
            }
        }
        let targs = tps.compactMap { bound[ObjectIdentifier($0)] }.filter { !containsTypeParam($0) }
        let recvBase = receiverBase(xt, path)
        let base = (recvBase as? Types.Pointer)?.elem ?? recvBase
        let inst = (base as? Named).flatMap { $0.targs.isEmpty ? nil : $0 }
        guard targs.count == tps.count, let idx = compiler.methodInstance(m, inst, targs: targs),
              let isig = compiler.instanceSigs[idx] else {
            throw CompileError.unsupported(startPos(c), "this call of a generic method is")
        }
        let msig = Signature(params: isig.params, results: isig.results, variadic: isig.variadic)
        return try emitCall(c, sig: msig, recv: (m, s, path), recvType: isig.recv?.type) { b in fb.emitBC(.call, b, idx) }
    }

    /// A call of a generic package function: the function and its type arguments (nil if they cannot be found).
    func genericCallee(_ fun: Expr, call: CallExpr) -> (Func, [GoType]?)? {
        var base = fun
        var explicit: [Expr] = []
        if let ix = fun as? IndexExpr { base = unparen(ix.x); explicit = unpackList(ix.index) }
        var f: Func?
        if let n = base as? Name { f = obj(n) as? Func }
        if let s = base as? SelectorExpr, let pn = s.x as? Name, obj(pn) is PkgName { f = checker.uses[ObjectIdentifier(s.sel)] as? Func }
        guard let gf = f, !gf.signature.tparams.isEmpty, gf.hasBody, gf.signature.recv == nil else { return nil }
        let tps = gf.signature.tparams
        var m: [ObjectIdentifier: GoType] = [:]
        for (i, te) in explicit.enumerated() where i < tps.count {
            if let t = resolveType(te).map({ sub($0) }) ?? tvType(te) { m[ObjectIdentifier(tps[i])] = t }
        }
        // inferred from the arguments (the checker records the generic signature on the callee)
        let params = gf.signature.params.vars
        for (i, a) in call.args.enumerated() {
            if let inner = unparen(a) as? CallExpr, call.args.count == 1, let rtypes = multiResultTypes(inner) {
                for (g, r) in zip(params, rtypes) { bindTypeParams(g.type!, r, &m) }
                break
            }
            let at = typeOf(a)
            if i < params.count - (gf.signature.variadic ? 1 : 0) {
                bindTypeParams(params[i].type!, at, &m)
            } else if gf.signature.variadic, let last = params.last?.type as? Types.Slice {
                if call.hasDots { bindTypeParams(last, at, &m) } else { bindTypeParams(last.elem, at, &m) }
            }
        }
        // core types of constraints: bound parameters reveal others (M ~map[K]V), and
        // unbound ones follow from the rest (PT interface{ *T; … })
        var changed = true
        var rounds = 0
        while changed && rounds < 8 {
            changed = false
            rounds += 1
            for tp in tps {
                guard let terms = tp.iface.typeSet.terms, let core = coreOfTerms(terms) else { continue }
                if let bound = m[ObjectIdentifier(tp)] {
                    let before = m.count
                    bindTypeParams(core, bound.underlying, &m)
                    if m.count != before { changed = true }
                } else {
                    let t = substitute(core, m)
                    if !containsTypeParam(t) { m[ObjectIdentifier(tp)] = t; changed = true }
                }
            }
        }
        // generic functions passed as arguments (Apply(3, Double)): their own type
        // arguments follow from the parameter type as far as it is known, and their
        // instance then tells the rest
        for (i, a) in call.args.enumerated() where i < params.count {
            guard let af = genericFuncValue(a) else { continue }
            var am: [ObjectIdentifier: GoType] = [:]
            let want = substitute(params[i].type!, m)
            bindTypeParams(af.signature, want, &am)
            let atargs = af.signature.tparams.compactMap { am[ObjectIdentifier($0)] }
            guard atargs.count == af.signature.tparams.count else { continue }
            let inst = substitute(Signature(params: af.signature.params, results: af.signature.results, variadic: af.signature.variadic), am)
            bindTypeParams(params[i].type!, inst, &m)
        }
        let targs = tps.compactMap { m[ObjectIdentifier($0)] }
        return (gf, targs.count == tps.count ? targs : nil)
    }

    /// The type a constraint's terms share: the one term's, else their core type
    /// (for `~<-chan E | ~chan E`, the directional channel).
    func coreOfTerms(_ terms: [Term]) -> GoType? {
        terms.count == 1 ? terms[0].type : coreUnderlying(of: terms)
    }

    /// The generic function an argument names without type arguments (Double, cmp.Compare), if any.
    func genericFuncValue(_ e: Expr) -> Func? {
        var f: Func?
        if let n = unparen(e) as? Name { f = obj(n) as? Func }
        if let s = unparen(e) as? SelectorExpr, let pn = s.x as? Name, obj(pn) is PkgName { f = checker.uses[ObjectIdentifier(s.sel)] as? Func }
        guard let gf = f, !gf.signature.tparams.isEmpty, gf.hasBody, gf.signature.recv == nil else { return nil }
        return gf
    }

    func containsTypeParam(_ t: GoType) -> Bool {
        switch t {
        case is TypeParam: return true
        case let p as Types.Pointer: return containsTypeParam(p.elem)
        case let s as Types.Slice: return containsTypeParam(s.elem)
        case let a as Types.ArrayType: return containsTypeParam(a.elem)
        case let mt as Types.MapType: return containsTypeParam(mt.key) || containsTypeParam(mt.elem)
        case let c as Chan: return containsTypeParam(c.elem)
        case let n as Named: return n.targs.contains { containsTypeParam($0) }
        case let s as Struct: return s.fields.contains { containsTypeParam($0.type!) }
        case let sg as Signature:
            return sg.params.vars.contains { containsTypeParam($0.type!) } || sg.results.vars.contains { containsTypeParam($0.type!) }
        default: return false
        }
    }

    /// Matches a generic type against its instance, recording what each type parameter stands for.
    func bindTypeParams(_ g: GoType, _ c: GoType, _ m: inout [ObjectIdentifier: GoType]) {
        // a type literal matches the underlying type of a named argument (type IDs []int)
        let c = g is TypeParam || g is Named ? unalias(c) : c.underlying
        switch g {
        case let tp as TypeParam: if m[ObjectIdentifier(tp)] == nil && !(c is TypeParam) { m[ObjectIdentifier(tp)] = c }
        case let p as Types.Pointer: if let q = c as? Types.Pointer { bindTypeParams(p.elem, q.elem, &m) }
        case let s as Types.Slice: if let q = c as? Types.Slice { bindTypeParams(s.elem, q.elem, &m) }
        case let a as Types.ArrayType: if let q = c as? Types.ArrayType { bindTypeParams(a.elem, q.elem, &m) }
        case let mt as Types.MapType:
            if let q = c as? Types.MapType { bindTypeParams(mt.key, q.key, &m); bindTypeParams(mt.elem, q.elem, &m) }
        case let ch as Chan: if let q = c as? Chan { bindTypeParams(ch.elem, q.elem, &m) }
        case let s as Signature:
            if let q = c as? Signature {
                for (x, y) in zip(s.params.vars, q.params.vars) { bindTypeParams(x.type!, y.type!, &m) }
                for (x, y) in zip(s.results.vars, q.results.vars) { bindTypeParams(x.type!, y.type!, &m) }
            }
        case let n as Named:
            if let q = c as? Named, q.originOrSelf === n.originOrSelf {
                for (x, y) in zip(n.targs, q.targs) { bindTypeParams(x, y, &m) }
            } else if !(n.underlying is Named) {
                // an unnamed value of the generic type's underlying type (a func literal as an iter.Seq)
                bindTypeParams(n.underlying, c.underlying, &m)
            }
        default: break
        }
    }
}

extension FuncCompiler {
    /// A callee that is (an instantiation of) a generic function or method this compiler cannot instantiate.
    func isGenericCallee(_ fun: Expr) -> Bool {
        var base = fun
        if let ix = fun as? IndexExpr { base = unparen(ix.x) }
        if let s = base as? SelectorExpr, let f = checker.uses[ObjectIdentifier(s.sel)] as? Func {
            return !f.signature.tparams.isEmpty
        }
        return false
    }
}

// Generic function calls: type-argument inference by unifying parameter
// types with argument types (typed arguments first, then untyped constants
// by their default types, then core types of constraints), instantiation
// of the signature, and verification that each type argument satisfies its
// constraint ("string does not satisfy ~int | ~float64 (…)").

import Base
import Syntax

extension Checker {
    func inferAndInstantiate(_ sig: Signature, targs: [GoType], targExprs: [Expr], args: [Operand], call: CallExpr) -> Signature? {
        let tparams = sig.tparams
        var bound: [ObjectIdentifier: GoType] = [:]
        for (i, t) in targs.enumerated() where i < tparams.count { bound[ObjectIdentifier(tparams[i])] = t }
        let tpSet = Set(tparams.map { ObjectIdentifier($0) })

        func paramType(_ i: Int) -> GoType? {
            let ps = sig.params.vars
            if sig.variadic && i >= ps.count - 1 {
                guard let last = ps.last?.type else { return nil }
                if call.hasDots { return last }
                return (last as? Slice)?.elem
            }
            return i < ps.count ? ps[i].type : nil
        }

        func unify(_ x: GoType, _ y: GoType, exact: Bool) -> Bool {
            if let tp = x as? TypeParam, tpSet.contains(ObjectIdentifier(tp)) {
                if let b = bound[ObjectIdentifier(tp)] {
                    return identical(b, y) || (!exact && identical(b.underlying, y.underlying))
                }
                bound[ObjectIdentifier(tp)] = y
                return true
            }
            if x === y { return true }
            switch (x, y) {
            case let (a as Pointer, b as Pointer): return unify(a.elem, b.elem, exact: true)
            case let (a as Slice, b as Slice): return unify(a.elem, b.elem, exact: true)
            case let (a as ArrayType, b as ArrayType): return a.len == b.len && unify(a.elem, b.elem, exact: true)
            case let (a as MapType, b as MapType): return unify(a.key, b.key, exact: true) && unify(a.elem, b.elem, exact: true)
            case let (a as Chan, b as Chan): return unify(a.elem, b.elem, exact: true)
            case let (a as Signature, b as Signature):
                guard a.params.count == b.params.count, a.results.count == b.results.count else { return false }
                for (p, q) in zip(a.params.vars, b.params.vars) where !unify(p.type!, q.type!, exact: true) { return false }
                for (p, q) in zip(a.results.vars, b.results.vars) where !unify(p.type!, q.type!, exact: true) { return false }
                return true
            case let (a as Struct, b as Struct):
                guard a.fields.count == b.fields.count else { return false }
                for (p, q) in zip(a.fields, b.fields) where !unify(p.type!, q.type!, exact: true) { return false }
                return true
            case let (a as Named, b as Named) where a.originOrSelf === b.originOrSelf:
                for (p, q) in zip(a.targs, b.targs) where !unify(p, q, exact: true) { return false }
                return true
            default:
                if !exact || true, !(x is Named), y is Named, !(x is TypeParam) {
                    return unify(x, y.underlying, exact: exact)
                }
                return identical(x, y)
            }
        }

        // 1. typed arguments
        for (i, a) in args.enumerated() {
            guard let pt = paramType(i), !isUntyped(a.type) else { continue }
            _ = unify(pt, a.type, exact: false)
        }
        // 2. core types of constraints
        var changed = true
        var rounds = 0
        while changed && rounds < 10 {
            changed = false
            rounds += 1
            for tp in tparams {
                guard let core = singleTerm(tp), let b = bound[ObjectIdentifier(tp)] else { continue }
                let before = bound.count
                _ = unify(core.type, core.tilde ? b.underlying : b, exact: false)
                if bound.count != before { changed = true }
            }
            for tp in tparams where bound[ObjectIdentifier(tp)] == nil {
                if let core = singleTerm(tp), !core.tilde || true {
                    // a constraint like ~[]E with E known determines the type
                    let s = Substituter(bound).subst(core.type)
                    if !mentionsTypeParams(s, tpSet) {
                        bound[ObjectIdentifier(tp)] = s
                        changed = true
                    }
                }
            }
        }
        // 3. untyped constants: the largest default kind among a parameter's untyped arguments
        for tp in tparams where bound[ObjectIdentifier(tp)] == nil {
            var best: GoType?
            for (i, a) in args.enumerated() {
                guard let pt = paramType(i) as? TypeParam, pt === tp, isUntyped(a.type), !a.isNil else { continue }
                if let b = best { best = maxType(b, a.type) ?? b } else { best = a.type }
            }
            if let b = best { bound[ObjectIdentifier(tp)] = defaultType(b) }
        }
        for tp in tparams where bound[ObjectIdentifier(tp)] == nil {
            error(call.pos, "in call to \(exprString(call.fun)), cannot infer \(tp.obj.name) (declared at \(posString(tp.obj.pos)))")
            return nil
        }
        let targsAll = tparams.map { bound[ObjectIdentifier($0)]! }
        // verify constraints
        for (i, tp) in tparams.enumerated() {
            let bnd = Substituter(bound).subst(tp.constraint)
            var cause = ""
            if !implements(targsAll[i], bnd, constraint: true, cause: &cause) {
                let at = i < targExprs.count ? startPos(targExprs[i]) : call.pos
                error(at, cause.isEmpty ? "\(typeString(targsAll[i])) does not satisfy \(typeString(bnd))" : cause)
                return nil
            }
        }
        let inst = Substituter(bound).subst(Signature(recv: sig.recv, params: sig.params, results: sig.results, variadic: sig.variadic)) as! Signature
        inst.tparams = []
        return inst
    }

    /// The single term of a type parameter's constraint, if it has exactly one.
    private func singleTerm(_ tp: TypeParam) -> Term? {
        guard let terms = tp.iface.typeSet.terms, terms.count == 1 else { return nil }
        return terms[0]
    }

    /// Verifies that the type arguments of an instantiated generic type satisfy their constraints.
    func verifyInstance(_ tparams: [TypeParam], _ targs: [GoType], positions: [Pos], name: String) {
        var m: [ObjectIdentifier: GoType] = [:]
        for (i, tp) in tparams.enumerated() where i < targs.count { m[ObjectIdentifier(tp)] = targs[i] }
        for (i, tp) in tparams.enumerated() where i < targs.count {
            let bnd = Substituter(m).subst(tp.constraint)
            var cause = ""
            if !implements(targs[i], bnd, constraint: true, cause: &cause) {
                error(i < positions.count ? positions[i] : .none, cause.isEmpty ? "\(typeString(targs[i])) does not satisfy \(typeString(bnd))" : cause)
                return
            }
        }
    }
}

func mentionsTypeParams(_ t: GoType, _ set: Set<ObjectIdentifier>) -> Bool {
    switch t {
    case let tp as TypeParam: return set.contains(ObjectIdentifier(tp))
    case let p as Pointer: return mentionsTypeParams(p.elem, set)
    case let s as Slice: return mentionsTypeParams(s.elem, set)
    case let a as ArrayType: return mentionsTypeParams(a.elem, set)
    case let m as MapType: return mentionsTypeParams(m.key, set) || mentionsTypeParams(m.elem, set)
    case let c as Chan: return mentionsTypeParams(c.elem, set)
    case let s as Signature:
        return (s.params.vars + s.results.vars).contains { mentionsTypeParams($0.type!, set) }
    case let s as Struct: return s.fields.contains { mentionsTypeParams($0.type!, set) }
    case let n as Named: return n.targs.contains { mentionsTypeParams($0, set) }
    default: return false
    }
}

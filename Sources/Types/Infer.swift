// Generic function calls (types2's infer.go, in outline): type arguments
// are inferred by unifying parameter types with the types of typed
// arguments (generic function arguments take part with their own type
// parameters), then from the core types of constraints, then from untyped
// constant arguments (the largest default kind); whatever stays unknown is
// "cannot infer T". Messages are types2's, prefixed "in call to f, ".

import Base
import Syntax

/// Type-parameter bindings being inferred for one call.
struct Unifier {
    let tparams: [TypeParam]
    let set: Set<ObjectIdentifier>
    var bound: [ObjectIdentifier: GoType] = [:]

    init(_ tparams: [TypeParam]) {
        self.tparams = tparams
        self.set = Set(tparams.map { ObjectIdentifier($0) })
    }

    func at(_ tp: TypeParam) -> GoType? { bound[ObjectIdentifier(tp)] }
    var unknowns: Int { tparams.filter { bound[ObjectIdentifier($0)] == nil }.count }
    func inferred() -> [GoType?] { tparams.map { bound[ObjectIdentifier($0)] } }

    func isParameterized(_ t: GoType) -> Bool { mentionsTypeParams(t, set) }

    /// Unifies x and y; `exact` requires identical structure, else named and
    /// unnamed types with identical underlying types unify (assignment).
    mutating func unify(_ x0: GoType, _ y0: GoType, exact: Bool) -> Bool {
        let x = unalias(x0), y = unalias(y0)
        if let tp = x as? TypeParam, set.contains(ObjectIdentifier(tp)) {
            if let b = bound[ObjectIdentifier(tp)] {
                if b === y { return true }
                if let bt = b as? TypeParam, set.contains(ObjectIdentifier(bt)) { return unify(bt, y, exact: exact) }
                return unify(b, y, exact: exact)
            }
            bound[ObjectIdentifier(tp)] = y
            return true
        }
        if let tp = y as? TypeParam, set.contains(ObjectIdentifier(tp)) {
            return unify(y, x, exact: exact)
        }
        if x === y && !isParameterized(x) { return true }
        if !exact {
            // a type parameter of the enclosing function stands for its core type
            if let tp = y as? TypeParam, !set.contains(ObjectIdentifier(tp)), !(x is TypeParam), let core = coreType(tp) {
                return unify(x, core, exact: exact)
            }
            if let tp = x as? TypeParam, !set.contains(ObjectIdentifier(tp)), !(y is TypeParam), let core = coreType(tp) {
                return unify(core, y, exact: exact)
            }
            // named vs unnamed: compare the unnamed type with the named type's underlying type
            if x is Named && !(y is Named) && !(y is TypeParam) && !(y is Basic) { return unify(x.underlying, y, exact: true) }
            if y is Named && !(x is Named) && !(x is TypeParam) && !(x is Basic) { return unify(x, y.underlying, exact: true) }
        }
        switch (x, y) {
        case let (a as Pointer, b as Pointer): return unify(a.elem, b.elem, exact: true)
        case let (a as Slice, b as Slice): return unify(a.elem, b.elem, exact: true)
        case let (a as ArrayType, b as ArrayType): return a.len == b.len && unify(a.elem, b.elem, exact: true)
        case let (a as MapType, b as MapType): return unify(a.key, b.key, exact: true) && unify(a.elem, b.elem, exact: true)
        case let (a as Chan, b as Chan):
            return (a.dir == b.dir || !exact && (a.dir == .both || b.dir == .both)) && unify(a.elem, b.elem, exact: true)
        case let (a as Signature, b as Signature):
            guard a.params.count == b.params.count, a.results.count == b.results.count, a.variadic == b.variadic else { return false }
            for (p, q) in zip(a.params.vars, b.params.vars) where !unify(p.type!, q.type!, exact: true) { return false }
            for (p, q) in zip(a.results.vars, b.results.vars) where !unify(p.type!, q.type!, exact: true) { return false }
            return true
        case let (a as Struct, b as Struct):
            guard a.fields.count == b.fields.count else { return false }
            for (p, q) in zip(a.fields, b.fields) where p.name != q.name || !unify(p.type!, q.type!, exact: true) { return false }
            return true
        case let (a as Named, b as Named):
            guard a.originOrSelf === b.originOrSelf, a.targs.count == b.targs.count else { return false }
            for (p, q) in zip(a.targs, b.targs) where !unify(p, q, exact: true) { return false }
            return true
        case (is Interface, is Interface):
            return identical(x, y) || !isParameterized(x)
        default:
            return identical(x, y)
        }
    }
}

extension Checker {
    /// Infers the missing type arguments of a call; nil after reporting an error.
    /// `extra` are the type parameters of generic function arguments.
    func infer(call: CallExpr, tparams: [TypeParam], targs: [GoType], params: [GoType], args: [Operand]) -> [GoType]? {
        if targs.count == tparams.count { return targs }
        var u = Unifier(tparams)
        for (i, t) in targs.enumerated() where i < tparams.count { u.bound[ObjectIdentifier(tparams[i])] = t }
        func fail(_ at: Pos, _ msg: String) -> [GoType]? {
            error(at, "in call to \(exprString(call.fun)), \(msg)")
            return nil
        }
        func tparamsString() -> String {
            let names = tparams.map { $0.obj.name }
            switch names.count {
            case 1: return names[0]
            case 2: return names[0] + " and " + names[1]
            default: return names.dropLast().joined(separator: ", ") + ", and " + names.last!
            }
        }
        // 1. typed arguments
        var untyped: [Int] = []
        for (i, arg) in args.enumerated() where i < params.count {
            let par = params[i]
            guard u.isParameterized(par) || u.isParameterized(arg.type) else { continue }
            if isTyped(arg.type) {
                if par.underlying is Interface && !(par is TypeParam) && !u.isParameterized(par) { continue }
                if !u.unify(par, arg.type, exact: false) {
                    let ats = startPos(arg.expr ?? call)
                    if u.inferred().allSatisfy({ $0 == nil }) {
                        return fail(ats, "type \(typeString(arg.type)) of \(exprString(arg.expr)) does not match \(typeString(par)) (cannot infer \(tparamsString()))")
                    }
                    let inferred = Substituter(u.bound).subst(par)
                    if inferred !== par {
                        return fail(ats, "type \(typeString(arg.type)) of \(exprString(arg.expr)) does not match inferred type \(typeString(inferred)) for \(typeString(par))")
                    }
                    return fail(ats, "type \(typeString(arg.type)) of \(exprString(arg.expr)) does not match \(typeString(par))")
                }
            } else if par is TypeParam && !arg.isNil {
                untyped.append(i)
            }
        }
        // 2. core types of constraints
        while true {
            let before = u.unknowns
            for tp in tparams {
                let tx = u.at(tp)
                guard let terms = tp.iface.typeSet.terms, !terms.isEmpty else { continue }
                let core = coreTerm(terms)
                if let core {
                    if let tx {
                        let target: GoType = core.tilde ? (tx is TypeParam ? coreType(tx) ?? tx : tx.underlying) : tx
                        if !u.unify(core.type, target, exact: false) {
                            return fail(call.pos, "\(tp.obj.name) (type \(typeString(tx))) does not satisfy \(typeString(tp.constraint))")
                        }
                    } else if terms.count == 1 && !core.tilde {
                        u.bound[ObjectIdentifier(tp)] = core.type
                    }
                }
            }
            // an inferred type's methods against the constraint's, which may
            // mention type parameters still unknown (Go 1.21: C Container[T] with
            // C = *FIFO[string] gives T = string); a mismatch is reported below
            for tp in tparams {
                guard let tx = u.at(tp), !u.isParameterized(tx) else { continue }
                for m in tp.iface.typeSet.methods where u.isParameterized(m.type!) {
                    var have: Func?
                    if let vi = tx.underlying as? Interface, !(tx is TypeParam) {
                        have = vi.typeSet.method(m.name)
                    } else if case .method(let f, _, _) = lookupFieldOrMethod(tx, addressable: false, pkg: m.pkg, name: m.name) {
                        have = f
                    }
                    if let have { _ = u.unify(m.type!, have.type!, exact: false) }
                }
            }
            // an inferred type must have the constraint's methods (checked with T still unknown
            // in the constraint, as types2 reports it: "T (type X) does not satisfy C[T] (…)")
            for tp in tparams {
                guard let tx = u.at(tp), !u.isParameterized(tx) else { continue }
                let iface = tp.iface
                guard !iface.typeSet.methods.isEmpty else { continue }
                let bound = Substituter(u.bound).subst(iface) as? Interface ?? iface
                if let why = missingMethod(tx, bound, static: true) {
                    let cause = missingCause(tx, iface, unsubstituted(why, iface))
                    return fail(call.pos, "\(tp.obj.name) (type \(typeString(tx))) does not satisfy \(typeString(tp.constraint)) \(cause)")
                }
            }
            if u.unknowns == before { break }
        }
        // 3. untyped constants
        var maxUntyped: [ObjectIdentifier: GoType] = [:]
        var order: [TypeParam] = []
        // a parameter unified with a generic function argument's type parameter
        // (ApplyAll(1, Identity)) is decided by the constant through that one
        func root(_ tp: TypeParam) -> TypeParam {
            var r = tp
            for _ in 0..<tparams.count {
                guard let next = u.at(r) as? TypeParam, u.set.contains(ObjectIdentifier(next)), next !== tp else { break }
                r = next
            }
            return r
        }
        for i in untyped {
            guard let tp0 = params[i] as? TypeParam else { continue }
            let tp = root(tp0)
            guard u.at(tp) == nil else { continue }
            let arg = args[i]
            if let m = maxUntyped[ObjectIdentifier(tp)] {
                guard let mm = maxType(m, arg.type) else {
                    return fail(startPos(arg.expr ?? call), "mismatched types \(typeString(m)) and \(typeString(arg.type)) (cannot infer \(tp.obj.name))")
                }
                maxUntyped[ObjectIdentifier(tp)] = mm
            } else {
                maxUntyped[ObjectIdentifier(tp)] = arg.type
                order.append(tp)
            }
        }
        for tp in order { u.bound[ObjectIdentifier(tp)] = defaultType(maxUntyped[ObjectIdentifier(tp)]!) }
        // 4. simplify: substitute inferred arguments into each other
        var result = u.inferred()
        for _ in 0..<tparams.count {
            var m: [ObjectIdentifier: GoType] = [:]
            for (i, t) in result.enumerated() { if let t { m[ObjectIdentifier(tparams[i])] = t } }
            result = result.map { $0.map { Substituter(m).subst($0) } }
        }
        // a recursive call (also from a function literal inside it) may pass the
        // enclosing function's own type parameters
        let outer = Set(((env.sig?.tparams ?? []) + env.funcTParams).map { ObjectIdentifier($0) })
        let unresolved = u.set.subtracting(outer)
        for (i, t) in result.enumerated() where t == nil || mentionsTypeParams(t!, unresolved) {
            let obj = tparams[i].obj
            return fail(call.pos, "cannot infer \(obj.name) (declared at \(posString(obj.pos)))")
        }
        return result.map { $0! }
    }

    /// The single underlying type of a term list, with its tilde, if all terms agree.
    private func coreTerm(_ terms: [Term]) -> Term? {
        if terms.count == 1 { return terms[0] }
        guard let u = coreUnderlying(of: terms) else { return nil }
        return Term(tilde: terms.contains { $0.tilde }, type: u)
    }

    /// Verifies constraint satisfaction of type arguments; reports at `positions[i]` or `fallback`.
    func verifyTypeArgs(_ tparams: [TypeParam], _ targs: [GoType], positions: [Pos], fallback: Pos) -> Bool {
        var m: [ObjectIdentifier: GoType] = [:]
        for (i, tp) in tparams.enumerated() where i < targs.count { m[ObjectIdentifier(tp)] = targs[i] }
        for (i, tp) in tparams.enumerated() where i < targs.count {
            let bnd = Substituter(m).subst(tp.constraint)
            var cause = ""
            if !implements(targs[i], bnd, constraint: true, cause: &cause) {
                error(i < positions.count ? positions[i] : fallback,
                      cause.isEmpty ? "\(typeString(targs[i])) does not satisfy \(typeString(bnd))" : cause)
                return false
            }
        }
        return true
    }

    /// Verifies that the type arguments of an instantiated generic type satisfy their constraints.
    func verifyInstance(_ tparams: [TypeParam], _ targs: [GoType], positions: [Pos], name: String) {
        _ = verifyTypeArgs(tparams, targs, positions: positions, fallback: positions.first ?? .none)
    }
}

func mentionsTypeParams(_ t: GoType, _ set: Set<ObjectIdentifier>) -> Bool {
    var seen = Set<ObjectIdentifier>()
    func walk(_ t: GoType) -> Bool {
        switch t {
        case let a as Alias: return walk(unalias(a))
        case let tp as TypeParam: return set.contains(ObjectIdentifier(tp))
        case let p as Pointer: return walk(p.elem)
        case let s as Slice: return walk(s.elem)
        case let a as ArrayType: return walk(a.elem)
        case let m as MapType: return walk(m.key) || walk(m.elem)
        case let c as Chan: return walk(c.elem)
        case let s as Signature:
            return (s.params.vars + s.results.vars).contains { walk($0.type!) }
        case let s as Struct: return s.fields.contains { walk($0.type!) }
        case let n as Named:
            if !seen.insert(ObjectIdentifier(n)).inserted { return false }
            return n.targs.contains { walk($0) }
        case let i as Interface:
            if !seen.insert(ObjectIdentifier(i)).inserted { return false }
            return i.methods.contains { walk($0.type!) } || i.embeddeds.contains { walk($0) }
        case let u as Union: return u.terms.contains { walk($0.type) }
        default: return false
        }
    }
    return walk(t)
}

/// The same reason with the constraint's own (unsubstituted) method, for messages.
private func unsubstituted(_ why: MissingReason, _ iface: Interface) -> MissingReason {
    func orig(_ m: Func) -> Func { iface.typeSet.method(m.name) ?? m }
    switch why {
    case .missing(let m): return .missing(orig(m))
    case .pointerReceiver(let m): return .pointerReceiver(orig(m))
    case .wrongType(let m, let have): return .wrongType(orig(m), have: have)
    case .wrongCase(let m, let have): return .wrongCase(orig(m), have: have)
    case .ambiguous(let m): return .ambiguous(orig(m))
    default: return why
    }
}

// Assignability (spec: "Assignability") and interface implementation and
// constraint satisfaction, with the causes types2 appends to its messages:
// "T does not implement I (missing method M)", "(method M has pointer
// receiver)", "(wrong type for method M)\n\t\thave …\n\t\twant …",
// "need type assertion", "T does not satisfy C (T missing in int | string)".

import Base
import Syntax

extension Checker {
    /// Whether x can be assigned to a variable of type T; `cause` explains a failure.
    func assignableTo(_ x: Operand, _ T: GoType) -> Bool {
        var cause = ""
        return assignableTo(x, T, cause: &cause)
    }

    func assignableTo(_ x: Operand, _ T: GoType, cause: inout String) -> Bool {
        if x.isInvalid || !isValid(T) { return true }
        let V = unalias(x.type)
        let T = unalias(T)
        if identical(V, T) { return true }
        if x.isNil && (V as? Basic)?.kind == .untypedNil {
            return hasNil(T)
        }
        let Vu = V.underlying, Tu = T.underlying
        let Vp = V as? TypeParam, Tp = T as? TypeParam
        if isUntyped(Vu) {
            if let tp = Tp {
                guard let terms = tp.iface.typeSet.terms, !terms.isEmpty else { return false }
                for t in terms {
                    let (nt, _, _) = implicitTypeAndValue(x, t.type)
                    if nt == nil { return false }
                }
                return true
            }
            let (nt, _, _) = implicitTypeAndValue(x, T)
            return nt != nil
        }
        if identical(Vu, Tu) && (!isNamed(V) || !isNamed(T)) && Vp == nil && Tp == nil {
            return true
        }
        if (Tu is Interface && Tp == nil) || isInterfacePtr(Tu) {
            var c = ""
            if implements(V, T, constraint: false, cause: &c) { return true }
            if Vp == nil {
                cause = c
                return false
            }
        }
        if let vi = Vu as? Interface, Vp == nil, !(Tu is Interface) {
            var c = ""
            if implements(T, V, constraint: false, cause: &c) {
                cause = "need type assertion"
                _ = vi
                return false
            }
        }
        if let vc = Vu as? Chan, vc.dir == .both, let tc = Tu as? Chan, identical(vc.elem, tc.elem) {
            return !isNamed(V) || !isNamed(T)
        }
        if Vp == nil && Tp == nil { return false }
        // type parameters: every type of the type set(s) must be assignable
        if let tp = Tp, !(V is TypeParam) || true {
            if let terms = tp.iface.typeSet.terms, !terms.isEmpty, !isNamed(V) || Vp != nil {
                for t in terms {
                    var y = x
                    y.type = V
                    if !assignableTo(y, t.type) { return false }
                }
                return true
            }
        }
        if let vp = Vp, let terms = vp.iface.typeSet.terms, !terms.isEmpty, !isNamed(T) {
            for t in terms {
                var y = x
                y.type = t.type
                if !assignableTo(y, T) { return false }
            }
            return true
        }
        return false
    }

    /// Whether V implements (or, for constraints, satisfies) T.
    func implements(_ V0: GoType, _ T: GoType, constraint: Bool, cause: inout String) -> Bool {
        // causes name the aliased type: `any` is interface{} there
        let V: GoType = unalias(V0)
        let Vu = V.underlying, Tu = T.underlying
        if !isValid(Vu) || !isValid(Tu) { return true }
        let verb = constraint ? "satisfy" : "implement"
        guard let ti = Tu as? Interface, !(T is TypeParam) || true else { return false }
        if T is TypeParam && !constraint {
            cause = "\(typeString(V)) does not \(verb) \(typeString(T)) (\(typeString(T)) is not an interface)"
            return false
        }
        let ts = ti.typeSet
        if ts.methods.isEmpty && ts.terms == nil && !ts.isComparableFlag { return true }
        if let vi = Vu as? Interface, vi.typeSet.isEmpty { return true }
        if ts.isEmpty {
            cause = "cannot \(verb) \(typeString(T)) (empty type set)"
            return false
        }
        if let why = missingMethod(V, ti, static: true) {
            cause = "\(typeString(V)) does not \(verb) \(typeString(T)) \(missingCause(V, ti, why))"
            return false
        }
        func checkComparability() -> Bool {
            if !ts.isComparableFlag && !(ts.terms != nil && ts.isComparable && false) { return true }
            if !ts.isComparableFlag { return true }
            if isStrictlyComparable(V) { return true }
            if constraint && isComparable(V) { return true }
            cause = "\(typeString(V)) does not \(verb) comparable"
            return false
        }
        guard let terms = ts.terms else { return checkComparability() }
        if let vi = Vu as? Interface, !(V is TypeParam) {
            let vts = vi.typeSet
            guard let vterms = vts.terms, vterms.allSatisfy({ vt in terms.contains { termSubsumes($0, vt) } }) else {
                cause = "\(typeString(V)) does not \(verb) \(typeString(T))"
                return false
            }
            return checkComparability()
        }
        if let vp = V as? TypeParam {
            let vts = vp.iface.typeSet
            guard let vterms = vts.terms, !vterms.isEmpty, vterms.allSatisfy({ vt in terms.contains { termSubsumes($0, vt) } }) else {
                cause = "\(typeString(V)) does not \(verb) \(typeString(T))"
                return false
            }
            return checkComparability()
        }
        if !terms.contains(where: { termIncludes($0, V) }) {
            var detail = ""
            if let alt = terms.first(where: { !$0.tilde && identical($0.type, $0.type.underlying) && identical($0.type, V.underlying) }) {
                detail = "possibly missing ~ for \(typeString(alt.type)) in \(typeString(T))"
            } else {
                detail = "\(typeString(V)) missing in \(terms.map { ($0.tilde ? "~" : "") + TypeWriter.string($0.type, qualifier: nil) }.joined(separator: " | "))"
            }
            cause = "\(typeString(V)) does not \(verb) \(typeString(T)) (\(detail))"
            return false
        }
        return checkComparability()
    }

    func termsString(_ terms: [Term]) -> String {
        terms.map { ($0.tilde ? "~" : "") + typeString($0.type) }.joined(separator: " | ")
    }

    /// types2's missing-method cause, in parentheses.
    func missingCause(_ V: GoType, _ T: Interface, _ why: MissingReason) -> String {
        switch why {
        case .missing(let m):
            if case .field = lookupImpl(V, pkg: m.pkg, name: m.name, foldCase: false) {
                return "(\(typeString(V)).\(m.name) is a field, not a method)"
            }
            return "(missing method \(m.name))"
        case .pointerReceiver(let m):
            return "(method \(m.name) has pointer receiver)"
        case .wrongType(let m, let have):
            return "(wrong type for method \(m.name))\n\t\thave \(funcString(have))\n\t\twant \(funcString(m))"
        case .wrongCase(let m, let have):
            return "(missing method \(m.name))\n\t\thave \(funcString(have))\n\t\twant \(funcString(m))"
        case .ambiguous(let m):
            return "(ambiguous selector \(typeString(V)).\(m.name))"
        case .notComparable:
            return "(not comparable)"
        case .notInTypeSet:
            return ""
        }
    }

    /// A method as types2 prints it in have/want lines: `M(int) string`.
    func funcString(_ f: Func) -> String {
        guard let sig = f.type as? Signature else { return f.name }
        var w = TypeWriter(qualifier: pkg)
        w.out = f.name
        if !sig.tparams.isEmpty { w.tparamList(sig.tparams) }
        let stripped = Signature(recv: nil, params: unnamed(sig.params), results: unnamed(sig.results), variadic: sig.variadic)
        w.signature(stripped)
        return w.out
    }

    private func unnamed(_ t: Tuple) -> Tuple {
        Tuple(t.vars.map { Var(name: "", pos: $0.pos, type: $0.type, pkg: $0.pkg) })
    }
}

/// Whether every type of term b is in term a.
func termSubsumes(_ a: Term, _ b: Term) -> Bool {
    if a.tilde { return identical(a.type.underlying, b.type.underlying) }
    return !b.tilde && identical(a.type, b.type)
}

// Type sets of interfaces (spec: "Interface types"): the full method set of
// an interface (its own methods and those of embedded interfaces) and, for
// constraints, the set of types it admits as a list of terms (nil: all types).

import Base

public struct TypeSet {
    public var methods: [Func]
    /// nil: every type; []: no type; else the union of these terms.
    public var terms: [Term]?
    var isComparableFlag: Bool

    init(methods: [Func], terms: [Term]?, comparable: Bool) {
        self.methods = methods.sorted { $0.name < $1.name }
        self.terms = terms
        self.isComparableFlag = comparable
    }

    /// Only methods: an ordinary interface usable as a value type.
    public var isMethodSet: Bool { terms == nil && !isComparableFlag }

    public var isComparable: Bool {
        if let terms {
            return !terms.isEmpty && terms.allSatisfy { Types.isComparable($0.type) }
        }
        return isComparableFlag
    }

    public var isEmpty: Bool { terms != nil && terms!.isEmpty }

    public func method(_ name: String) -> Func? { methods.first { $0.name == name } }

    /// Whether type t is in the set (ignoring methods).
    public func includes(_ t: GoType) -> Bool {
        guard let terms else { return true }
        return terms.contains { termIncludes($0, t) }
    }
}

func termIncludes(_ term: Term, _ t: GoType) -> Bool {
    if term.tilde { return identical(term.type.underlying, t.underlying) }
    return identical(term.type, t)
}

extension Interface {
    public var typeSet: TypeSet {
        if let ts = typeSetCache { return ts }
        if computing { return TypeSet(methods: methods, terms: nil, comparable: false) }
        computing = true
        defer { computing = false }
        var all: [Func] = methods
        var terms: [Term]? = nil
        var comparable = false
        for e in embeddeds {
            var eterms: [Term]?
            switch e {
            case let u as Union:
                eterms = []
                for t in u.terms {
                    if let ei = t.type.underlying as? Interface, !(t.type is TypeParam) {
                        let ts = ei.typeSet
                        if let tt = ts.terms { eterms!.append(contentsOf: tt) } else { eterms = nil; break }
                    } else {
                        eterms!.append(t)
                    }
                }
            default:
                if let ei = e.underlying as? Interface, !(e is TypeParam) {
                    let ts = ei.typeSet
                    for m in ts.methods where !all.contains(where: { $0.name == m.name }) { all.append(m) }
                    if ts.isComparableFlag { comparable = true }
                    eterms = ts.terms
                } else {
                    eterms = [Term(tilde: false, type: e)]
                }
            }
            if let et = eterms {
                if let cur = terms {
                    terms = intersect(cur, et)
                } else {
                    terms = et
                }
            }
        }
        let ts = TypeSet(methods: all, terms: terms, comparable: comparable)
        typeSetCache = ts
        return ts
    }

    var isComparableConstraint: Bool { typeSet.isComparableFlag }
}

private func intersect(_ a: [Term], _ b: [Term]) -> [Term] {
    var out: [Term] = []
    for x in a {
        for y in b {
            if x.tilde && y.tilde {
                if identical(x.type.underlying, y.type.underlying) { out.append(x) }
            } else if x.tilde {
                if identical(x.type.underlying, y.type.underlying) { out.append(y) }
            } else if y.tilde {
                if identical(x.type.underlying, y.type.underlying) { out.append(x) }
            } else if identical(x.type, y.type) {
                out.append(x)
            }
        }
    }
    return out
}

// This file exposes what escape analysis needs from the checker beyond its
// public side tables: how a selector reaches its field or method through
// embedded fields (types2's Selection), and type identity.

import Syntax

/// How `x.name` is reached from x's type: the embedded fields walked
/// (`path`, indices into each struct), then the field or method itself.
public struct SelectionInfo {
    public var path: [Int]
    public var field: Var?
    public var method: Func?
    /// Whether a pointer was dereferenced on the way (types2's indirect).
    public var indirect: Bool
}

/// Looks up a field or method of T for escape analysis (no addressability check).
public func selectionInfo(_ T: GoType, name: String, pkg: Package?) -> SelectionInfo? {
    switch lookupImpl(T, pkg: pkg, name: name, foldCase: false) {
    case .field(let v, let path, let indirect):
        return SelectionInfo(path: Array(path.dropLast()), field: v, method: nil, indirect: indirect)
    case .method(let f, let path, let indirect):
        return SelectionInfo(path: path, field: nil, method: f, indirect: indirect)
    default:
        return nil
    }
}

/// Type identity, as the spec defines it.
public func identicalTypes(_ x: GoType, _ y: GoType) -> Bool { identical(x, y) }

extension Checker {
    /// Records the variable a type switch declares implicitly in one clause
    /// (go/types' Implicits).
    func recordImplicit(_ clause: CaseClause, _ v: Var) {
        implicits[ObjectIdentifier(clause)] = v
    }
}

/// The type t with type parameters replaced as `map` says (by TypeParam identity).
public func substituteTypeParams(_ t: GoType, _ map: [ObjectIdentifier: GoType]) -> GoType {
    Substituter(map).subst(t)
}

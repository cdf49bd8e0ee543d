// What the later stages (the compiler) ask of the checker beyond the side
// tables it keeps anyway: the checker instance itself (types, defs, uses,
// initOrder) and selections — the path of field indices through embedded
// fields to a selected field or method, as go/types' Selection records it.
// Additive only: nothing here changes how a package is checked.

import Base
import Syntax

/// What `x.f` selects: a field or a method, reached through embedded fields.
public enum Selection {
    /// A field: `path` lists field indices from x's (pointer-dereferenced)
    /// struct type down to the field itself (the last index); embedded
    /// pointers on the way are followed.
    case field(Var, path: [Int])
    /// A method: `path` lists the embedded fields to walk before the receiver.
    case method(Func, path: [Int])
    case none
}

extension Checker {
    /// The files this checker checked.
    public var checkedFiles: [File] { files }
}

/// The selection of `name` on a value of type `T` (ignoring addressability:
/// the checker has already accepted the expression).
public func selection(_ T: GoType, _ name: String, in pkg: Package?) -> Selection {
    switch lookupImpl(T, pkg: pkg, name: name, foldCase: false) {
    case .field(let v, let path, _): return .field(v, path: path)
    case .method(let f, let path, _): return .method(f, path: path)
    default: return .none
    }
}

/// go/types' Identical, for the later stages.
public func typesIdentical(_ x: GoType, _ y: GoType) -> Bool { identical(x, y) }

/// The default type of an untyped type (int for untyped int, …); t itself otherwise.
public func defaultTypeOf(_ t: GoType) -> GoType { defaultType(t) }

extension Checker {
    /// Whether a function body ends in a terminating statement (spec).
    public func isTerminatingBody(_ b: BlockStmt) -> Bool { isTerminatingList(b.list, label: "") }
}

/// t with type parameters replaced (keys: ObjectIdentifier of each TypeParam), as
/// instantiation does — for compiling one instance of a generic function.
public func substitute(_ t: GoType, _ m: [ObjectIdentifier: GoType],
                       localNamed: ((Named) -> GoType?)? = nil) -> GoType {
    m.isEmpty ? t : Substituter(m, localNamed: localNamed).subst(t)
}

/// The type parameters t's structure mentions, in the order met (not looking
/// inside named types other than at their type arguments).
public func typeParamsIn(_ t: GoType) -> [TypeParam] {
    var found: [TypeParam] = []
    var seen = Set<ObjectIdentifier>()
    func walk(_ t: GoType) {
        if !seen.insert(ObjectIdentifier(t)).inserted { return }
        switch t {
        case let tp as TypeParam: found.append(tp)
        case let p as Pointer: walk(p.elem)
        case let s as Slice: walk(s.elem)
        case let a as ArrayType: walk(a.elem)
        case let m as MapType: walk(m.key); walk(m.elem)
        case let c as Chan: walk(c.elem)
        case let s as Struct: for f in s.fields { walk(f.type!) }
        case let tu as Tuple: for v in tu.vars { walk(v.type!) }
        case let sg as Signature: walk(sg.params); walk(sg.results)
        case let n as Named: for a in n.targs { walk(a) }
        default: break
        }
    }
    walk(t)
    return found
}

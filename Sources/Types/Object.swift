// Named language entities (go/types' Object): variables, constants, type
// names, functions, package names, builtins, labels and nil, and the scopes
// that map names to them.

import Base
import Constant

public class Object {
    public let name: String
    public let pos: Pos
    public internal(set) var type: GoType?
    public weak var pkg: Package?
    weak var parentScope: Scope?
    /// Declaration order for package-level objects (init order ties).
    var order = 0
    /// Resolution state of package-level objects: white, grey (on the path), black.
    var color: Color = .white
    enum Color { case white, grey, black }

    init(name: String, pos: Pos, type: GoType?, pkg: Package?) {
        self.name = name; self.pos = pos; self.type = type; self.pkg = pkg
    }

    public var isExported: Bool {
        guard let c = name.unicodeScalars.first else { return false }
        return c.properties.isUppercase
    }
}

public enum VarKind: Sendable { case package, local, recv, param, result, field }

public final class Var: Object {
    public var kind: VarKind = .local
    public var isField = false
    public var embedded = false
    public var isParam = false
    public var used = false
    /// The declaration of a package-level variable (for init order).
    var decl: DeclInfo?
    public init(name: String, pos: Pos, type: GoType?, pkg: Package?, isField: Bool = false, embedded: Bool = false) {
        self.isField = isField; self.embedded = embedded
        if isField { kind = .field }
        super.init(name: name, pos: pos, type: type, pkg: pkg)
    }
}

public final class Const: Object {
    public var value: ConstantValue
    var decl: DeclInfo?
    public init(name: String, pos: Pos, type: GoType?, pkg: Package?, value: ConstantValue) {
        self.value = value
        super.init(name: name, pos: pos, type: type, pkg: pkg)
    }
}

public final class TypeName: Object {
    /// Binds a type name made outside the checker (a generic function's local
    /// type as one instance has it) to its type.
    public func setType(_ t: GoType) { type = t }
    /// For a type declared inside a function: its number among the types
    /// declared in that top-level function (closures included), from 1, as gc
    /// numbers them; it shows in type arguments (main.Box[main.F·1]).
    public var localIndex = 0
    var decl: DeclInfo?
    public var isAlias = false
    /// The type parameters of a generic alias (`type A[T any] = …`).
    public var aliasTParams: [TypeParam] = []
    public override init(name: String, pos: Pos, type: GoType?, pkg: Package?) {
        super.init(name: name, pos: pos, type: type, pkg: pkg)
    }
}

public final class Func: Object {
    var decl: DeclInfo?
    /// Declared without a body (implemented outside Go).
    public var hasBody = true
    public var hasPtrRecv = false
    public weak var origin: Func?
    public var signature: Signature { type as! Signature }
    public override init(name: String, pos: Pos, type: GoType?, pkg: Package?) {
        super.init(name: name, pos: pos, type: type, pkg: pkg)
    }
}

public final class PkgName: Object {
    public let imported: Package
    public var used = false
    /// Imported under a name of the program's choosing.
    public var renamed = false
    init(name: String, pos: Pos, pkg: Package?, imported: Package) {
        self.imported = imported
        super.init(name: name, pos: pos, type: Universe.invalid, pkg: pkg)
    }
}

public enum BuiltinID: String, CaseIterable {
    case append, cap, clear, close, complex, copy, delete, imag, len, make, max, min, new, panic, print, println, real, recover
    case alignof = "Alignof", offsetof = "Offsetof", sizeof = "Sizeof", add = "Add", slice = "Slice", sliceData = "SliceData"
    case string = "String", stringData = "StringData"
}

public final class Builtin: Object {
    public let id: BuiltinID
    init(_ id: BuiltinID) {
        self.id = id
        super.init(name: id.rawValue, pos: .none, type: Universe.invalid, pkg: nil)
    }
}

public final class NilObject: Object {}

/// types2's objectKind: how "x (KIND) is not a type" names an object.
func objectKind(_ o: Object) -> String {
    switch o {
    case is PkgName: return "package name"
    case is Const: return "constant"
    case let t as TypeName:
        if t.isAlias { return "type alias" }
        if t.type is TypeParam { return "type parameter" }
        return "defined type"
    case let v as Var:
        switch v.kind {
        case .package: return "package-level variable"
        case .local: return "local variable"
        case .recv: return "receiver"
        case .param: return "parameter"
        case .result: return "result variable"
        case .field: return "struct field"
        }
    case let f as Func:
        return (f.type as? Signature)?.recv != nil ? "method" : "function"
    case is Builtin: return "built-in function"
    case is NilObject: return "nil"
    default: return "object"
    }
}

/// A lexical scope.
public final class Scope {
    public let parent: Scope?
    public private(set) var elems: [String: Object] = [:]
    public private(set) var order: [Object] = []
    var isFunc = false
    let start: Pos
    init(parent: Scope?, start: Pos = .none) { self.parent = parent; self.start = start }

    public func lookup(_ name: String) -> Object? { elems[name] }

    public func lookupParent(_ name: String) -> (Scope, Object)? {
        var s: Scope? = self
        while let sc = s {
            if let o = sc.elems[name] { return (sc, o) }
            s = sc.parent
        }
        return nil
    }

    /// Inserts obj; returns the existing object of that name, if any.
    @discardableResult
    func insert(_ obj: Object) -> Object? {
        if let alt = elems[obj.name] { return alt }
        elems[obj.name] = obj
        order.append(obj)
        if obj.parentScope == nil { obj.parentScope = self }
        return nil
    }

    func replace(_ obj: Object) {
        if elems[obj.name] == nil { order.append(obj) }
        elems[obj.name] = obj
    }
}

/// A package: its path, name, scope and imports.
public final class Package {
    public let path: String
    public var name: String
    public let scope: Scope
    public var imports: [Package] = []
    public var fake = false
    init(path: String, name: String) {
        self.path = path
        self.name = name
        self.scope = Scope(parent: Universe.scope)
    }
}

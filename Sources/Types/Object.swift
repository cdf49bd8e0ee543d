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

public final class Var: Object {
    public var isField = false
    public var embedded = false
    public var isParam = false
    public var used = false
    /// The declaration of a package-level variable (for init order).
    var decl: DeclInfo?
    public init(name: String, pos: Pos, type: GoType?, pkg: Package?, isField: Bool = false, embedded: Bool = false) {
        self.isField = isField; self.embedded = embedded
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
    var decl: DeclInfo?
    public var isAlias = false
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

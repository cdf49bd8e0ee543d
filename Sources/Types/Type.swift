// Go types as the checker represents them (go/types' model): basic types,
// composite types, signatures, interfaces with their type sets, named
// (defined) types with methods and type arguments, and type parameters.
// Types are classes: named types and type parameters have identity; all
// others are compared structurally by `identical` (Predicates.swift).

import Base

public class GoType: CustomStringConvertible {
    /// The underlying type (the type itself for all but Named and TypeParam).
    public var underlying: GoType { self }
    public var description: String { TypeWriter.string(self, qualifier: nil) }
}

public enum BasicKind: UInt8, Sendable {
    case invalid
    case bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128, string, unsafePointer
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString, untypedNil
}

public final class Basic: GoType {
    public let kind: BasicKind
    public let name: String
    init(_ kind: BasicKind, _ name: String) { self.kind = kind; self.name = name }

    public var isBoolean: Bool { kind == .bool || kind == .untypedBool }
    public var isInteger: Bool {
        switch kind {
        case .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr, .untypedInt, .untypedRune: return true
        default: return false
        }
    }
    public var isUnsigned: Bool {
        switch kind {
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr: return true
        default: return false
        }
    }
    public var isFloat: Bool { kind == .float32 || kind == .float64 || kind == .untypedFloat }
    public var isComplex: Bool { kind == .complex64 || kind == .complex128 || kind == .untypedComplex }
    public var isNumeric: Bool { isInteger || isFloat || isComplex }
    public var isString: Bool { kind == .string || kind == .untypedString }
    public var isUntyped: Bool { kind.rawValue >= BasicKind.untypedBool.rawValue }
    public var isOrdered: Bool { isInteger || isFloat || isString }
    public var isConstType: Bool { isBoolean || isNumeric || isString }
}

public final class Pointer: GoType {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class Slice: GoType {
    public let elem: GoType
    public init(_ elem: GoType) { self.elem = elem }
}

public final class ArrayType: GoType {
    public let len: Int64          // -1: unknown (an error was reported)
    public let elem: GoType
    public init(_ elem: GoType, _ len: Int64) { self.elem = elem; self.len = len }
}

public final class MapType: GoType {
    public let key: GoType
    public let elem: GoType
    public init(_ key: GoType, _ elem: GoType) { self.key = key; self.elem = elem }
}

public enum ChanDirection: Sendable { case both, send, recv }

public final class Chan: GoType {
    public let dir: ChanDirection
    public let elem: GoType
    public init(_ dir: ChanDirection, _ elem: GoType) { self.dir = dir; self.elem = elem }
}

public final class Struct: GoType {
    public var fields: [Var]
    public var tags: [String]
    public init(_ fields: [Var], tags: [String] = []) {
        self.fields = fields
        self.tags = tags.isEmpty ? Array(repeating: "", count: fields.count) : tags
    }
}

/// An ordered list of variables: parameters, results, or multiple values.
public final class Tuple: GoType {
    public let vars: [Var]
    public init(_ vars: [Var]) { self.vars = vars }
    public var count: Int { vars.count }
    public func at(_ i: Int) -> Var { vars[i] }
    nonisolated(unsafe) public static let empty = Tuple([])
}

public final class Signature: GoType {
    public var recv: Var?
    public var tparams: [TypeParam] = []
    public var params: Tuple
    public var results: Tuple
    public var variadic: Bool
    public init(recv: Var? = nil, params: Tuple, results: Tuple, variadic: Bool) {
        self.recv = recv; self.params = params; self.results = results; self.variadic = variadic
    }
}

/// An interface: explicit methods, embedded elements, and (once completed)
/// its type set: all methods and, for constraints, the union of type terms.
public final class Interface: GoType {
    public var methods: [Func]
    public var embeddeds: [GoType]
    var embedPositions: [Pos] = []
    var typeSetCache: TypeSet?
    var computing = false
    /// The implicit interface of a constraint written as `[T ~int]`.
    public var implicit = false
    public init(methods: [Func], embeddeds: [GoType]) { self.methods = methods; self.embeddeds = embeddeds }
}

/// A union of terms `~int | string` (only inside constraints).
public final class Union: GoType {
    public let terms: [Term]
    public init(_ terms: [Term]) { self.terms = terms }
}

public struct Term {
    public var tilde: Bool
    public var type: GoType
}

/// A defined type: a name, an underlying type, methods; for generic types
/// the type parameters, and for instances the origin and type arguments.
public final class Named: GoType {
    public let obj: TypeName
    var resolved: GoType?
    public var methods: [Func] = []
    public var tparams: [TypeParam] = []
    public var targs: [GoType] = []
    public weak var origin: Named?
    var expanding = false

    public init(obj: TypeName, underlying: GoType?) {
        self.obj = obj
        self.resolved = underlying
    }

    public override var underlying: GoType {
        if resolved == nil, let o = origin, !expanding, o.resolved != nil {
            expanding = true
            resolved = Substituter(instanceMap).subst(o.underlying)
            expanding = false
        }
        var t: GoType = resolved ?? Universe.invalid
        var n = 0
        while let nn = t as? Named {  // defensive: a chain of named types
            t = nn.resolved ?? Universe.invalid
            n += 1
            if n > 100 { return Universe.invalid }
        }
        return t
    }

    public func setUnderlying(_ t: GoType) { resolved = t }
    var instances: [Named] = []

    /// The mapping from the origin's type parameters to this instance's arguments.
    var instanceMap: [ObjectIdentifier: GoType] {
        var m: [ObjectIdentifier: GoType] = [:]
        if let o = origin {
            for (i, tp) in o.tparams.enumerated() where i < targs.count { m[ObjectIdentifier(tp)] = targs[i] }
        }
        return m
    }

    /// The instance of this generic type for `args` (made once, then shared).
    public func instance(_ args: [GoType]) -> Named {
        let o = originOrSelf
        // arguments that are named types, basic types or type parameters are
        // identical exactly when they are the same object (basic types by kind):
        // such lists are found by key; others by comparing structurally
        let key = Named.instanceKey(args)
        if let key, let inst = o.instancesByKey[key] { return inst }
        if key == nil {
            for inst in o.instances where inst.targs.count == args.count && zip(inst.targs, args).allSatisfy({ identical($0, $1) }) {
                return inst
            }
        }
        let inst = Named(obj: o.obj, underlying: nil)
        inst.origin = o
        inst.targs = args
        o.instances.append(inst)
        if let key { o.instancesByKey[key] = inst }
        return inst
    }

    var instancesByKey: [[ObjectIdentifier]: Named] = [:]
    /// Layout facts, computed once (Layout).
    var layoutCache: (size: Int64, align: Int64)?
    var pointersCache: Bool?

    static func instanceKey(_ args: [GoType]) -> [ObjectIdentifier]? {
        var key: [ObjectIdentifier] = []
        for a in args {
            switch unalias(a) {
            case let b as Basic: key.append(ObjectIdentifier(Universe.basic(b.kind)))
            case let n as Named: key.append(ObjectIdentifier(n))
            case let tp as TypeParam: key.append(ObjectIdentifier(tp))
            default: return nil
            }
        }
        return key
    }

    public var isGeneric: Bool { !tparams.isEmpty && targs.isEmpty }
    public var originOrSelf: Named { origin ?? self }
}

public final class TypeParam: GoType {
    public let obj: TypeName
    public var index: Int
    public var constraint: GoType
    public init(obj: TypeName, index: Int, constraint: GoType) { self.obj = obj; self.index = index; self.constraint = constraint }
    public override var underlying: GoType { constraint.underlying }
    public var iface: Interface { (constraint.underlying as? Interface) ?? Universe.emptyInterface }
}

/// An alias `type A = T` (Go 1.24+ keeps alias names, as types2 does with
/// gotypesalias=1): messages name `A`; everything else sees the aliased
/// type. `actual` is nil while the declaration is being resolved, so that a
/// cycle through a defined type (`type D = *E; type E struct{ d D }`) is legal.
public final class Alias: GoType {
    public let obj: TypeName
    public var actual: GoType?
    public init(obj: TypeName, actual: GoType?) { self.obj = obj; self.actual = actual }
    public override var underlying: GoType { unalias(self).underlying }
}

/// The type an alias (chain) stands for.
public func unalias(_ t: GoType) -> GoType {
    var t = t
    var n = 0
    while let a = t as? Alias {
        t = a.actual ?? Universe.invalid
        n += 1
        if n > 100 { return Universe.invalid }
    }
    return t
}

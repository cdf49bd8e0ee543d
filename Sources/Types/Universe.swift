// The universe scope: predeclared types, constants, nil and builtin
// functions, and the unsafe package.

import Base
import Constant

public enum Universe {
    nonisolated(unsafe) public static let invalid = Basic(.invalid, "invalid type")
    nonisolated(unsafe) static let basics: [BasicKind: Basic] = {
        var m: [BasicKind: Basic] = [:]
        let list: [(BasicKind, String)] = [
            (.bool, "bool"), (.int, "int"), (.int8, "int8"), (.int16, "int16"), (.int32, "int32"), (.int64, "int64"),
            (.uint, "uint"), (.uint8, "uint8"), (.uint16, "uint16"), (.uint32, "uint32"), (.uint64, "uint64"),
            (.uintptr, "uintptr"), (.float32, "float32"), (.float64, "float64"), (.complex64, "complex64"),
            (.complex128, "complex128"), (.string, "string"), (.unsafePointer, "Pointer"),
            (.untypedBool, "untyped bool"), (.untypedInt, "untyped int"), (.untypedRune, "untyped rune"),
            (.untypedFloat, "untyped float"), (.untypedComplex, "untyped complex"),
            (.untypedString, "untyped string"), (.untypedNil, "untyped nil"),
        ]
        for (k, n) in list { m[k] = Basic(k, n) }
        m[.invalid] = invalid
        return m
    }()

    public static func basic(_ k: BasicKind) -> Basic { basics[k]! }

    nonisolated(unsafe) public static let bool = basic(.bool)
    nonisolated(unsafe) public static let int = basic(.int)
    nonisolated(unsafe) public static let int32 = basic(.int32)
    nonisolated(unsafe) public static let int64 = basic(.int64)
    nonisolated(unsafe) public static let uint8 = basic(.uint8)
    nonisolated(unsafe) public static let uintptr = basic(.uintptr)
    nonisolated(unsafe) public static let float64 = basic(.float64)
    nonisolated(unsafe) public static let complex128 = basic(.complex128)
    nonisolated(unsafe) public static let string = basic(.string)
    nonisolated(unsafe) public static let untypedBool = basic(.untypedBool)
    nonisolated(unsafe) public static let untypedInt = basic(.untypedInt)
    nonisolated(unsafe) public static let untypedRune = basic(.untypedRune)
    nonisolated(unsafe) public static let untypedFloat = basic(.untypedFloat)
    nonisolated(unsafe) public static let untypedString = basic(.untypedString)
    nonisolated(unsafe) public static let untypedNil = basic(.untypedNil)

    /// `byte` and `rune` are aliases; printed by their alias names where gc does.
    nonisolated(unsafe) public static let byteType = Basic(.uint8, "byte")
    nonisolated(unsafe) public static let runeType = Basic(.int32, "rune")

    nonisolated(unsafe) public static let emptyInterface = Interface(methods: [], embeddeds: [])
    /// `any`, an alias of interface{}: printed "any" where written so, "interface{}" where unaliased.
    nonisolated(unsafe) public static let anyType: Alias = {
        let obj = TypeName(name: "any", pos: .none, type: nil, pkg: nil)
        obj.isAlias = true
        let a = Alias(obj: obj, actual: emptyInterface)
        obj.type = a
        return a
    }()

    nonisolated(unsafe) public static let errorType: Named = {
        let obj = TypeName(name: "error", pos: .none, type: nil, pkg: nil)
        let n = Named(obj: obj, underlying: nil)
        obj.type = n
        let errFunc = Func(name: "Error", pos: .none, type: nil, pkg: nil)
        let sig = Signature(recv: Var(name: "", pos: .none, type: n, pkg: nil), params: .empty,
                            results: Tuple([Var(name: "", pos: .none, type: string, pkg: nil)]), variadic: false)
        errFunc.type = sig
        n.setUnderlying(Interface(methods: [errFunc], embeddeds: []))
        return n
    }()

    nonisolated(unsafe) public static let comparableType: Named = {
        let obj = TypeName(name: "comparable", pos: .none, type: nil, pkg: nil)
        let n = Named(obj: obj, underlying: nil)
        obj.type = n
        let i = Interface(methods: [], embeddeds: [])
        i.typeSetCache = TypeSet(methods: [], terms: nil, comparable: true)
        n.setUnderlying(i)
        return n
    }()

    nonisolated(unsafe) public static let scope: Scope = {
        let s = Scope(parent: nil)
        for k: BasicKind in [.bool, .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64,
                             .uintptr, .float32, .float64, .complex64, .complex128, .string] {
            let b = basic(k)
            s.insert(TypeName(name: b.name, pos: .none, type: b, pkg: nil))
        }
        let byteObj = TypeName(name: "byte", pos: .none, type: byteType, pkg: nil)
        byteObj.isAlias = true
        s.insert(byteObj)
        let runeObj = TypeName(name: "rune", pos: .none, type: runeType, pkg: nil)
        runeObj.isAlias = true
        s.insert(runeObj)
        s.insert(anyType.obj)
        s.insert(errorType.obj)
        s.insert(comparableType.obj)
        s.insert(Const(name: "true", pos: .none, type: untypedBool, pkg: nil, value: .make(true)))
        s.insert(Const(name: "false", pos: .none, type: untypedBool, pkg: nil, value: .make(false)))
        s.insert(Const(name: "iota", pos: .none, type: untypedInt, pkg: nil, value: .make(0)))
        s.insert(NilObject(name: "nil", pos: .none, type: untypedNil, pkg: nil))
        for id in BuiltinID.allCases where !id.isUnsafe {
            s.insert(Builtin(id))
        }
        return s
    }()

    nonisolated(unsafe) public static let unsafePackage: Package = {
        let p = Package(path: "unsafe", name: "unsafe")
        p.scope.insert(TypeName(name: "Pointer", pos: .none, type: basic(.unsafePointer), pkg: p))
        for id in BuiltinID.allCases where id.isUnsafe {
            let b = Builtin(id)
            b.pkg = p
            p.scope.insert(b)
        }
        return p
    }()

    static var iotaObject: Object { scope.lookup("iota")! }
}

extension BuiltinID {
    var isUnsafe: Bool {
        switch self {
        case .alignof, .offsetof, .sizeof, .add, .slice, .sliceData, .string, .stringData: return true
        default: return false
        }
    }
}

// Runtime type metadata. Each Go type the program needs at run time (for
// allocation, interfaces, fmt's %v and %T, panics) gets an id and an RType;
// its descriptor in the static segment is 32 bytes:
//
//   +0  size     (8)
//   +8  ptrdata  (8)   bytes of prefix that may hold pointers
//   +16 id       (4)   index into Program.types
//   +20 kind     (1)
//   +21 align    (1)
//   +24 unused   (8)
//
// An interface's type word points at a descriptor. RType (a Swift class) is
// bookkeeping read by native code (fmt, panics), never program data.

public enum RKind: UInt8, Sendable {
    case invalid, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64, complex64, complex128, string, unsafePointer
    case pointer, slice, array, structure, map, chan, function, interface

    public var isSigned: Bool { self == .int || self == .int8 || self == .int16 || self == .int32 || self == .int64 }
    public var isUnsigned: Bool { self == .uint || self == .uint8 || self == .uint16 || self == .uint32 || self == .uint64 || self == .uintptr }
}

public struct RField: Sendable {
    public var name: String
    public var type: Int
    public var offset: Int
    public var embedded: Bool
    public var exported: Bool
    public init(name: String, type: Int, offset: Int, embedded: Bool, exported: Bool) {
        self.name = name; self.type = type; self.offset = offset; self.embedded = embedded; self.exported = exported
    }
}

/// A method of a type's method set, callable with an interface's data word as receiver.
public struct RMethod: Sendable {
    public var name: String
    public var fn: Int
    /// The method's result is a single string and it has no parameters (Error, String).
    public var stringer: Bool
    /// The signature as reflect writes it (`(int) string`): itabs match name and signature.
    public var sig: String
    public init(name: String, fn: Int, stringer: Bool, sig: String) {
        self.name = name; self.fn = fn; self.stringer = stringer; self.sig = sig
    }
}

public final class RType {
    public let id: Int
    public var kind: RKind
    public var size: Int
    public var align: Int
    public var ptrdata = 0
    /// The type as %T prints it (`int`, `main.Point`, `[]string`, `*main.T`).
    public var name: String
    /// Named (defined) type: %v of a struct prints fields the same way, but panics print `main.T(5)`.
    public var named = false
    /// A runtime error type (runtime.errorString, runtime.boundsError): the value is its message as a string.
    public var isRuntimeError = false
    /// fmt's preformatted value: {String() or Error() result, original interface value}.
    public var isPreformatted = false
    public var elem = -1          // pointer, slice, array, map value, chan
    public var key = -1           // map key
    public var len = 0            // array length
    /// For function types: the parameter type ids, and whether the last is variadic.
    public var params: [Int] = []
    public var variadic = false
    public var fields: [RField] = []
    /// The method set (sorted by name), for interface method calls and assertions.
    public var methods: [RMethod] = []
    /// Methods of a standard type that gosub does not implement yet (not in `methods`).
    public var unimplementedMethods: [String] = []
    /// For interface types: the method names, sorted (an itab's order), and their signatures.
    public var imethods: [String] = []
    public var isigs: [String] = []
    /// Offset of the descriptor in the static segment.
    public var descriptorOffset = 0
    /// Word-granular pointer mask of the first ptrdata bytes (for the allocator).
    public var gcmask: [UInt8] = []
    public init(id: Int, kind: RKind, size: Int, align: Int, name: String) {
        self.id = id; self.kind = kind; self.size = size; self.align = align; self.name = name
    }
}

public enum TypeDescriptor {
    public static let size = 32
    public static let sizeOffset = 0
    public static let ptrdataOffset = 8
    public static let idOffset = 16
    public static let kindOffset = 20
}

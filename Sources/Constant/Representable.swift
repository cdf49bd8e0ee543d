// This file implements representability of constants by Go's basic types
// (types2's representableConst and representation, const.go).
//
// A constant x is representable by a basic type T when:
//   - T is an integer type: x converts to an Int exactly (ToInt: 2.0 yes,
//     2.5 no) and lies in T's range (int, uint and uintptr are 64 bits);
//     untyped int accepts any integer;
//   - T is float32/float64: x converts to a Float and rounds (nearest even)
//     to a finite value of T; the value becomes the rounded one
//     (1e-50 as float32 is 0; 1e39 overflows). Untyped float accepts any;
//   - T is complex64/complex128: both parts round to finite float32/float64;
//   - T is string or bool: x has that kind.
// An unknown constant is representable by anything (no follow-up errors).
//
// When x is not representable, types2 picks the failure from the operand's
// TYPE, not its value (so 1000.0 as int8 is "truncated", not "overflows"):
//
//     from \ to        integer      float/complex
//     integer type     overflows    overflows
//     float/complex    truncated    overflows
//     non-numeric or to non-numeric: cannot convert / cannot use (no suffix)



/// Go's basic types, typed and untyped, as the checker's Basic kinds.
public enum BasicKind: Sendable, Hashable, CaseIterable {
    case bool
    case int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64
    case complex64, complex128
    case string
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString

    /// The name gc prints: "int8", "untyped float" (byte and rune are
    /// aliases the checker names itself).
    public var name: String {
        switch self {
        case .untypedBool: return "untyped bool"
        case .untypedInt: return "untyped int"
        case .untypedRune: return "untyped rune"
        case .untypedFloat: return "untyped float"
        case .untypedComplex: return "untyped complex"
        case .untypedString: return "untyped string"
        default: return "\(self)"
        }
    }

    public var isUntyped: Bool {
        switch self {
        case .untypedBool, .untypedInt, .untypedRune, .untypedFloat, .untypedComplex, .untypedString: return true
        default: return false
        }
    }

    public var isInteger: Bool {
        switch self {
        case .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
             .untypedInt, .untypedRune: return true
        default: return false
        }
    }

    public var isUnsigned: Bool {
        switch self {
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr: return true
        default: return false
        }
    }

    public var isFloat: Bool { self == .float32 || self == .float64 || self == .untypedFloat }
    public var isComplex: Bool { self == .complex64 || self == .complex128 || self == .untypedComplex }
    public var isNumeric: Bool { isInteger || isFloat || isComplex }
    public var isString: Bool { self == .string || self == .untypedString }
    public var isBoolean: Bool { self == .bool || self == .untypedBool }

    /// Size in bits of a typed integer, float or complex kind (gc on amd64); nil otherwise.
    public var bitSize: Int? {
        switch self {
        case .int8, .uint8: return 8
        case .int16, .uint16: return 16
        case .int32, .uint32, .float32: return 32
        case .int, .int64, .uint, .uint64, .uintptr, .float64, .complex64: return 64
        case .complex128: return 128
        default: return nil
        }
    }
}

/// Why a constant is not representable by a type; the checker appends
/// " (truncated)" / " (overflows)" to "cannot use ..." messages, or says
/// "%s truncated to %s" / "%s overflows %s" / "cannot convert %s to type %s".
public enum RepresentationFailure: Error, Equatable, Sendable {
    case truncated
    case overflows
    /// Kinds don't match (string as int, 1 as bool).
    case notRepresentable
}

extension ConstantValue {
    /// x's value as a constant of type `kind` (rounded for floats, an Int for
    /// integer types) if representable, else nil (types2's representableConst).
    public func represented(as kind: BasicKind) -> ConstantValue? {
        if isUnknown { return self }
        if kind.isInteger {
            let x = toInt
            guard case .int(let i) = x else { return nil }
            if kind == .untypedInt || kind == .untypedRune { return x }
            let bits = kind.bitSize ?? 64
            if kind.isUnsigned {
                return i.sign == .plus || i.isZero ? (i.magnitude.bitWidth <= bits ? x : nil) : nil
            }
            let limit = BigInt(1) << (bits - 1)
            return i >= -limit && i < limit ? x : nil
        }
        if kind.isFloat {
            let x = toFloat
            guard x.kind == .float else { return nil }
            switch kind {
            case .float32: return ConstantValue.rounded32(x)
            case .float64: return ConstantValue.rounded64(x)
            default: return x
            }
        }
        if kind.isComplex {
            let x = toComplex
            guard case .complex(let re, let im) = x else { return nil }
            switch kind {
            case .complex64:
                guard let r = ConstantValue.rounded32(re.toFloat), let i = ConstantValue.rounded32(im.toFloat) else { return nil }
                return .complex(r, i)
            case .complex128:
                guard let r = ConstantValue.rounded64(re.toFloat), let i = ConstantValue.rounded64(im.toFloat) else { return nil }
                return .complex(r, i)
            default: return x
            }
        }
        if kind.isString { return self.kind == .string ? self : nil }
        if kind.isBoolean { return self.kind == .bool ? self : nil }
        return nil
    }

    /// Whether x is representable by `kind`.
    public func isRepresentable(as kind: BasicKind) -> Bool { represented(as: kind) != nil }

    /// types2's representation: x (an operand of type `source`) as type
    /// `target`, or why not, classified by the operand's type as the table
    /// at the top of this file says.
    public func representation(as target: BasicKind, from source: BasicKind) -> Result<ConstantValue, RepresentationFailure> {
        if let v = represented(as: target) { return .success(v) }
        if source.isNumeric && target.isNumeric {
            return .failure(!source.isInteger && target.isInteger ? .truncated : .overflows)
        }
        return .failure(.notRepresentable)
    }

    /// Like `representation(as:from:)` with the source kind taken from the
    /// value's kind (int -> untyped int, float -> untyped float, ...).
    public func representation(as target: BasicKind) -> Result<ConstantValue, RepresentationFailure> {
        let source: BasicKind
        switch kind {
        case .int: source = .untypedInt
        case .float: source = .untypedFloat
        case .complex: source = .untypedComplex
        case .string: source = .untypedString
        default: source = .untypedBool
        }
        return representation(as: target, from: source)
    }

    /// The float32 nearest to a Float x as a constant, nil if it overflows.
    static func rounded32(_ x: ConstantValue) -> ConstantValue? {
        let (f, _) = x.float32Value
        guard x.kind == .float, f.isFinite else { return nil }
        return make(Double(f))
    }

    /// The float64 nearest to a Float x as a constant, nil if it overflows.
    static func rounded64(_ x: ConstantValue) -> ConstantValue? {
        let (f, _) = x.float64Value
        guard x.kind == .float, f.isFinite else { return nil }
        return make(f)
    }
}

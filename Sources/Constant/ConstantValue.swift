// This file implements ConstantValue, the value of a Go constant, the
// counterpart of go/constant's Value: its kinds, factories and accessors.
//
// Kinds and representations (go/constant's, one case each):
//
//     kind      case            exact?
//     unknown   .unknown        (an error was reported, or a float overflowed)
//     bool      .bool
//     string    .string         bytes, not Swift String: "\xff" is a Go string
//     int       .int            BigInt, exact, any size (the checker bounds
//                               untyped ints to 512 bits: see Checks.swift)
//     float     .rational       exact fraction while both parts < 4096 bits
//     float     .float          BigFloat, 512-bit mantissa, once inexact
//     complex   .complex        re, im: each .int, .rational or .float
//
// Once a float is a `.float` it stays one (go/constant: "no attempt is made
// to go back" to an exact form). Operations never trap: an invalid
// combination yields `.unknown` or throws a ConstantError (Arithmetic.swift).



/// The kind of a constant value, as go/constant.Kind.
public enum ConstantKind: Sendable, Hashable {
    case unknown, bool, string, int, float, complex

    public var isNumeric: Bool { self == .int || self == .float || self == .complex }
}

/// The value of a Go constant.
public indirect enum ConstantValue: Hashable, Sendable {
    case unknown
    case bool(Bool)
    case string([UInt8])
    case int(BigInt)
    case rational(Rational)
    case float(BigFloat)
    case complex(ConstantValue, ConstantValue)

    public var kind: ConstantKind {
        switch self {
        case .unknown: return .unknown
        case .bool: return .bool
        case .string: return .string
        case .int: return .int
        case .rational, .float: return .float
        case .complex: return .complex
        }
    }

    /// Whether this is an unknown value (go/constant's unknownVal).
    public var isUnknown: Bool { if case .unknown = self { return true } else { return false } }

    // MARK: Factories

    public static func make(_ b: Bool) -> ConstantValue { .bool(b) }
    public static func make(_ s: String) -> ConstantValue { .string(Array(s.utf8)) }
    public static func make(bytes: [UInt8]) -> ConstantValue { .string(bytes) }
    public static func make(_ i: Int64) -> ConstantValue { .int(BigInt(i)) }
    public static func make(_ i: Int) -> ConstantValue { .int(BigInt(i)) }
    public static func make(_ u: UInt64) -> ConstantValue { .int(BigInt(u)) }
    public static func make(_ i: BigInt) -> ConstantValue { .int(i) }

    /// A float constant of exactly x (go/constant.MakeFloat64): -0 becomes 0,
    /// infinities and NaN become unknown.
    public static func make(_ x: Double) -> ConstantValue {
        guard x.isFinite else { return .unknown }
        return makeRational(Rational(x))
    }

    /// num/den as a float constant (den != 0 required; zero den gives unknown).
    public static func make(numerator: BigInt, denominator: BigInt) -> ConstantValue {
        if denominator.isZero { return .unknown }
        let n = denominator.sign == .minus ? -numerator : numerator
        return makeRational(Rational(n, denominator.magnitude))
    }

    /// go/constant's makeRat: exact while the parts are "reasonably" sized,
    /// else rounded to a BigFloat.
    static func makeRational(_ r: Rational) -> ConstantValue {
        if r.numerator.magnitude.bitWidth < maxRationalBits && r.denominator.bitWidth < maxRationalBits {
            return .rational(r)
        }
        return makeFloat(r.bigFloat)
    }

    /// go/constant's makeFloat: an overflowed (nil) float is unknown.
    static func makeFloat(_ f: BigFloat?) -> ConstantValue {
        guard let f else { return .unknown }
        return .float(f)
    }

    /// go/constant's makeComplex: unknown if either part is.
    public static func makeComplex(_ re: ConstantValue, _ im: ConstantValue) -> ConstantValue {
        if re.isUnknown || im.isUnknown { return .unknown }
        return .complex(re, im)
    }

    /// 0 + x i (go/constant.MakeImag); unknown for non-numeric x.
    public static func makeImag(_ x: ConstantValue) -> ConstantValue {
        switch x {
        case .int, .rational, .float: return .complex(.int(0), x)
        default: return .unknown
        }
    }

    /// Fractions switch to BigFloat at this many bits (go/constant's maxExp).
    static let maxRationalBits = 4 << 10

    // MARK: Accessors (as go/constant's XxxVal; wrong kinds give zero values)

    /// The Bool value; false for other kinds.
    public var boolValue: Bool { if case .bool(let b) = self { return b } else { return false } }

    /// The string's bytes; empty for other kinds.
    public var stringBytes: [UInt8] { if case .string(let s) = self { return s } else { return [] } }

    /// The string decoded as UTF-8 (invalid bytes become U+FFFD); for display.
    public var stringValue: String { String(decoding: stringBytes, as: UTF8.self) }

    /// The integer value of an Int constant.
    public var bigIntValue: BigInt? { if case .int(let i) = self { return i } else { return nil } }

    /// As go/constant.Int64Val: the low 64 bits (two's complement) and whether
    /// the value fits an Int64 exactly. (0, false) for non-Int kinds.
    public var int64Value: (Int64, exact: Bool) {
        guard case .int(let i) = self else { return (0, false) }
        if let v = Int64(exactly: i) { return (v, true) }
        return (Int64(truncatingIfNeeded: i), false)
    }

    /// As go/constant.Uint64Val: the low 64 bits and whether the value fits a UInt64.
    public var uint64Value: (UInt64, exact: Bool) {
        guard case .int(let i) = self else { return (0, false) }
        if let v = UInt64(exactly: i) { return (v, true) }
        return (UInt64(truncatingIfNeeded: i), false)
    }

    /// As go/constant.Float64Val: the nearest Double (±Inf when out of
    /// range) and whether it is exact. (0, false) for non-numeric kinds;
    /// complex values use their real part.
    public var float64Value: (Double, exact: Bool) {
        switch self {
        case .int(let i):
            let f = BigFloat(i).doubleValue
            return (f, f.isFinite && BigFloat(i) == BigFloat(f))
        case .rational(let r): return r.doubleValue
        case .float(let f):
            let d = f.doubleValue
            return (d, d.isFinite && BigFloat(d) == f)
        case .complex(let re, _): return re.float64Value
        default: return (0, false)
        }
    }

    /// As go/constant.Float32Val.
    public var float32Value: (Float, exact: Bool) {
        switch self {
        case .int(let i):
            let f = BigFloat(i).floatValue
            return (f, f.isFinite && BigFloat(Double(f)) == BigFloat(i))
        case .rational(let r): return r.floatValue
        case .float(let f):
            let x = f.floatValue
            return (x, x.isFinite && BigFloat(Double(x)) == f)
        case .complex(let re, _): return re.float32Value
        default: return (0, false)
        }
    }

    /// -1, 0 or +1 for numeric values; for complex values 0 iff both parts
    /// are zero. Unknown gives 1, as go/constant, to avoid spurious
    /// division-by-zero errors; other kinds give 0.
    public var sign: Int {
        switch self {
        case .unknown: return 1
        case .int(let i): return i.isZero ? 0 : (i.sign == .minus ? -1 : 1)
        case .rational(let r): return r.sign
        case .float(let f): return f.sign
        case .complex(let re, let im): return re.sign | im.sign
        default: return 0
        }
    }

    /// Bits in |x| for an Int (go/constant.BitLen); 0 otherwise.
    public var bitLen: Int {
        guard case .int(let i) = self else { return 0 }
        return i.magnitude.bitWidth
    }

    /// Length in bytes of a String (go/constant.StringLen); 0 otherwise.
    public var stringLength: Int { stringBytes.count }

    /// The real part (the value itself for int/float, unknown otherwise).
    public var real: ConstantValue {
        switch self {
        case .int, .rational, .float, .unknown: return self
        case .complex(let re, _): return re
        default: return .unknown
        }
    }

    /// The imaginary part (0 for int/float, unknown otherwise).
    public var imag: ConstantValue {
        switch self {
        case .int, .rational, .float: return .int(0)
        case .complex(_, let im): return im
        default: return .unknown
        }
    }

    /// The numerator of an Int or Float (go/constant.Num); unknown otherwise.
    public var numerator: ConstantValue {
        switch self {
        case .int: return self
        case .rational(let r): return .int(r.numerator)
        case .float(let f):
            if let (n, _) = f.exactFraction(maxBits: ConstantValue.maxRationalBits) { return .int(n) }
            return .unknown
        default: return .unknown
        }
    }

    /// The denominator of an Int or Float (go/constant.Denom); unknown otherwise.
    public var denominator: ConstantValue {
        switch self {
        case .int: return .int(1)
        case .rational(let r): return .int(BigInt(r.denominator))
        case .float(let f):
            if let (_, d) = f.exactFraction(maxBits: ConstantValue.maxRationalBits) { return .int(BigInt(d)) }
            return .unknown
        default: return .unknown
        }
    }
}

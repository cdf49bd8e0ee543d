// Arbitrary-precision signed integers (sign and magnitude over BigUInt): the
// values of integer constants. Division truncates toward zero and the
// remainder takes the dividend's sign, as Go's / and % on constants do.

public struct BigInt: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public enum Sign: Sendable { case plus, minus }

    public private(set) var sign: Sign
    public private(set) var magnitude: BigUInt

    /// A value with the given sign and magnitude (zero is always .plus).
    public init(sign: Sign, magnitude: BigUInt) {
        self.sign = magnitude.isZero ? .plus : sign
        self.magnitude = magnitude
    }

    public init() { self.init(sign: .plus, magnitude: BigUInt()) }
    public init(integerLiteral v: Int64) { self.init(v) }
    public static var zero: BigInt { BigInt() }
    public init(_ m: BigUInt) { self.init(sign: .plus, magnitude: m) }

    public init<T: BinaryInteger>(_ v: T) {
        if v < 0 {
            // -v may not fit T (T.min): negate the magnitude limb by limb
            var words: [UInt64] = []
            var x = v
            while x != 0 && x != -1 {
                words.append(UInt64(truncatingIfNeeded: x))
                x >>= 64
            }
            if words.isEmpty || words.last! >> 63 == 0 { words.append(UInt64.max) }
            // two's complement words of v -> magnitude = ~words + 1
            var carry: UInt64 = 1
            var mag: [UInt64] = []
            for w in words {
                let (s, o) = (~w).addingReportingOverflow(carry)
                mag.append(s)
                carry = o ? 1 : 0
            }
            self.init(sign: .minus, magnitude: BigUInt(limbs: mag))
        } else {
            self.init(sign: .plus, magnitude: BigUInt(v))
        }
    }

    public init?<T: BinaryInteger>(exactly v: T) { self.init(v) }

    /// The integer value of a finite double with no fraction.
    public init?(exactly d: Double) {
        guard d.isFinite, d == d.rounded(.towardZero) else { return nil }
        self.init(sign: d < 0 ? .minus : .plus, magnitude: BigUInt(truncating: abs(d)))
    }

    public var isZero: Bool { magnitude.isZero }
    public var bitWidth: Int { magnitude.bitWidth + 1 }

    /// -1, 0 or 1.
    public func signum() -> BigInt { isZero ? BigInt() : BigInt(sign == .minus ? -1 : 1) }

    public static func < (a: BigInt, b: BigInt) -> Bool {
        switch (a.sign, b.sign) {
        case (.plus, .plus): return a.magnitude < b.magnitude
        case (.minus, .minus): return b.magnitude < a.magnitude
        case (.minus, .plus): return true
        case (.plus, .minus): return false
        }
    }

    public static prefix func - (a: BigInt) -> BigInt { BigInt(sign: a.sign == .plus ? .minus : .plus, magnitude: a.magnitude) }

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.sign == b.sign { return BigInt(sign: a.sign, magnitude: a.magnitude + b.magnitude) }
        if a.magnitude >= b.magnitude { return BigInt(sign: a.sign, magnitude: a.magnitude - b.magnitude) }
        return BigInt(sign: b.sign, magnitude: b.magnitude - a.magnitude)
    }

    public static func - (a: BigInt, b: BigInt) -> BigInt { a + -b }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: a.magnitude * b.magnitude)
    }

    /// Truncated division: the quotient rounds toward zero, the remainder has the dividend's sign.
    public func quotientAndRemainder(dividingBy d: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (q, r) = magnitude.quotientAndRemainder(dividingBy: d.magnitude)
        return (BigInt(sign: sign == d.sign ? .plus : .minus, magnitude: q), BigInt(sign: sign, magnitude: r))
    }

    public static func / (a: BigInt, b: BigInt) -> BigInt { a.quotientAndRemainder(dividingBy: b).quotient }
    public static func % (a: BigInt, b: BigInt) -> BigInt { a.quotientAndRemainder(dividingBy: b).remainder }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    public static func << (a: BigInt, n: Int) -> BigInt { BigInt(sign: a.sign, magnitude: a.magnitude << n) }

    /// Arithmetic shift: rounds toward negative infinity.
    public static func >> (a: BigInt, n: Int) -> BigInt {
        if a.sign == .plus || n <= 0 { return BigInt(sign: a.sign, magnitude: a.magnitude >> n) }
        return -BigInt((a.magnitude - 1) >> n) - 1
    }

    public func power(_ exponent: Int) -> BigInt {
        BigInt(sign: sign == .minus && exponent & 1 == 1 ? .minus : .plus, magnitude: magnitude.power(exponent))
    }

    /// The nearest double.
    public var doubleValue: Double { sign == .minus ? -magnitude.doubleValue : magnitude.doubleValue }

    public func toString(radix: Int = 10) -> String { (sign == .minus ? "-" : "") + magnitude.toString(radix: radix) }
    public var description: String { toString() }
}

extension String {
    public init(_ v: BigInt, radix: Int = 10) { self = v.toString(radix: radix) }
}

extension FixedWidthInteger {
    /// The value of a BigInt, if it fits.
    public init?(exactly v: BigInt) {
        if v.sign == .plus {
            guard let m = Self(exactly: v.magnitude) else { return nil }
            self = m
            return
        }
        guard Self.isSigned, v.magnitude.bitWidth <= Self.bitWidth - 1 else {
            // only Self.min has a magnitude of bitWidth bits
            guard Self.isSigned, v.magnitude == BigUInt(1) << (Self.bitWidth - 1) else { return nil }
            self = Self.min
            return
        }
        var r: Self = 0
        for (i, l) in v.magnitude.limbs.enumerated() { r |= Self(truncatingIfNeeded: l) << (64 * i) }
        self = 0 - r
    }

    /// The value of a BigInt that must fit.
    public init(_ v: BigInt) {
        guard let x = Self(exactly: v) else { preconditionFailure("\(v) does not fit \(Self.self)") }
        self = x
    }

    /// The low bits of a BigInt's two's complement.
    public init(truncatingIfNeeded v: BigInt) {
        let m = Self(truncatingIfNeeded: v.magnitude)
        self = v.sign == .minus ? 0 &- m : m
    }
}

extension Double {
    public init(_ v: BigInt) { self = v.doubleValue }
    public init(_ v: BigUInt) { self = v.doubleValue }
}

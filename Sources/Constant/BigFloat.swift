// This file implements BigFloat, the inexact representation of float
// constants, as go/constant uses math/big.Float with 512 bits of precision.
//
// A float constant is kept as an exact fraction (Rational) while its
// numerator and denominator stay under 4096 bits; beyond that (1e1000000,
// 0x1p-5000, a long chain of divisions) it becomes a BigFloat and never goes
// back, because precision has been lost.
//
// Representation:
//
//     value = (negative ? -1 : 1) * mantissa * 2^exponent
//
// Invariants:
//   1. mantissa == 0 means zero (negative is then false, exponent 0);
//   2. otherwise mantissa is odd (trailing zero bits are moved into the
//      exponent), so equal values have equal representations;
//   3. mantissa.bitWidth <= the precision it was rounded to (512 by default);
//   4. the binary exponent in big.Float's sense, exponent + mantissa.bitWidth
//      (value = 0.1xxx * 2^e), lies in Int32's range. A result beyond it is an
//      infinity, which constructors report as nil (go/constant: unknown); a
//      result below it underflows to zero.
//
// Rounding is to nearest, ties to even, as big.Float's default mode.



/// A binary floating-point number with an arbitrary-size mantissa (512 bits
/// after each operation by default) and a 32-bit exponent, like Go's
/// `big.Float` at precision 512.
public struct BigFloat: Hashable, Sendable {
    /// go/constant's mantissa precision.
    public static let precision = 512
    /// big.Float's exponent range, for value = 0.1xxx (binary) * 2^e.
    static let maxExp = Int(Int32.max)
    static let minExp = Int(Int32.min)

    public private(set) var negative: Bool
    public private(set) var mantissa: BigUInt
    public private(set) var exponent: Int

    public static let zero = BigFloat(negative: false, mantissa: 0, exponent: 0)

    /// Builds a value from parts that already satisfy the invariants' shape;
    /// normalises trailing zeros. Internal: callers go through `round`.
    init(negative: Bool, mantissa: BigUInt, exponent: Int) {
        if mantissa.isZero {
            self.negative = false
            self.mantissa = 0
            self.exponent = 0
            return
        }
        let tz = mantissa.trailingZeroBitCount
        self.negative = negative
        self.mantissa = tz > 0 ? mantissa >> tz : mantissa
        self.exponent = exponent + tz
    }

    public var isZero: Bool { mantissa.isZero }
    public var sign: Int { isZero ? 0 : (negative ? -1 : 1) }

    /// The exponent e with value = 0.1xxx * 2^e (big.Float's MantExp); 0 for zero.
    public var binaryExponent: Int { isZero ? 0 : exponent + mantissa.bitWidth }

    /// Whether the value is an integer.
    public var isInteger: Bool { isZero || exponent >= 0 }

    /// Rounds sign * mant * 2^exp (+ a sticky fraction below the last bit when
    /// `sticky`) to `prec` bits, nearest-even. nil when the result overflows
    /// big.Float's exponent range (an infinity).
    static func round(negative: Bool, mantissa mant: BigUInt, exponent exp: Int,
                      sticky: Bool = false, precision prec: Int = precision) -> BigFloat? {
        if mant.isZero { return .zero }
        let bits = mant.bitWidth
        var m = mant
        var e = exp
        if bits > prec {
            let drop = bits - prec
            let (q, halfUp) = roundShift(m, by: drop, sticky: sticky)
            m = q
            e += drop
            if halfUp { m += 1 }
        }
        let top = e + m.bitWidth
        if top > maxExp { return nil }
        if top < minExp { return .zero }
        return BigFloat(negative: negative, mantissa: m, exponent: e)
    }

    /// Shifts m right by n > 0 bits; reports whether round-to-nearest-even
    /// must add one to the truncated quotient.
    static func roundShift(_ m: BigUInt, by n: Int, sticky: Bool) -> (BigUInt, Bool) {
        if n > m.bitWidth + 1 { return (0, false) } // below half: rounds to 0
        let q = m >> n
        let halfBit = m[bitAt: n - 1]
        if !halfBit { return (q, false) }
        // exactly half unless lower bits or sticky are set
        let lowerSet = sticky || (n >= 2 && m.trailingZeroBitCount < n - 1)
        if lowerSet { return (q, true) }
        return (q, q[bitAt: 0]) // tie: to even
    }

    public init(_ i: BigInt) {
        // Rounding an integer cannot overflow for any realistic size; if it
        // did (more than 2^31 bits), saturate to zero rather than trap.
        self = BigFloat.round(negative: i.sign == .minus, mantissa: i.magnitude, exponent: 0) ?? .zero
    }

    /// The exact value of a finite Double.
    public init(_ d: Double) {
        precondition(d.isFinite, "BigFloat(Double) needs a finite value")
        if d == 0 { self = .zero; return }
        let m = BigUInt(d.significandBitPattern | (d.isNormal ? (1 << 52) : 0))
        let e = Int(d.exponentBitPattern == 0 ? -1074 : Int(d.exponentBitPattern) - 1075)
        self.init(negative: d < 0, mantissa: m, exponent: e)
    }

    /// num/den rounded to `prec` bits (den != 0).
    static func quotient(negative: Bool, _ num: BigUInt, _ den: BigUInt, precision prec: Int = precision) -> BigFloat? {
        if num.isZero { return .zero }
        let shift = max(0, prec + 2 + den.bitWidth - num.bitWidth)
        let (q, r) = (num << shift).quotientAndRemainder(dividingBy: den)
        return round(negative: negative, mantissa: q, exponent: -shift, sticky: !r.isZero, precision: prec)
    }

    public static prefix func - (x: BigFloat) -> BigFloat {
        BigFloat(negative: !x.negative, mantissa: x.mantissa, exponent: x.exponent)
    }

    // MARK: Arithmetic (nil: the result overflowed to an infinity)

    public func adding(_ y: BigFloat, precision prec: Int = precision) -> BigFloat? {
        var a = self, b = y
        if a.isZero { return BigFloat.round(negative: b.negative, mantissa: b.mantissa, exponent: b.exponent, precision: prec) }
        if b.isZero { return BigFloat.round(negative: a.negative, mantissa: a.mantissa, exponent: a.exponent, precision: prec) }
        // A term entirely below the other's rounding range only matters as a
        // sticky bit: replace it by a tiny stand-in so alignment stays cheap.
        let margin = prec + 8
        if a.binaryExponent - b.binaryExponent > margin {
            b = BigFloat(negative: b.negative, mantissa: 1, exponent: a.binaryExponent - margin - 2)
        } else if b.binaryExponent - a.binaryExponent > margin {
            a = BigFloat(negative: a.negative, mantissa: 1, exponent: b.binaryExponent - margin - 2)
        }
        let e = min(a.exponent, b.exponent)
        let ma = a.mantissa << (a.exponent - e)
        let mb = b.mantissa << (b.exponent - e)
        if a.negative == b.negative {
            return BigFloat.round(negative: a.negative, mantissa: ma + mb, exponent: e, precision: prec)
        }
        if ma >= mb {
            return BigFloat.round(negative: a.negative, mantissa: ma - mb, exponent: e, precision: prec)
        }
        return BigFloat.round(negative: b.negative, mantissa: mb - ma, exponent: e, precision: prec)
    }

    public func subtracting(_ y: BigFloat, precision prec: Int = precision) -> BigFloat? {
        adding(-y, precision: prec)
    }

    public func multiplied(by y: BigFloat, precision prec: Int = precision) -> BigFloat? {
        if isZero || y.isZero { return .zero }
        return BigFloat.round(negative: negative != y.negative, mantissa: mantissa * y.mantissa,
                              exponent: exponent + y.exponent, precision: prec)
    }

    /// nil for division by zero as well as overflow; callers check zero first.
    public func divided(by y: BigFloat, precision prec: Int = precision) -> BigFloat? {
        if y.isZero { return nil }
        if isZero { return .zero }
        guard let q = BigFloat.quotient(negative: negative != y.negative, mantissa, y.mantissa, precision: prec) else { return nil }
        let top = q.binaryExponent + exponent - y.exponent
        if top > BigFloat.maxExp { return nil }
        if top < BigFloat.minExp { return .zero }
        return BigFloat(negative: q.negative, mantissa: q.mantissa, exponent: q.exponent + exponent - y.exponent)
    }

    /// Three-way comparison: -1, 0 or +1.
    public func compare(_ y: BigFloat) -> Int {
        if sign != y.sign { return sign < y.sign ? -1 : 1 }
        if isZero { return 0 }
        let s = negative ? -1 : 1
        if binaryExponent != y.binaryExponent { return binaryExponent < y.binaryExponent ? -s : s }
        let e = min(exponent, y.exponent)
        let a = mantissa << (exponent - e), b = y.mantissa << (y.exponent - e)
        if a == b { return 0 }
        return a < b ? -s : s
    }

    /// 10^n (n >= 0) rounded to `prec` bits by square-and-multiply; nil on overflow.
    static func powerOfTen(_ n: Int, precision prec: Int) -> BigFloat? {
        var result = BigFloat(negative: false, mantissa: 1, exponent: 0)
        var base = BigFloat(negative: false, mantissa: 5, exponent: 1)
        var k = n
        while k > 0 {
            if k & 1 == 1 {
                guard let r = result.multiplied(by: base, precision: prec) else { return nil }
                result = r
            }
            k >>= 1
            if k > 0 {
                guard let b = base.multiplied(by: base, precision: prec) else { return nil }
                base = b
            }
        }
        return result
    }

    // MARK: Conversions

    /// The exact integer value, when the value is an integer of reasonable
    /// size (binary exponent below `maxBits`); nil otherwise.
    public func exactInteger(maxBits: Int = 1 << 20) -> BigInt? {
        guard isInteger, binaryExponent <= maxBits else { return nil }
        let m = isZero ? BigUInt(0) : mantissa << exponent
        return BigInt(sign: negative ? .minus : .plus, magnitude: m)
    }

    /// The value rounded to an integer of `prec` bits toward zero or away
    /// from zero (go/constant's ToInt fallback), if that is an integer.
    func roundedInteger(precision prec: Int, awayFromZero: Bool) -> BigInt? {
        var m = mantissa, e = exponent
        if m.bitWidth > prec {
            let drop = m.bitWidth - prec
            let inexact = m.trailingZeroBitCount < drop
            m >>= drop
            e += drop
            if awayFromZero && inexact { m += 1 }
        }
        return BigFloat(negative: negative, mantissa: m, exponent: e).exactInteger()
    }

    /// Exact numerator and denominator (den a power of two) when the exponent
    /// is small enough that they stay reasonable; nil otherwise.
    func exactFraction(maxBits: Int) -> (BigInt, BigUInt)? {
        if isZero { return (0, 1) }
        if exponent >= 0 {
            guard let i = exactInteger(maxBits: maxBits) else { return nil }
            return (i, 1)
        }
        guard -exponent <= maxBits else { return nil }
        return (BigInt(sign: negative ? .minus : .plus, magnitude: mantissa), BigUInt(1) << -exponent)
    }

    /// Correctly rounded Double; ±infinity when out of range.
    public var doubleValue: Double {
        let (neg, m, e) = BigFloat.roundIEEE(negative: negative, mantissa: mantissa, exponent: exponent,
                                             sticky: false, bits: 53, minLSB: -1074)
        return Double(sign: neg ? .minus : .plus, exponent: e, significand: Double(UInt64(m)))
    }

    /// Correctly rounded Float; ±infinity when out of range.
    public var floatValue: Float {
        let (neg, m, e) = BigFloat.roundIEEE(negative: negative, mantissa: mantissa, exponent: exponent,
                                             sticky: false, bits: 24, minLSB: -149)
        return Float(sign: neg ? .minus : .plus, exponent: e, significand: Float(UInt64(m)))
    }

    /// Rounds sign * mant * 2^exp (plus sticky) to an IEEE format with `bits`
    /// of mantissa whose smallest subnormal is 2^minLSB. The returned
    /// mantissa has at most `bits` + 1 bits (a carry), so it converts exactly;
    /// the exponent is clamped so the final scaling saturates to infinity or
    /// zero instead of overflowing Int.
    static func roundIEEE(negative: Bool, mantissa mant: BigUInt, exponent exp: Int, sticky: Bool,
                          bits: Int, minLSB: Int) -> (Bool, BigUInt, Int) {
        if mant.isZero { return (negative, 0, 0) }
        let top = exp + mant.bitWidth
        if top > 100_000 { return (negative, 1, 100_000) }
        let lsb = max(top - bits, minLSB)
        if exp >= lsb { return (negative, mant, exp) } // exact (no sticky possible: sticky is below exp)
        let (q, up) = roundShift(mant, by: lsb - exp, sticky: sticky)
        return (negative, up ? q + 1 : q, lsb)
    }
}

extension BigUInt {
    /// Bit i (0 = least significant); false beyond the width.
    subscript(bitAt i: Int) -> Bool {
        guard i >= 0 else { return false }
        let (w, b) = i.quotientAndRemainder(dividingBy: UInt.bitWidth)
        guard w < words.count else { return false }
        return (words[w] >> UInt(b)) & 1 == 1
    }
}

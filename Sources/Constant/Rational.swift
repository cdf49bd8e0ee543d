// This file implements Rational, the exact representation of float
// constants (go/constant's ratVal over big.Rat).
//
// Invariants: den > 0, gcd(|num|, den) == 1, zero is 0/1. So equal values have
// equal representations and the synthesized Hashable is value equality.
//
// A rational stays exact while both components have fewer than 4096 bits
// (go/constant's maxExp); `ConstantValue.makeRational` switches to BigFloat
// beyond that, so arithmetic on float constants stays cheap.



/// An exact fraction num/den.
public struct Rational: Hashable, Sendable {
    public let numerator: BigInt
    public let denominator: BigUInt

    /// num/den reduced; den must be nonzero.
    public init(_ num: BigInt, _ den: BigUInt) {
        precondition(!den.isZero, "Rational with zero denominator")
        if num.isZero {
            numerator = 0
            denominator = 1
            return
        }
        let g = Rational.gcd(num.magnitude, den)
        if g == 1 {
            numerator = num
            denominator = den
        } else {
            numerator = BigInt(sign: num.sign, magnitude: num.magnitude / g)
            denominator = den / g
        }
    }

    public init(_ i: BigInt) {
        numerator = i
        denominator = 1
    }

    /// num/den already in lowest terms with den > 0.
    private init(reduced num: BigInt, _ den: BigUInt) {
        numerator = num
        denominator = den
    }

    /// Euclid's algorithm, finishing in machine words. (BigUInt's own
    /// binary gcd allocates per bit and is slow when one side is small.)
    static func gcd(_ x: BigUInt, _ y: BigUInt) -> BigUInt {
        var a = x, b = y
        if a < b { swap(&a, &b) }
        while !b.isZero {
            if a.bitWidth <= 64 {
                var u = UInt64(a), v = UInt64(b)
                while v != 0 { (u, v) = (v, u % v) }
                return BigUInt(u)
            }
            (a, b) = (b, a % b)
        }
        return a
    }

    /// The exact value of a finite Double.
    public init(_ d: Double) {
        precondition(d.isFinite, "Rational(Double) needs a finite value")
        let f = BigFloat(d)
        if f.exponent >= 0 {
            self.init(BigInt(sign: f.negative ? .minus : .plus, magnitude: f.mantissa << f.exponent))
        } else {
            self.init(BigInt(sign: f.negative ? .minus : .plus, magnitude: f.mantissa), BigUInt(1) << -f.exponent)
        }
    }

    public var sign: Int { numerator.signum() == 0 ? 0 : (numerator.sign == .minus ? -1 : 1) }
    public var isInteger: Bool { denominator == 1 }

    public static func + (a: Rational, b: Rational) -> Rational {
        if a.denominator == b.denominator { return Rational(a.numerator + b.numerator, a.denominator) }
        return Rational(a.numerator * BigInt(b.denominator) + b.numerator * BigInt(a.denominator),
                        a.denominator * b.denominator)
    }

    public static prefix func - (a: Rational) -> Rational {
        Rational(-a.numerator, a.denominator)
    }

    public static func - (a: Rational, b: Rational) -> Rational { a + (-b) }

    /// Cross-reduces first: (a/b)(c/d) = (a/g1 * c/g2) / (b/g2 * d/g1)
    /// with g1 = gcd(a, d), g2 = gcd(c, b), so no gcd of the products is needed.
    public static func * (x: Rational, y: Rational) -> Rational {
        if x.numerator.isZero || y.numerator.isZero { return Rational(BigInt(0)) }
        let g1 = gcd(x.numerator.magnitude, y.denominator)
        let g2 = gcd(y.numerator.magnitude, x.denominator)
        let num = (x.numerator.magnitude / g1) * (y.numerator.magnitude / g2)
        let den = (x.denominator / g2) * (y.denominator / g1)
        let negative = (x.numerator.sign == .minus) != (y.numerator.sign == .minus)
        return Rational(reduced: BigInt(sign: negative ? .minus : .plus, magnitude: num), den)
    }

    /// nil when b is zero.
    public func divided(by b: Rational) -> Rational? {
        if b.numerator.isZero { return nil }
        let num = numerator * BigInt(b.denominator)
        let den = BigInt(denominator) * b.numerator
        let n = den.sign == .minus ? -num : num
        return Rational(n, den.magnitude)
    }

    /// Three-way comparison: -1, 0 or +1.
    public func compare(_ b: Rational) -> Int {
        let l = numerator * BigInt(b.denominator), r = b.numerator * BigInt(denominator)
        return l == r ? 0 : (l < r ? -1 : 1)
    }

    /// Rounded to BigFloat's 512 bits (go/constant's rtof); nil on overflow.
    public var bigFloat: BigFloat? {
        BigFloat.quotient(negative: numerator.sign == .minus, numerator.magnitude, denominator)
    }

    /// Correctly rounded Double (±infinity when out of range) and whether it
    /// is exact, like big.Rat.Float64.
    public var doubleValue: (Double, exact: Bool) {
        let (neg, m, e, sticky) = roundingParts(bits: 53)
        let (n2, q, e2) = BigFloat.roundIEEE(negative: neg, mantissa: m, exponent: e, sticky: sticky, bits: 53, minLSB: -1074)
        let d = Double(sign: n2 ? .minus : .plus, exponent: e2, significand: Double(UInt64(q)))
        return (d, d.isFinite && Rational(d) == self)
    }

    /// Correctly rounded Float (±infinity when out of range) and whether it is exact.
    public var floatValue: (Float, exact: Bool) {
        let (neg, m, e, sticky) = roundingParts(bits: 24)
        let (n2, q, e2) = BigFloat.roundIEEE(negative: neg, mantissa: m, exponent: e, sticky: sticky, bits: 24, minLSB: -149)
        let f = Float(sign: n2 ? .minus : .plus, exponent: e2, significand: Float(UInt64(q)))
        return (f, f.isFinite && Rational(Double(f)) == self)
    }

    /// A quotient with at least bits+3 significant bits, its exponent and a
    /// sticky flag for the remainder, ready for IEEE rounding.
    private func roundingParts(bits: Int) -> (Bool, BigUInt, Int, Bool) {
        let num = numerator.magnitude
        if num.isZero { return (false, 0, 0, false) }
        let shift = bits + 3 + denominator.bitWidth - num.bitWidth
        let n = shift >= 0 ? num << shift : num
        let d = shift >= 0 ? denominator : denominator << -shift
        let (q, r) = n.quotientAndRemainder(dividingBy: d)
        return (numerator.sign == .minus, q, -shift, !r.isZero)
    }
}

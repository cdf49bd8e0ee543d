// Arbitrary-precision unsigned integers for exact constant arithmetic: the
// magnitudes of BigInt, the numerators and denominators of Rational, the
// mantissas of BigFloat.
//
// A value is its 64-bit limbs, least significant first, with no zero limb
// at the top (zero has none). Addition, subtraction and shifts are linear;
// multiplication is schoolbook over full-width limb products; division is
// Knuth's algorithm D (normalized so the divisor's top limb has its high
// bit set, one estimated quotient limb per step, corrected at most twice).
// Go's constants stay small (a few hundred bits; 512-bit floats at most
// a few thousand in the exponent work), so these simple algorithms are
// enough. Written here so that gosub needs no Foundation at all.

public struct BigUInt: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// Limbs, least significant first; the last one is never zero.
    public private(set) var limbs: [UInt64]

    public init() { limbs = [] }
    public init(integerLiteral v: UInt64) { self.init(v) }
    public static var zero: BigUInt { BigUInt() }

    init(limbs: [UInt64]) {
        self.limbs = limbs
        normalize()
    }

    public init<T: BinaryInteger>(_ v: T) {
        precondition(v >= 0, "BigUInt of a negative value")
        var out: [UInt64] = []
        var x = v
        while x != 0 {
            out.append(UInt64(truncatingIfNeeded: x))
            x >>= 64
        }
        limbs = out
    }

    public init?<T: BinaryInteger>(exactly v: T) {
        guard v >= 0 else { return nil }
        self.init(v)
    }

    /// The integer part of a finite, non-negative double.
    public init?(exactly d: Double) {
        guard d.isFinite, d >= 0, d == d.rounded(.towardZero) else { return nil }
        self.init(truncating: d)
    }

    /// The integer part of a finite, non-negative double.
    init(truncating d: Double) {
        if d < 1 { self.init(); return }
        let e = Int(d.exponent)
        let m = BigUInt(d.significandBitPattern | (1 << 52))
        self = e >= 52 ? m << (e - 52) : m >> (52 - e)
    }

    private mutating func normalize() {
        while let l = limbs.last, l == 0 { limbs.removeLast() }
    }

    public var isZero: Bool { limbs.isEmpty }

    /// The number of significant bits (0 for zero).
    public var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    public var trailingZeroBitCount: Int {
        for (i, l) in limbs.enumerated() where l != 0 { return i * 64 + l.trailingZeroBitCount }
        return 0
    }

    /// The low 64 bits.
    var low64: UInt64 { limbs.first ?? 0 }

    /// The limbs as machine words.
    public var words: [UInt] { limbs.map { UInt($0) } }

    // MARK: comparison

    public static func < (a: BigUInt, b: BigUInt) -> Bool { compare(a.limbs, b.limbs) < 0 }

    static func compare(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    // MARK: addition and subtraction

    public static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        let (long, short) = a.limbs.count >= b.limbs.count ? (a.limbs, b.limbs) : (b.limbs, a.limbs)
        var out = long
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let (s1, o1) = out[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            out[i] = s2
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if carry == 0 && i >= short.count { break }
        }
        if carry != 0 { out.append(carry) }
        return BigUInt(limbs: out)
    }

    /// a - b; b must not exceed a.
    public static func - (a: BigUInt, b: BigUInt) -> BigUInt {
        precondition(a >= b, "BigUInt subtraction below zero")
        var out = a.limbs
        var borrow: UInt64 = 0
        for i in 0..<out.count {
            let (d1, o1) = out[i].subtractingReportingOverflow(i < b.limbs.count ? b.limbs[i] : 0)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            out[i] = d2
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
            if borrow == 0 && i >= b.limbs.count { break }
        }
        return BigUInt(limbs: out)
    }

    public static func += (a: inout BigUInt, b: BigUInt) { a = a + b }
    public static func -= (a: inout BigUInt, b: BigUInt) { a = a - b }

    // MARK: multiplication

    public static func * (a: BigUInt, b: BigUInt) -> BigUInt {
        if a.isZero || b.isZero { return BigUInt() }
        var out = [UInt64](repeating: 0, count: a.limbs.count + b.limbs.count)
        for (i, x) in a.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, y) in b.limbs.enumerated() {
                let (hi, lo) = x.multipliedFullWidth(by: y)
                let (s1, o1) = lo.addingReportingOverflow(out[i + j])
                let (s2, o2) = s1.addingReportingOverflow(carry)
                out[i + j] = s2
                carry = hi &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
            }
            out[i + b.limbs.count] = carry
        }
        return BigUInt(limbs: out)
    }

    public static func *= (a: inout BigUInt, b: BigUInt) { a = a * b }

    /// self raised to a non-negative power.
    public func power(_ exponent: Int) -> BigUInt {
        var result = BigUInt(1), base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result *= base }
            e >>= 1
            if e > 0 { base *= base }
        }
        return result
    }

    // MARK: division

    /// Truncated quotient and remainder; the divisor must not be zero.
    public func quotientAndRemainder(dividingBy d: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        precondition(!d.isZero, "BigUInt division by zero")
        if self < d { return (BigUInt(), self) }
        if d.limbs.count == 1 {
            let (q, r) = divide(by: d.limbs[0])
            return (q, BigUInt(r))
        }
        // Knuth D: normalize so the divisor's top limb has its high bit set
        let s = d.limbs.last!.leadingZeroBitCount
        let v = (d << s).limbs
        var u = (self << s).limbs
        while u.count < limbs.count + 1 { u.append(0) }
        let n = v.count, m = u.count - n
        var q = [UInt64](repeating: 0, count: m)
        let vTop = v[n - 1], vNext = v[n - 2]
        var j = m - 1
        while j >= 0 {
            // estimate the quotient limb from the top two limbs of the remainder
            let uTop = u[j + n], uNext = u[j + n - 1], uThird = u[j + n - 2]
            var qhat: UInt64, rhat: UInt64
            var rhatOverflow = false
            if uTop >= vTop {
                qhat = UInt64.max
                let (r, o) = uNext.addingReportingOverflow(vTop)
                rhat = r
                rhatOverflow = o || uTop > vTop
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((uTop, uNext))
            }
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                if ph > rhat || (ph == rhat && pl > uThird) {
                    qhat -= 1
                    let (r, o) = rhat.addingReportingOverflow(vTop)
                    rhat = r
                    rhatOverflow = o
                } else { break }
            }
            // u[j…j+n] -= qhat × v
            var borrow: UInt64 = 0, carry: UInt64 = 0
            for i in 0..<n {
                let (ph, pl) = qhat.multipliedFullWidth(by: v[i])
                let (p, o) = pl.addingReportingOverflow(carry)
                carry = ph &+ (o ? 1 : 0)
                let (d1, b1) = u[i + j].subtractingReportingOverflow(p)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
            }
            let (d1, b1) = u[j + n].subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[j + n] = d2
            if b1 || b2 {
                // qhat was one too large: add v back
                qhat -= 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(c)
                    u[i + j] = s2
                    c = (o1 ? 1 : 0) + (o2 ? 1 : 0)
                }
                u[j + n] = u[j + n] &+ c
            }
            q[j] = qhat
            j -= 1
        }
        let r = BigUInt(limbs: Array(u.prefix(n))) >> s
        return (BigUInt(limbs: q), r)
    }

    /// Division by one limb.
    func divide(by d: UInt64) -> (BigUInt, UInt64) {
        var q = [UInt64](repeating: 0, count: limbs.count)
        var r: UInt64 = 0
        var i = limbs.count - 1
        while i >= 0 {
            (q[i], r) = d.dividingFullWidth((r, limbs[i]))
            i -= 1
        }
        return (BigUInt(limbs: q), r)
    }

    public static func / (a: BigUInt, b: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: b).quotient }
    public static func % (a: BigUInt, b: BigUInt) -> BigUInt { a.quotientAndRemainder(dividingBy: b).remainder }
    public static func /= (a: inout BigUInt, b: BigUInt) { a = a / b }

    public func greatestCommonDivisor(with other: BigUInt) -> BigUInt {
        var a = self, b = other
        while !b.isZero { (a, b) = (b, a % b) }
        return a
    }

    // MARK: shifts and bits

    public static func << (a: BigUInt, n: Int) -> BigUInt {
        if n < 0 { return a >> -n }
        if a.isZero || n == 0 { return a }
        let words = n / 64, bits = n % 64
        var out = [UInt64](repeating: 0, count: words)
        out.reserveCapacity(words + a.limbs.count + 1)
        if bits == 0 {
            out += a.limbs
        } else {
            var carry: UInt64 = 0
            for l in a.limbs {
                out.append(l << UInt64(bits) | carry)
                carry = l >> UInt64(64 - bits)
            }
            out.append(carry)
        }
        return BigUInt(limbs: out)
    }

    public static func >> (a: BigUInt, n: Int) -> BigUInt {
        if n < 0 { return a << -n }
        let words = n / 64, bits = n % 64
        if words >= a.limbs.count { return BigUInt() }
        var out = Array(a.limbs[words...])
        if bits != 0 {
            for i in 0..<out.count {
                out[i] = out[i] >> UInt64(bits) | (i + 1 < out.count ? out[i + 1] << UInt64(64 - bits) : 0)
            }
        }
        return BigUInt(limbs: out)
    }

    public static func <<= (a: inout BigUInt, n: Int) { a = a << n }
    public static func >>= (a: inout BigUInt, n: Int) { a = a >> n }

    private static func bitwise(_ a: BigUInt, _ b: BigUInt, _ f: (UInt64, UInt64) -> UInt64) -> BigUInt {
        let n = max(a.limbs.count, b.limbs.count)
        var out = [UInt64](repeating: 0, count: n)
        for i in 0..<n { out[i] = f(i < a.limbs.count ? a.limbs[i] : 0, i < b.limbs.count ? b.limbs[i] : 0) }
        return BigUInt(limbs: out)
    }

    public static func & (a: BigUInt, b: BigUInt) -> BigUInt { bitwise(a, b, &) }
    public static func | (a: BigUInt, b: BigUInt) -> BigUInt { bitwise(a, b, |) }
    public static func ^ (a: BigUInt, b: BigUInt) -> BigUInt { bitwise(a, b, ^) }

    // MARK: conversions

    /// The nearest double (ties to even), +inf beyond the largest finite one.
    public var doubleValue: Double {
        let w = bitWidth
        if w <= 64 { return Double(low64) }
        // the top 64 bits, the rest as a sticky bit far below the rounding position
        let shift = w - 64
        let top = (self >> shift).low64
        let sticky: UInt64 = trailingZeroBitCount < shift ? 1 : 0
        return Double(top | sticky) * Double(sign: .plus, exponent: shift, significand: 1)
    }

    /// Decimal or any radix from 2 to 36, lower-case digits.
    public func toString(radix: Int = 10) -> String {
        if isZero { return "0" }
        let digitChars = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
        // peel off chunks that fit one limb: radix^k
        var chunk: UInt64 = UInt64(radix), k = 1
        while true {
            let (p, o) = chunk.multipliedReportingOverflow(by: UInt64(radix))
            if o { break }
            chunk = p; k += 1
        }
        var parts: [UInt64] = []
        var x = self
        while !x.isZero {
            let (q, r) = x.divide(by: chunk)
            parts.append(r)
            x = q
        }
        var out: [UInt8] = []
        for (i, p) in parts.reversed().enumerated() {
            var ds: [UInt8] = []
            var v = p
            while v > 0 { ds.append(digitChars[Int(v % UInt64(radix))]); v /= UInt64(radix) }
            if i > 0 { while ds.count < k { ds.append(UInt8(ascii: "0")) } }
            out += ds.reversed()
        }
        return String(decoding: out, as: UTF8.self)
    }

    public var description: String { toString() }
}

extension String {
    public init(_ v: BigUInt, radix: Int = 10) { self = v.toString(radix: radix) }
}

extension FixedWidthInteger {
    /// The value of a BigUInt, if it fits.
    public init?(exactly v: BigUInt) {
        if v.bitWidth > Self.bitWidth - (Self.isSigned ? 1 : 0) { return nil }
        var r: Self = 0
        for (i, l) in v.limbs.enumerated() { r |= Self(truncatingIfNeeded: l) << (64 * i) }
        self = r
    }

    /// The value of a BigUInt that must fit.
    public init(_ v: BigUInt) {
        guard let x = Self(exactly: v) else { preconditionFailure("\(v) does not fit \(Self.self)") }
        self = x
    }

    /// The low bits of a BigUInt.
    public init(truncatingIfNeeded v: BigUInt) {
        var r: Self = 0
        for (i, l) in v.limbs.enumerated() where 64 * i < Self.bitWidth { r |= Self(truncatingIfNeeded: l) << (64 * i) }
        self = r
    }
}

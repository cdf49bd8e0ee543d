// This file implements how constants print, as go/constant's String (what
// gc shows in error messages) and ExactString.
//
// String (`description`):
//   unknown          unknown
//   bool             true, false
//   string           Go-quoted ("a\n"); if the quoted form exceeds 72 runes,
//                    its first 69 runes followed by "..."
//   int              all decimal digits
//   float            within float64's range: the nearest float64 printed
//                    with %.6g (0.1, 1e+100, 3.14159); if that hides a
//                    fraction (100000.5 -> "100000"), with %g (100000.5).
//                    Beyond float64's range: an approximation "%.6ge%+d"
//                    (1e+1000, -1.23457e-400)
//   complex          (re + imi) with each part as above: (0 + 1e+39i)
// ExactString: ints in full, exact fractions as num/den (1/3), BigFloats in
// hexadecimal mantissa notation (0x.8p+1), strings fully quoted.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Base


extension ConstantValue: CustomStringConvertible {
    /// The short form gc prints in messages (go/constant's String).
    public var description: String {
        switch self {
        case .unknown: return "unknown"
        case .bool(let b): return b ? "true" : "false"
        case .string(let s):
            let q = goQuote(s)
            let maxLen = 72
            var count = 0
            var end = q.startIndex
            for idx in q.unicodeScalars.indices {
                if count == maxLen - 3 { end = idx }
                count += 1
            }
            if count > maxLen { return String(q.unicodeScalars[..<end]) + "..." }
            return q
        case .int(let i): return String(i)
        case .rational(let r):
            guard let f = r.bigFloat else { return "unknown" }
            return formatFloat(f)
        case .float(let f): return formatFloat(f)
        case .complex(let re, let im): return "(\(re) + \(im)i)"
        }
    }

    /// An exact form (go/constant's ExactString).
    public var exactString: String {
        switch self {
        case .string(let s): return goQuote(s)
        case .rational(let r):
            if r.isInteger { return String(r.numerator) }
            return "\(r.numerator)/\(r.denominator)"
        case .float(let f): return hexFloat(f)
        case .complex(let re, let im): return "(\(re.exactString) + \(im.exactString)i)"
        default: return description
        }
    }
}

/// go/constant's floatVal.String.
func formatFloat(_ f: BigFloat) -> String {
    let x = f.doubleValue
    if (f.sign == 0) == (x == 0) && x.isFinite {
        let s = formatG(x, precision: 6)
        if !f.isInteger && !s.contains(".") {
            return formatG(x, precision: nil)
        }
        return s
    }
    // Out of float64 range: f = mant * 2^exp with 0.5 <= |mant| < 1.
    let exp = f.binaryExponent
    let mantissa = BigFloat(negative: f.negative, mantissa: f.mantissa, exponent: -f.mantissa.bitWidth)
    var m = mantissa.doubleValue
    let d = Double(exp) * 0.30102999566398119521373889472449302676818988146210854131 // log10(2)
    var e = Int64(d)
    m *= pow(10, d - Double(e))
    let am = abs(m)
    if am < 1 - 0.5e-6 {
        m *= 10
        e -= 1
    } else if am >= 10 {
        m /= 10
        e += 1
    }
    return formatG(m, precision: 6) + "e" + (e >= 0 ? "+" : "-") + String(e.magnitude)
}

/// Go's strconv.FormatFloat(x, 'g', precision ?? -1, 64): %g with the given
/// number of significant digits, or the shortest that round-trips.
func formatG(_ x: Double, precision: Int?) -> String {
    if x.isNaN { return "NaN" }
    if x.isInfinite { return x < 0 ? "-Inf" : "+Inf" }
    let neg = x.sign == .minus
    var (digits, dp) = precision.map { roundedDigits(abs(x), $0) } ?? shortestDigits(abs(x))
    // strip trailing zeros (Go's decimal keeps none)
    while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
    if digits == [UInt8(ascii: "0")] { digits = []; dp = 0 }
    let nd = digits.count
    var prec = precision ?? nd
    var eprec = prec
    if eprec > nd && nd >= dp { eprec = nd }
    if precision == nil { eprec = 6 }
    let exp = dp - 1
    var out = neg ? "-" : ""
    if exp < -4 || exp >= eprec {
        if prec > nd { prec = nd }
        // %e with prec-1 digits after the point
        out.append(nd > 0 ? Character(Unicode.Scalar(digits[0])) : "0")
        if prec - 1 > 0 {
            out.append(".")
            for k in 1..<prec { out.append(k < nd ? Character(Unicode.Scalar(digits[k])) : "0") }
        }
        let e = nd == 0 ? 0 : dp - 1
        out.append("e")
        out.append(e < 0 ? "-" : "+")
        let ae = abs(e)
        out.append(ae < 10 ? "0\(ae)" : "\(ae)")
        return out
    }
    if prec > dp { prec = nd }
    // %f with max(prec-dp, 0) digits after the point
    let frac = max(prec - dp, 0)
    if dp > 0 {
        for k in 0..<dp { out.append(k < nd ? Character(Unicode.Scalar(digits[k])) : "0") }
    } else {
        out.append("0")
    }
    if frac > 0 {
        out.append(".")
        for k in 0..<frac {
            let j = dp + k
            out.append(j >= 0 && j < nd ? Character(Unicode.Scalar(digits[j])) : "0")
        }
    }
    return out
}

/// The exact decimal digits of x >= 0 and the decimal point position
/// (value = 0.d1d2... * 10^dp).
private func exactDigits(_ x: Double) -> ([UInt8], Int) {
    if x == 0 { return ([UInt8(ascii: "0")], 1) }
    let f = BigFloat(x)
    var digits: [UInt8]
    var dp: Int
    if f.exponent >= 0 {
        digits = Array(String(f.mantissa << f.exponent).utf8)
        dp = digits.count
    } else {
        // m / 2^k = m * 5^k / 10^k
        let k = -f.exponent
        digits = Array(String(f.mantissa * BigUInt(5).power(k)).utf8)
        dp = digits.count - k
    }
    return (digits, dp)
}

/// x's digits rounded to n significant digits, half to even (Go's decimal.Round).
private func roundedDigits(_ x: Double, _ n: Int) -> ([UInt8], Int) {
    var (d, dp) = exactDigits(x)
    if x == 0 { return ([UInt8(ascii: "0")], 1) }
    guard d.count > n else { return (d, dp) }
    let next = d[n]
    var up = next > UInt8(ascii: "5")
    if next == UInt8(ascii: "5") {
        let rest = d[(n + 1)...].contains { $0 != UInt8(ascii: "0") }
        up = rest || (n > 0 && (d[n - 1] - UInt8(ascii: "0")) % 2 == 1)
    }
    d = Array(d[..<n])
    if up {
        var k = n - 1
        while k >= 0 && d[k] == UInt8(ascii: "9") { d[k] = UInt8(ascii: "0"); k -= 1 }
        if k < 0 {
            d.insert(UInt8(ascii: "1"), at: 0)
            d.removeLast()
            dp += 1
        } else {
            d[k] += 1
        }
    }
    return (d, dp)
}

/// The shortest digits that round-trip (Swift's description gives them).
private func shortestDigits(_ x: Double) -> ([UInt8], Int) {
    if x == 0 { return ([UInt8(ascii: "0")], 1) }
    let s = x.description // e.g. "0.1", "1e-05", "1.2345e+20", "100.0"
    var mant = Substring(s), e = 0
    if let k = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mant = s[..<k]
        e = Int(s[s.index(after: k)...].replacingPlus()) ?? 0
    }
    var intPart = mant, fracPart = Substring("")
    if let p = mant.firstIndex(of: ".") {
        intPart = mant[..<p]
        fracPart = mant[mant.index(after: p)...]
    }
    var digits = Array((intPart + fracPart).utf8)
    var dp = intPart.count + e
    while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 { digits.removeFirst(); dp -= 1 }
    while digits.count > 1 && digits.last == UInt8(ascii: "0") { digits.removeLast() }
    return (digits, dp)
}

private extension Substring {
    func replacingPlus() -> Substring { first == "+" ? dropFirst() : self }
}

/// big.Float.Text('p', 0): "-0x.8p+1" style; "0" for zero.
func hexFloat(_ f: BigFloat) -> String {
    if f.isZero { return "0" }
    // mantissa as 0.xxxx in hex: pad to a multiple of 4 bits on the right
    let bits = f.mantissa.bitWidth
    let pad = (4 - bits % 4) % 4
    var hex = String(f.mantissa << pad, radix: 16)
    while hex.hasSuffix("0") { hex.removeLast() }
    let e = f.binaryExponent
    return (f.negative ? "-" : "") + "0x." + hex + "p" + (e >= 0 ? "+" : "") + String(e)
}

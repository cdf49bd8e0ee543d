// Float formatting as Go prints it: strconv's shortest formatting behind
// fmt's %v and, since Go 1.27, the runtime's print/println and panic values
// (`1e+06`, `0.1`, `123456`); the older runtime format (`+1.500000e+000`)
// is kept for reference. Shortest digits
// come from Swift's description, which like Go prints the shortest string
// that reads back as the same float; explicit precisions use C's printf,
// which like Go rounds exactly.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum FloatFormat {
    /// runtime.printfloat.
    static func runtime(_ v0: Double) -> String {
        var v = v0
        if v != v { return "NaN" }
        if v + v == v && v > 0 { return "+Inf" }
        if v + v == v && v < 0 { return "-Inf" }
        let n = 7
        var buf = [UInt8](repeating: 0, count: n + 7)
        buf[0] = UInt8(ascii: "+")
        var e = 0
        if v == 0 {
            if (1 / v) < 0 { buf[0] = UInt8(ascii: "-") }
        } else {
            if v < 0 { v = -v; buf[0] = UInt8(ascii: "-") }
            while v >= 10 { e += 1; v /= 10 }
            while v < 1 { e -= 1; v *= 10 }
            var h = 5.0
            for _ in 0..<n { h /= 10 }
            v += h
            if v >= 10 { e += 1; v /= 10 }
        }
        for i in 0..<n {
            let s = Int(v)
            buf[i + 2] = UInt8(s + 48)
            v -= Double(s)
            v *= 10
        }
        buf[1] = buf[2]
        buf[2] = UInt8(ascii: ".")
        buf[n + 2] = UInt8(ascii: "e")
        buf[n + 3] = UInt8(ascii: "+")
        if e < 0 { e = -e; buf[n + 3] = UInt8(ascii: "-") }
        buf[n + 4] = UInt8(e / 100 + 48)
        buf[n + 5] = UInt8((e / 10) % 10 + 48)
        buf[n + 6] = UInt8(e % 10 + 48)
        return String(decoding: buf, as: UTF8.self)
    }

    /// Shortest decimal digits d1d2… and decimal point position dp: |v| = 0.d1d2… × 10^dp.
    static func shortest(_ desc: String) -> (digits: [UInt8], dp: Int) {
        var s = Substring(desc)
        if s.hasPrefix("-") { s = s.dropFirst() }
        var exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exp = Int(String(s[s.index(after: e)...].filter { $0 != "+" })) ?? 0
            s = s[..<e]
        }
        var digits: [UInt8] = []
        var dp = 0
        var seenPoint = false
        for c in s.utf8 {
            if c == UInt8(ascii: ".") { seenPoint = true; continue }
            digits.append(c)
            if !seenPoint { dp += 1 }
        }
        // strip leading zeros
        while let f = digits.first, f == UInt8(ascii: "0"), digits.count > 1 { digits.removeFirst(); dp -= 1 }
        while let l = digits.last, l == UInt8(ascii: "0"), digits.count > 1 { digits.removeLast() }
        if digits == [UInt8(ascii: "0")] { return ([UInt8(ascii: "0")], 1) }
        return (digits, dp + exp)
    }

    /// strconv.FormatFloat(v, 'g', -1, bits) (fmt's %v).
    static func shortestG(_ v: Double, bits: Int) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v < 0 ? "-Inf" : "+Inf" }
        let neg = v.sign == .minus
        let desc = bits == 32 ? Float(v).description : v.description
        let (d, dp) = shortest(desc)
        let isZero = d == [UInt8(ascii: "0")]
        let exp = dp - 1
        var out = neg ? "-" : ""
        // strconv: with the shortest precision, %e is used when exp < -4 || exp >= 6
        if !isZero && (exp < -4 || exp >= 6) {
            out += eFormat(d, exp)
        } else {
            out += fFormat(d, dp)
        }
        return out
    }

    static func eFormat(_ d: [UInt8], _ exp: Int) -> String {
        var s = String(UnicodeScalar(d[0]))
        if d.count > 1 { s += "." + String(decoding: d[1...], as: UTF8.self) }
        s += exp < 0 ? "e-" : "e+"
        let a = abs(exp)
        s += a < 10 ? "0\(a)" : "\(a)"
        return s
    }

    static func fFormat(_ d: [UInt8], _ dp: Int) -> String {
        if d == [UInt8(ascii: "0")] { return "0" }
        if dp <= 0 { return "0." + String(repeating: "0", count: -dp) + String(decoding: d, as: UTF8.self) }
        if dp >= d.count { return String(decoding: d, as: UTF8.self) + String(repeating: "0", count: dp - d.count) }
        return String(decoding: d[0..<dp], as: UTF8.self) + "." + String(decoding: d[dp...], as: UTF8.self)
    }

    /// C printf with a format like "%.6e" (exact rounding, as Go's).
    static func printf(_ fmt: String, _ v: Double) -> String {
        var buf = [CChar](repeating: 0, count: 512)
        let n = withVaList([v]) { vsnprintf(&buf, 512, fmt, $0) }
        if n >= 512 {
            var big = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([v]) { vsnprintf(&big, Int(n) + 1, fmt, $0) }
            return String(decoding: big.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

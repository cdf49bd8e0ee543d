// This file implements constants from Go literals (go/constant's
// MakeFromLiteral) and the syntax check of number literals with gc's
// scanner messages (cmd/compile/internal/syntax/scanner.go, number()).
//
// Value of a number literal, in steps:
//   1. strip '_' separators and a trailing 'i' (imaginary);
//   2. read the prefix: 0x/0X hex, 0o/0O octal, 0b/0B binary; a bare leading
//      0 means octal only for integer literals (so 012i == 12i, 012.5 == 12.5);
//   3. collect the mantissa digits as one integer m and count fraction
//      digits; read the exponent ('e': power of ten, 'p': power of two);
//   4. value = m * 2^b * 10^d. If its binary exponent is within +-4096 the
//      value is kept as an exact fraction, else as a 512-bit BigFloat
//      (1e1000000), or is unknown when beyond big.Float's range
//      (1e1000000000: gc says "malformed constant: 1e1000000000"); tiny values
//      underflow to 0 (1e-1000000000).



/// The kind of a literal token.
public enum LiteralKind: Sendable, Hashable {
    case int, float, imaginary, rune, string
}

/// A malformed literal: gc's message and the byte offset within the
/// literal where gc reports it (add it to the literal's column).
public struct LiteralError: Error, Equatable, Sendable {
    public let message: String
    public let offset: Int

    public init(_ message: String, at offset: Int) {
        self.message = message
        self.offset = offset
    }
}

extension ConstantValue {
    /// The constant for a literal as the scanner delivers it (go/constant's
    /// MakeFromLiteral). Unknown if the literal is malformed, or a float
    /// literal's value is out of range ("malformed constant: %s").
    public static func fromLiteral(_ lit: String, kind: LiteralKind) -> ConstantValue {
        switch kind {
        case .int:
            guard let i = parseInteger(Array(lit.utf8)) else { return .unknown }
            return .int(i)
        case .float:
            return parseFloat(Array(lit.utf8)) ?? .unknown
        case .imaginary:
            var b = Array(lit.utf8)
            guard b.last == UInt8(ascii: "i") else { return .unknown }
            b.removeLast()
            guard let im = parseFloat(b), !im.isUnknown else { return .unknown }
            return makeComplex(.int(0), im)
        case .rune:
            guard let r = try? unquoteRune(lit) else { return .unknown }
            return .int(BigInt(r))
        case .string:
            guard let s = try? unquoteString(lit) else { return .unknown }
            return .string(s)
        }
    }

    /// An integer literal's value (prefixes, legacy octal, '_'); nil if malformed.
    static func parseInteger(_ lit: [UInt8]) -> BigInt? {
        var s = lit.filter { $0 != UInt8(ascii: "_") }
        var base = 10
        if s.count >= 2 && s[0] == UInt8(ascii: "0") {
            switch s[1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; s.removeFirst(2)
            case UInt8(ascii: "o"): base = 8; s.removeFirst(2)
            case UInt8(ascii: "b"): base = 2; s.removeFirst(2)
            default: base = 8; s.removeFirst(1)
            }
        }
        guard !s.isEmpty else { return nil }
        var m = BigUInt(0)
        for c in s {
            guard let d = digitValue(c), d < base else { return nil }
            m = m * BigUInt(base) + BigUInt(d)
        }
        return BigInt(m)
    }

    /// A float literal's value (decimal or hex mantissa, optional exponent);
    /// nil if malformed, .unknown if out of range.
    static func parseFloat(_ lit: [UInt8]) -> ConstantValue? {
        let s = lit.filter { $0 != UInt8(ascii: "_") }
        var i = 0
        var base = 10
        if s.count >= 2 && s[0] == UInt8(ascii: "0") {
            switch s[1] | 0x20 {
            case UInt8(ascii: "x"): base = 16; i = 2
            case UInt8(ascii: "o"): base = 8; i = 2
            case UInt8(ascii: "b"): base = 2; i = 2
            default: break
            }
        }
        var m = BigUInt(0)
        var digits = 0, fraction = 0, seenPoint = false
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else if let d = digitValue(c), d < base {
                m = m * BigUInt(base) + BigUInt(d)
                digits += 1
                if seenPoint { fraction += 1 }
            } else {
                break
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        // scale = 2^b * 10^d
        var b = 0, d = 0
        switch base {
        case 16: b = -4 * fraction
        case 8: b = -3 * fraction
        case 2: b = -fraction
        default: d = -fraction
        }
        if i < s.count {
            let e = s[i] | 0x20
            guard e == UInt8(ascii: "e") || e == UInt8(ascii: "p") else { return nil }
            i += 1
            var negative = false
            if i < s.count && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
                negative = s[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < s.count else { return nil }
            var x = 0
            while i < s.count {
                guard let v = digitValue(s[i]), v < 10 else { return nil }
                x = min(x * 10 + v, 1 << 40) // saturate: far beyond any finite value
                i += 1
            }
            if negative { x = -x }
            if e == UInt8(ascii: "e") { d += x } else { b += x }
        }
        return makeScaled(m, binary: b, decimal: d)
    }

    /// m * 2^b * 10^d as an exact fraction when "small", else as a BigFloat.
    static func makeScaled(_ m: BigUInt, binary b: Int, decimal d: Int) -> ConstantValue {
        if m.isZero { return .rational(Rational(BigInt(0))) }
        // Estimate the binary exponent to reject absurd ranges cheaply.
        let estimate = Double(m.bitWidth + b) + Double(d) * 3.321928094887362
        if estimate > Double(BigFloat.maxExp) + 64 { return .unknown }
        if estimate < Double(BigFloat.minExp) - 64 { return .rational(Rational(BigInt(0))) }
        let limit = Double(maxRationalBits) + 64
        if abs(estimate) > limit || abs(Double(d)) > limit {
            // Inexact: round m to extended precision, scale by 10^|d|, round.
            let ext = BigFloat.precision + 64
            guard var f = BigFloat.round(negative: false, mantissa: m, exponent: b, precision: ext) else { return .unknown }
            if d != 0 {
                guard let p = BigFloat.powerOfTen(abs(d), precision: ext) else {
                    return d > 0 ? .unknown : .rational(Rational(BigInt(0)))
                }
                guard let g = d > 0 ? f.multiplied(by: p, precision: ext) : f.divided(by: p, precision: ext) else { return .unknown }
                f = g
            }
            guard let r = BigFloat.round(negative: false, mantissa: f.mantissa, exponent: f.exponent) else { return .unknown }
            if r.isZero { return .rational(Rational(BigInt(0))) }
            if abs(r.binaryExponent) < maxRationalBits { return exactScaled(m, binary: b, decimal: d) }
            return .float(r)
        }
        // Near or within the exact range: decide with the exact value.
        let exact = exactScaled(m, binary: b, decimal: d)
        guard case .rational(let r) = exact, let f = r.bigFloat else { return exact }
        if abs(f.binaryExponent) < maxRationalBits { return exact }
        return .float(f)
    }

    private static func exactScaled(_ m: BigUInt, binary b: Int, decimal d: Int) -> ConstantValue {
        var num = m, den = BigUInt(1)
        if b > 0 { num <<= b } else if b < 0 { den <<= -b }
        if d > 0 { num *= BigUInt(10).power(d) } else if d < 0 { den *= BigUInt(10).power(-d) }
        return .rational(Rational(BigInt(num), den))
    }

    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}

/// Checks a number literal as gc's scanner does and returns its kind, or the
/// first error with gc's message: "invalid radix point in octal literal",
/// "hexadecimal literal has no digits", "'e' exponent requires decimal
/// mantissa", "'p' exponent requires hexadecimal mantissa", "exponent has no
/// digits", "hexadecimal mantissa requires a 'p' exponent", "invalid digit '8'
/// in octal literal", "'_' must separate successive digits".
/// `lit` is the whole literal the scanner consumed (digits, letters, '.', '_').
/// Text the scanner would not have consumed as part of the number gives
/// "invalid character in number literal" (not a gc message: a scanner bug).
public func checkNumberLiteral(_ lit: String) -> Result<LiteralKind, LiteralError> {
    let s = Array(lit.utf8)
    var i = 0
    func ch() -> UInt8 { i < s.count ? s[i] : 0 }
    func lower(_ c: UInt8) -> UInt8 { c | 0x20 }
    var kind = LiteralKind.int
    var base = 10
    var prefix: UInt8 = 0
    var digsep = 0
    var invalid = -1
    var err: LiteralError?

    func digits(_ base: Int, _ trackInvalid: Bool) -> Int {
        var ds = 0
        if base <= 10 {
            let maxDigit = UInt8(ascii: "0") + UInt8(base)
            while i < s.count, (s[i] >= UInt8(ascii: "0") && s[i] <= UInt8(ascii: "9")) || s[i] == UInt8(ascii: "_") {
                var d = 1
                if s[i] == UInt8(ascii: "_") { d = 2 } else if s[i] >= maxDigit && invalid < 0 && trackInvalid { invalid = i }
                ds |= d
                i += 1
            }
        } else {
            while i < s.count, ConstantValue.digitValue(s[i]) != nil || s[i] == UInt8(ascii: "_") {
                ds |= s[i] == UInt8(ascii: "_") ? 2 : 1
                i += 1
            }
        }
        return ds
    }

    var seenPoint = false
    if ch() == UInt8(ascii: ".") {
        seenPoint = true
        i += 1
    } else {
        if ch() == UInt8(ascii: "0") {
            i += 1
            switch lower(ch()) {
            case UInt8(ascii: "x"): i += 1; base = 16; prefix = UInt8(ascii: "x")
            case UInt8(ascii: "o"): i += 1; base = 8; prefix = UInt8(ascii: "o")
            case UInt8(ascii: "b"): i += 1; base = 2; prefix = UInt8(ascii: "b")
            default: base = 8; prefix = UInt8(ascii: "0"); digsep = 1
            }
        }
        digsep |= digits(base, true)
        if ch() == UInt8(ascii: ".") {
            if prefix == UInt8(ascii: "o") || prefix == UInt8(ascii: "b") {
                err = err ?? LiteralError("invalid radix point in \(baseName(base)) literal", at: i)
            }
            i += 1
            seenPoint = true
        }
    }
    if seenPoint {
        kind = .float
        digsep |= digits(base, true)
    }
    if digsep & 1 == 0 && err == nil {
        err = LiteralError("\(baseName(base)) literal has no digits", at: i)
    }
    let e = lower(ch())
    if e == UInt8(ascii: "e") || e == UInt8(ascii: "p") {
        if err == nil {
            if e == UInt8(ascii: "e") && prefix != 0 && prefix != UInt8(ascii: "0") {
                err = LiteralError("'\(Character(Unicode.Scalar(ch())))' exponent requires decimal mantissa", at: i)
            } else if e == UInt8(ascii: "p") && prefix != UInt8(ascii: "x") {
                err = LiteralError("'\(Character(Unicode.Scalar(ch())))' exponent requires hexadecimal mantissa", at: i)
            }
        }
        i += 1
        kind = .float
        if ch() == UInt8(ascii: "+") || ch() == UInt8(ascii: "-") { i += 1 }
        let ds = digits(10, false)
        digsep = ds | (digsep & 2)
        if ds & 1 == 0 && err == nil {
            err = LiteralError("exponent has no digits", at: i)
        }
    } else if prefix == UInt8(ascii: "x") && kind == .float && err == nil {
        err = LiteralError("hexadecimal mantissa requires a 'p' exponent", at: i)
    }
    if ch() == UInt8(ascii: "i") {
        kind = .imaginary
        i += 1
    }
    if let err { return .failure(err) }
    if i != s.count {
        return .failure(LiteralError("invalid character in number literal", at: i))
    }
    if kind == .int && invalid >= 0 {
        return .failure(LiteralError("invalid digit '\(Character(Unicode.Scalar(s[invalid])))' in \(baseName(base)) literal", at: invalid))
    }
    if digsep & 2 != 0, let j = invalidSeparator(s) {
        return .failure(LiteralError("'_' must separate successive digits", at: j))
    }
    return .success(kind)
}

private func baseName(_ base: Int) -> String {
    switch base {
    case 2: return "binary"
    case 8: return "octal"
    case 16: return "hexadecimal"
    default: return "decimal"
    }
}

/// The index of the first misplaced '_' (scanner.go's invalidSep), or nil.
private func invalidSeparator(_ x: [UInt8]) -> Int? {
    var x1: UInt8 = UInt8(ascii: " ")
    var d: UInt8 = UInt8(ascii: ".") // one of '_', '0' (a digit) or '.' (anything else)
    var i = 0
    if x.count >= 2 && x[0] == UInt8(ascii: "0") {
        x1 = x[1] | 0x20
        if x1 == UInt8(ascii: "x") || x1 == UInt8(ascii: "o") || x1 == UInt8(ascii: "b") {
            d = UInt8(ascii: "0")
            i = 2
        }
    }
    while i < x.count {
        let p = d
        d = x[i]
        if d == UInt8(ascii: "_") {
            if p != UInt8(ascii: "0") { return i }
        } else if (d >= UInt8(ascii: "0") && d <= UInt8(ascii: "9")) || (x1 == UInt8(ascii: "x") && ConstantValue.digitValue(d) != nil) {
            d = UInt8(ascii: "0")
        } else {
            if p == UInt8(ascii: "_") { return i - 1 }
            d = UInt8(ascii: ".")
        }
        i += 1
    }
    if d == UInt8(ascii: "_") { return x.count - 1 }
    return nil
}

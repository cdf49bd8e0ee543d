// This file implements the values of string and rune literals: escapes
// decoded as Go's spec says, errors worded as gc's scanner words them
// (cmd/compile/internal/syntax/scanner.go, escape(), rune(), stdString()).
//
// Escapes: \a \b \f \n \r \t \v \\ and the literal's own quote (\' in runes,
// \" in strings); \ooo (three octal digits, at most 255) and \xhh give one
// byte; \uhhhh and \Uhhhhhhhh give a code point (not a surrogate, at most
// U+10FFFF) encoded as UTF-8. Raw strings take their text as is, minus '\r'.
//
// Error texts (the offset points where gc's column points):
//   unknown escape
//   invalid character 'Z' in hexadecimal escape   (also: octal)
//   octal escape value 256 > 255
//   escape is invalid Unicode code point U+D800
//   empty rune literal or unescaped '
//   more than one character in rune literal
//   newline in rune literal / newline in string
//   rune literal not terminated / string not terminated

/// The bytes of a Go string literal, quotes included ("..." or `...`).
import Base
public func unquoteString(_ lit: String) throws(LiteralError) -> [UInt8] {
    let s = Array(lit.utf8)
    guard let q = s.first, q == UInt8(ascii: "\"") || q == UInt8(ascii: "`") else {
        throw LiteralError("string not terminated", at: 0)
    }
    if q == UInt8(ascii: "`") {
        guard s.count >= 2, s.last == q else { throw LiteralError("string not terminated", at: 0) }
        return s[1..<(s.count - 1)].filter { $0 != UInt8(ascii: "\r") }
    }
    var out: [UInt8] = []
    var i = 1
    while true {
        guard i < s.count else { throw LiteralError("string not terminated", at: 0) }
        let c = s[i]
        if c == q {
            guard i == s.count - 1 else { throw LiteralError("string not terminated", at: 0) }
            return out
        }
        if c == UInt8(ascii: "\n") { throw LiteralError("newline in string", at: i) }
        if c == UInt8(ascii: "\\") {
            i += 1
            try decodeEscape(s, &i, quote: q, into: &out)
            continue
        }
        out.append(c)
        i += 1
    }
}

/// The code point of a Go rune literal, quotes included ('x').
public func unquoteRune(_ lit: String) throws(LiteralError) -> UInt32 {
    let s = Array(lit.utf8)
    let q = UInt8(ascii: "'")
    guard s.first == q else { throw LiteralError("rune literal not terminated", at: 0) }
    var i = 1
    var n = 0
    var value: UInt32 = 0
    while true {
        guard i < s.count else { throw LiteralError("rune literal not terminated", at: 0) }
        let c = s[i]
        if c == q {
            if n == 0 { throw LiteralError("empty rune literal or unescaped '", at: i) }
            if n != 1 { throw LiteralError("more than one character in rune literal", at: 0) }
            guard i == s.count - 1 else { throw LiteralError("more than one character in rune literal", at: 0) }
            return value
        }
        if c == UInt8(ascii: "\n") { throw LiteralError("newline in rune literal", at: i) }
        if c == UInt8(ascii: "\\") {
            i += 1
            var bytes: [UInt8] = []
            let v = try decodeEscape(s, &i, quote: q, into: &bytes)
            if n == 0 { value = v }
        } else {
            let (v, len) = decodeUTF8(s, i)
            if n == 0 { value = v }
            i += len
        }
        n += 1
    }
}

/// Decodes the escape after a backslash at s[i...], appending its bytes;
/// returns its value (a byte for \ooo, \xhh; a code point otherwise).
@discardableResult
private func decodeEscape(_ s: [UInt8], _ i: inout Int, quote: UInt8, into out: inout [UInt8]) throws(LiteralError) -> UInt32 {
    guard i < s.count else { throw LiteralError("string not terminated", at: 0) }
    let c = s[i]
    let simple: [UInt8: UInt8] = [
        UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12, UInt8(ascii: "n"): 10,
        UInt8(ascii: "r"): 13, UInt8(ascii: "t"): 9, UInt8(ascii: "v"): 11, UInt8(ascii: "\\"): 92,
    ]
    if c == quote || simple[c] != nil {
        let v = c == quote ? c : simple[c]!
        out.append(v)
        i += 1
        return UInt32(v)
    }
    var n: Int, base: UInt32, max: UInt32
    switch c {
    case UInt8(ascii: "0")...UInt8(ascii: "7"):
        (n, base, max) = (3, 8, 255)
    case UInt8(ascii: "x"):
        i += 1
        (n, base, max) = (2, 16, 255)
    case UInt8(ascii: "u"):
        i += 1
        (n, base, max) = (4, 16, 0x10FFFF)
    case UInt8(ascii: "U"):
        i += 1
        (n, base, max) = (8, 16, 0x10FFFF)
    default:
        throw LiteralError("unknown escape", at: i)
    }
    var x: UInt32 = 0
    while n > 0 {
        guard i < s.count else { throw LiteralError("string not terminated", at: 0) }
        let d = ConstantValue.digitValue(s[i]).map { UInt32($0) } ?? base
        if d >= base {
            let (r, _) = decodeUTF8(s, i)
            throw LiteralError("invalid character \(quoteRune(r)) in \(base == 8 ? "octal" : "hexadecimal") escape", at: i)
        }
        x = x * base + d
        i += 1
        n -= 1
    }
    if x > max && base == 8 {
        throw LiteralError("octal escape value \(x) > 255", at: i)
    }
    if x > max || (0xD800..<0xE000).contains(x) {
        throw LiteralError("escape is invalid Unicode code point \(unicodeNotation(x))", at: i)
    }
    if max == 255 {
        out.append(UInt8(x))
    } else {
        out.append(contentsOf: Array(String(Unicode.Scalar(x).map(Character.init) ?? "\u{FFFD}").utf8))
    }
    return x
}

/// U+0041 style (Go's %U; %#U adds the character only when printable,
/// which never happens for the invalid code points reported here).
func unicodeNotation(_ x: UInt32) -> String {
    let h = String(x, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - h.count)) + h
}


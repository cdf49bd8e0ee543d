// Go's text conventions, shared by the scanner, constants and diagnostics:
// UTF-8 decoding as Go's utf8.DecodeRune, the Unicode classes of Go's
// unicode package (IsLetter, IsDigit, IsPrint), strconv's Quote and
// QuoteRune, and fmt's %#U.

/// The code point at s[i] and its length; (U+FFFD, 1) for an invalid sequence
/// (a real U+FFFD is three bytes long).
public func decodeUTF8(_ s: [UInt8], _ i: Int) -> (UInt32, Int) {
    let b0 = s[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    var need = 0
    var v: UInt32 = 0
    var minValue: UInt32 = 0
    switch b0 {
    case 0xC2...0xDF: need = 1; v = UInt32(b0 & 0x1F); minValue = 0x80
    case 0xE0...0xEF: need = 2; v = UInt32(b0 & 0x0F); minValue = 0x800
    case 0xF0...0xF4: need = 3; v = UInt32(b0 & 0x07); minValue = 0x10000
    default: return (0xFFFD, 1)
    }
    guard i + need < s.count else { return (0xFFFD, 1) }
    for k in 1...need {
        let b = s[i + k]
        guard b & 0xC0 == 0x80 else { return (0xFFFD, 1) }
        v = v << 6 | UInt32(b & 0x3F)
    }
    if v < minValue || v > 0x10FFFF || (0xD800..<0xE000).contains(v) { return (0xFFFD, 1) }
    return (v, need + 1)
}

/// Go's unicode.IsLetter, IsDigit and IsPrint.
public enum GoUnicode {
    public static func isLetter(_ r: UInt32) -> Bool {
        if r < 0x80 { return (r >= 0x61 && r <= 0x7A) || (r >= 0x41 && r <= 0x5A) }
        guard let s = Unicode.Scalar(r) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    public static func isDigit(_ r: UInt32) -> Bool {
        if r < 0x80 { return r >= 0x30 && r <= 0x39 }
        guard let s = Unicode.Scalar(r) else { return false }
        return s.properties.generalCategory == .decimalNumber
    }

    /// Letters, marks, numbers, punctuation, symbols and the ASCII space.
    public static func isPrint(_ r: UInt32) -> Bool {
        if r == 0x20 { return true }
        guard let s = Unicode.Scalar(r) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}

/// Go's strconv.Quote of a byte string: printable runes as they are, invalid
/// UTF-8 as \xhh, the usual \a\b\f\n\r\t\v, other runes as \xhh, \uhhhh or \Uhhhhhhhh.
public func goQuote(_ s: [UInt8]) -> String {
    var out = "\""
    var i = 0
    while i < s.count {
        let (r, len) = decodeUTF8(s, i)
        if r == 0xFFFD && len == 1 {
            out += "\\x" + hex2(UInt32(s[i]))
            i += 1
            continue
        }
        out += quotedRune(r, quote: "\"")
        i += len
    }
    return out + "\""
}

public func goQuote(_ s: String) -> String { goQuote(Array(s.utf8)) }

/// Go's strconv.QuoteRune: 'x', '\n', '\''.
public func quoteRune(_ r: UInt32) -> String {
    let v = (r > 0x10FFFF || (0xD800..<0xE000).contains(r)) ? 0xFFFD : r
    return "'" + quotedRune(v, quote: "'") + "'"
}

/// fmt's %#U: "U+0040 '@'", the character only when printable.
public func formatU(_ r: UInt32) -> String {
    var hex = String(r, radix: 16, uppercase: true)
    while hex.count < 4 { hex = "0" + hex }
    if let s = Unicode.Scalar(r), GoUnicode.isPrint(r) {
        return "U+\(hex) '\(Character(s))'"
    }
    return "U+\(hex)"
}

private func quotedRune(_ r: UInt32, quote: Character) -> String {
    if r == UInt32(quote.asciiValue!) || r == 0x5C { return "\\" + String(Character(Unicode.Scalar(r)!)) }
    if let u = Unicode.Scalar(r), GoUnicode.isPrint(r) { return String(Character(u)) }
    switch r {
    case 7: return "\\a"
    case 8: return "\\b"
    case 12: return "\\f"
    case 10: return "\\n"
    case 13: return "\\r"
    case 9: return "\\t"
    case 11: return "\\v"
    default:
        if r < 0x20 || r == 0x7F { return "\\x" + hex2(r) }
        let h = String(r, radix: 16)
        if r < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - h.count) + h }
        return "\\U" + String(repeating: "0", count: 8 - h.count) + h
    }
}

private func hex2(_ b: UInt32) -> String {
    let h = String(b, radix: 16)
    return h.count < 2 ? "0" + h : h
}

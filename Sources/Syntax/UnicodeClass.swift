// Unicode character classes with Go's meanings (unicode.IsLetter, IsDigit,
// IsPrint), answered from Swift's Unicode properties.

enum UnicodeClass {
    static func isLetter(_ c: Int32) -> Bool {
        if c < 0x80 { return isLetterASCII(c) }
        guard let s = Unicode.Scalar(UInt32(bitPattern: c)) else { return false }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isLetterASCII(_ c: Int32) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
    }

    static func isDigit(_ c: Int32) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        guard let s = Unicode.Scalar(UInt32(bitPattern: c)) else { return false }
        return s.properties.generalCategory == .decimalNumber
    }

    /// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
    static func isPrint(_ c: Int32) -> Bool {
        if c == 0x20 { return true }
        guard let s = Unicode.Scalar(UInt32(bitPattern: c)) else { return false }
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

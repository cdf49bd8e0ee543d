// strconv.Quote and QuoteRune (fmt's %q): Go escapes, printable runes kept
// (unicode.IsPrint approximated by Unicode general categories), invalid
// UTF-8 bytes as \x hex.

enum Quote {
    static func isPrint(_ r: UInt32) -> Bool {
        if r < 0x20 || r == 0x7F { return false }
        if r < 0x7F { return true }
        guard let s = Unicode.Scalar(r) else { return false }
        switch s.properties.generalCategory {
        case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator: return false
        case .spaceSeparator: return r == 0x20
        default: return true
        }
    }

    static func escape(_ r: UInt32, quote: UInt8, ascii: Bool, into out: inout [UInt8]) {
        if r == UInt32(quote) || r == 0x5C { out.append(0x5C); out.append(UInt8(r)); return }
        if ascii ? (r < 0x80 && isPrint(r)) : isPrint(r) {
            out += Strings.encode(Int64(r)); return
        }
        switch r {
        case 7: out += Array("\\a".utf8)
        case 8: out += Array("\\b".utf8)
        case 12: out += Array("\\f".utf8)
        case 10: out += Array("\\n".utf8)
        case 13: out += Array("\\r".utf8)
        case 9: out += Array("\\t".utf8)
        case 11: out += Array("\\v".utf8)
        default:
            func hex(_ v: UInt32, _ n: Int) -> String {
                var h = String(v, radix: 16)
                while h.count < n { h = "0" + h }
                return h
            }
            if r < 0x20 || r == 0x7F { out += Array("\\x\(hex(r, 2))".utf8) }
            else if r < 0x10000 { out += Array("\\u\(hex(r, 4))".utf8) }
            else { out += Array("\\U\(hex(r, 8))".utf8) }
        }
    }

    static func quote(_ b: [UInt8], ascii: Bool = false, backquote: Bool = false) -> [UInt8] {
        if backquote, !b.contains(UInt8(ascii: "`")), String(validating: b, as: UTF8.self) != nil,
           !b.contains(where: { $0 < 0x20 && $0 != 9 || $0 == 0x7F }) {
            return [UInt8(ascii: "`")] + b + [UInt8(ascii: "`")]
        }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        var i = 0
        while i < b.count {
            let (r, w) = b.withUnsafeBufferPointer { bp in
                Strings.decodeRune(UnsafeMutableRawPointer(mutating: bp.baseAddress!), b.count, i)
            }
            if r == 0xFFFD && w == 1 && !(b.count >= i + 3 && b[i] == 0xEF && b[i + 1] == 0xBF && b[i + 2] == 0xBD) {
                let h = String(b[i], radix: 16)
                out += Array("\\x\(h.count < 2 ? "0" + h : h)".utf8)
                i += 1
                continue
            }
            escape(UInt32(r), quote: UInt8(ascii: "\""), ascii: ascii, into: &out)
            i += w
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    static func quoteRune(_ r: Int64, ascii: Bool = false) -> [UInt8] {
        var v = UInt32(0xFFFD)
        if r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF) { v = UInt32(r) }
        var out: [UInt8] = [UInt8(ascii: "'")]
        escape(v, quote: UInt8(ascii: "'"), ascii: ascii, into: &out)
        out.append(UInt8(ascii: "'"))
        return out
    }
}

// The scanner: turns a source file's bytes into Go tokens, inserting
// semicolons at line ends as the specification says, and reporting lexical
// errors in gc's words at gc's positions (the errors of
// cmd/compile/internal/syntax/scanner.go and source.go).
//
// How it works: `ch` holds the current rune (or -1 at end of input) and
// (`chLine`, `chCol`) its 1-based line and byte column. `next()` skips white
// space and comments, records the token start and reads one token into
// `tok` with `lit` (names, literals, the kind of a semicolon), `op` and
// `prec` (operators). `nlsemi` says whether a newline here ends a statement.
// Comments are kept in `comments` for tools (the test runner reads them).
//
// Each scanning function cites the lexical (lowercase) productions of
// Grammar/go.ebnf it accepts in `// Production:` lines; GrammarTests holds
// those citations and the grammar in agreement.

import Base

public struct Comment: Sendable {
    public var pos: Pos
    public var text: String
}

/// A `//go:` compiler directive: its text after `//`, the position of that
/// text, and whether only white space precedes it on its line.
public struct Directive: Sendable {
    public var pos: Pos
    public var text: String
    public var onOwnLine: Bool
}

public struct Scanner {
    let file: SourceFile
    let bytes: [UInt8]
    let errors: DiagnosticList

    // current character
    private var offset = 0          // offset of the byte after `ch`
    private var chOffset = 0        // offset of `ch`
    private(set) var ch: Int32 = -1
    private var chLine: UInt32 = 1
    private var chCol: UInt32 = 0
    private var lineStart = 0

    // current token
    public private(set) var tok: Token = .eof
    public private(set) var lit = ""
    public private(set) var litKind: LiteralKind = .int
    public private(set) var bad = false
    public private(set) var op: Operator = .none
    public private(set) var prec = 0
    public private(set) var pos = Pos.none
    private var tokStart = 0
    private var nlsemi = false

    public private(set) var comments: [Comment] = []
    /// Directives scanned and not yet taken by the parser.
    var directives: [Directive] = []
    private var tokenLineStart = true

    public init(file: SourceFile, errors: DiagnosticList) {
        self.file = file
        self.bytes = file.bytes
        self.errors = errors
        nextch()
    }

    // MARK: reading characters

    /// Reads the next character. NUL, invalid UTF-8 and a BOM after the
    /// start are reported and skipped, as gc's source reader does.
    // Production: unicode_char
    private mutating func nextch() {
        while true {
            if ch == 0x0A {  // '\n'
                chLine += 1
                lineStart = offset
            }
            chOffset = offset
            chCol = UInt32(offset - lineStart + 1)
            guard offset < bytes.count else { ch = -1; return }
            let b = bytes[offset]
            if b < 0x80 {
                offset += 1
                ch = Int32(b)
                if b == 0 {
                    error("invalid NUL character")
                    continue
                }
                return
            }
            let (r32, n) = decodeUTF8(bytes, offset)
            offset += n
            let r = Int32(r32)
            if r32 == 0xFFFD && n == 1 {
                ch = 0xFFFD
                error("invalid UTF-8 encoding")
                continue
            }
            ch = r
            if r == 0xFEFF {
                if chOffset > 0 { error("invalid BOM in the middle of the file") }
                continue
            }
            return
        }
    }

    /// Reports at the position of the current character.
    private func error(_ msg: String) {
        errors.report(Pos(file: file.id, line: chLine, col: chCol), msg)
    }

    /// Reports at a byte offset from the start of the current token.
    private func errorAt(_ delta: Int, _ msg: String) {
        errors.report(Pos(file: file.id, line: pos.line, col: pos.col + UInt32(delta)), msg)
    }

    private var segment: String { String(decoding: bytes[tokStart..<chOffset], as: UTF8.self) }

    // MARK: tokens

    /// Ends the token stream: every later token is EOF.
    mutating func stop() {
        offset = bytes.count
        ch = -1
        nlsemi = false
        tok = .eof
    }

    // Production: newline
    // Production: binary_op
    // Production: rel_op
    // Production: add_op
    // Production: mul_op
    // Production: unary_op
    // Production: assign_op
    public mutating func next() {
        let nl = nlsemi
        nlsemi = false
        while true {
            let startLine = chLine
            let startCol = chCol
            while ch == 0x20 || ch == 0x09 || (ch == 0x0A && !nl) || ch == 0x0D { nextch() }
            pos = Pos(file: file.id, line: chLine, col: chCol)
            tokenLineStart = chLine > startLine || startCol == 1
            tokStart = chOffset
            bad = false
            if isLetter(ch) || (ch >= 0x80 && atIdentChar(first: true)) {
                nextch()
                ident()
                return
            }
            switch ch {
            case -1:
                if nl { lit = "EOF"; tok = .semi } else { tok = .eof }
            case 0x0A:
                nextch(); lit = "newline"; tok = .semi
            case 0x30...0x39:
                number(seenPoint: false)
            case 0x22: stdString()
            case 0x60: rawString()
            case 0x27: rune()
            case 0x28: nextch(); tok = .lparen
            case 0x5B: nextch(); tok = .lbrack
            case 0x7B: nextch(); tok = .lbrace
            case 0x2C: nextch(); tok = .comma
            case 0x3B: nextch(); lit = "semicolon"; tok = .semi
            case 0x29: nextch(); nlsemi = true; tok = .rparen
            case 0x5D: nextch(); nlsemi = true; tok = .rbrack
            case 0x7D: nextch(); nlsemi = true; tok = .rbrace
            case 0x3A:  // ':'
                nextch()
                if ch == 0x3D { nextch(); tok = .define } else { tok = .colon }
            case 0x2E:  // '.'
                nextch()
                if isDecimal(ch) { number(seenPoint: true); break }
                if ch == 0x2E && offset < bytes.count && bytes[offset] == 0x2E {
                    nextch(); nextch(); tok = .dotDotDot; break
                }
                tok = .dot
            case 0x2B:  // '+'
                nextch(); op = .add; prec = 4
                if ch == 0x2B { nextch(); nlsemi = true; tok = .incOp } else { assignOp() }
            case 0x2D:  // '-'
                nextch(); op = .sub; prec = 4
                if ch == 0x2D { nextch(); nlsemi = true; tok = .incOp } else { assignOp() }
            case 0x2A:  // '*'
                nextch(); op = .mul; prec = 5
                if ch == 0x3D { nextch(); tok = .assignOp } else { tok = .star }
            case 0x2F:  // '/'
                nextch()
                if ch == 0x2F {
                    nextch()
                    lineComment()
                    continue
                }
                if ch == 0x2A {
                    nextch()
                    let startLine = pos.line
                    fullComment()
                    if chLine > startLine && nl {
                        lit = "newline"; tok = .semi
                        break
                    }
                    continue
                }
                op = .div; prec = 5; assignOp()
            case 0x25: nextch(); op = .rem; prec = 5; assignOp()
            case 0x26:  // '&'
                nextch()
                if ch == 0x26 { nextch(); op = .andAnd; prec = 2; tok = .operator; break }
                op = .and; prec = 5
                if ch == 0x5E { nextch(); op = .andNot }
                assignOp()
            case 0x7C:  // '|'
                nextch()
                if ch == 0x7C { nextch(); op = .orOr; prec = 1; tok = .operator; break }
                op = .or; prec = 4; assignOp()
            case 0x5E: nextch(); op = .xor; prec = 4; assignOp()
            case 0x3C:  // '<'
                nextch()
                if ch == 0x3D { nextch(); op = .leq; prec = 3; tok = .operator; break }
                if ch == 0x3C { nextch(); op = .shl; prec = 5; assignOp(); break }
                if ch == 0x2D { nextch(); tok = .arrow; break }
                op = .lss; prec = 3; tok = .operator
            case 0x3E:  // '>'
                nextch()
                if ch == 0x3D { nextch(); op = .geq; prec = 3; tok = .operator; break }
                if ch == 0x3E { nextch(); op = .shr; prec = 5; assignOp(); break }
                op = .gtr; prec = 3; tok = .operator
            case 0x3D:  // '='
                nextch()
                if ch == 0x3D { nextch(); op = .eql; prec = 3; tok = .operator; break }
                tok = .assign
            case 0x21:  // '!'
                nextch()
                if ch == 0x3D { nextch(); op = .neq; prec = 3; tok = .operator; break }
                op = .not; prec = 0; tok = .operator
            case 0x7E: nextch(); op = .tilde; prec = 0; tok = .operator
            default:
                error("invalid character \(formatU(UInt32(ch)))")
                nextch()
                continue
            }
            return
        }
    }

    private mutating func assignOp() {
        if ch == 0x3D { nextch(); tok = .assignOp } else { tok = .operator }
    }

    // Production: identifier
    private mutating func ident() {
        while isLetter(ch) || isDecimal(ch) { nextch() }
        if ch >= 0x80 {
            while atIdentChar(first: false) { nextch() }
        }
        let s = segment
        if s.utf8.count >= 2, let kw = Token.keywords[s] {
            nlsemi = kw == .kwBreak || kw == .kwContinue || kw == .kwFallthrough || kw == .kwReturn
            tok = kw
            return
        }
        nlsemi = true
        lit = s
        tok = .name
    }

    // Production: letter
    // Production: unicode_letter
    // Production: unicode_digit
    private mutating func atIdentChar(first: Bool) -> Bool {
        if ch < 0 { return false }
        if GoUnicode.isLetter(UInt32(ch)) || ch == 0x5F { return true }
        if GoUnicode.isDigit(UInt32(ch)) {
            if first { error("identifier cannot begin with digit \(formatU(UInt32(ch)))") }
            return true
        }
        if ch >= 0x80 {
            error("invalid character \(formatU(UInt32(ch))) in identifier")
            return true
        }
        return false
    }

    private mutating func setLit(_ kind: LiteralKind, _ ok: Bool) {
        nlsemi = true
        tok = .literal
        lit = segment
        bad = !ok
        litKind = kind
    }

    // MARK: numbers

    // Production: decimal_digits
    // Production: binary_digits
    // Production: octal_digits
    // Production: hex_digits
    // Production: decimal_digit
    // Production: binary_digit
    // Production: octal_digit
    // Production: hex_digit
    private mutating func digits(base: Int, invalid: inout Int) -> Int {
        var digsep = 0
        if base <= 10 {
            let max = Int32(0x30 + base)
            while isDecimal(ch) || ch == 0x5F {
                var ds = 1
                if ch == 0x5F { ds = 2 } else if ch >= max && invalid < 0 { invalid = chOffset - tokStart }
                digsep |= ds
                nextch()
            }
        } else {
            while isHex(ch) || ch == 0x5F {
                digsep |= ch == 0x5F ? 2 : 1
                nextch()
            }
        }
        return digsep
    }

    // Production: int_lit
    // Production: decimal_lit
    // Production: binary_lit
    // Production: octal_lit
    // Production: hex_lit
    // Production: float_lit
    // Production: decimal_float_lit
    // Production: decimal_exponent
    // Production: hex_float_lit
    // Production: hex_mantissa
    // Production: hex_exponent
    // Production: imaginary_lit
    private mutating func number(seenPoint seen: Bool) {
        var seenPoint = seen
        var ok = true
        var kind = LiteralKind.int
        var base = 10
        var prefix: UInt8 = 0
        var digsep = 0
        var invalid = -1
        if !seenPoint {
            if ch == 0x30 {
                nextch()
                switch lower(ch) {
                case 0x78: nextch(); base = 16; prefix = 0x78
                case 0x6F: nextch(); base = 8; prefix = 0x6F
                case 0x62: nextch(); base = 2; prefix = 0x62
                default: base = 8; prefix = 0x30; digsep = 1
                }
            }
            digsep |= digits(base: base, invalid: &invalid)
            if ch == 0x2E {
                if prefix == 0x6F || prefix == 0x62 {
                    error("invalid radix point in \(baseName(base)) literal")
                    ok = false
                }
                nextch()
                seenPoint = true
            }
        }
        if seenPoint {
            kind = .float
            digsep |= digits(base: base, invalid: &invalid)
        }
        if digsep & 1 == 0 && ok {
            error("\(baseName(base)) literal has no digits")
            ok = false
        }
        let e = lower(ch)
        if e == 0x65 || e == 0x70 {
            if ok {
                if e == 0x65 && prefix != 0 && prefix != 0x30 {
                    error("'\(Character(Unicode.Scalar(UInt8(ch))))' exponent requires decimal mantissa")
                    ok = false
                } else if e == 0x70 && prefix != 0x78 {
                    error("'\(Character(Unicode.Scalar(UInt8(ch))))' exponent requires hexadecimal mantissa")
                    ok = false
                }
            }
            nextch()
            kind = .float
            if ch == 0x2B || ch == 0x2D { nextch() }
            var unused = -1
            digsep = digits(base: 10, invalid: &unused) | (digsep & 2)
            if digsep & 1 == 0 && ok {
                error("exponent has no digits")
                ok = false
            }
        } else if prefix == 0x78 && kind == .float && ok {
            error("hexadecimal mantissa requires a 'p' exponent")
            ok = false
        }
        if ch == 0x69 {  // 'i'
            kind = .imag
            nextch()
        }
        setLit(kind, ok)
        if kind == .int && invalid >= 0 && ok {
            let b = Array(lit.utf8)[invalid]
            errorAt(invalid, "invalid digit '\(Character(Unicode.Scalar(b)))' in \(baseName(base)) literal")
            ok = false
        }
        if digsep & 2 != 0 && ok {
            let i = invalidSeparator(Array(lit.utf8))
            if i >= 0 {
                errorAt(i, "'_' must separate successive digits")
                ok = false
            }
        }
        bad = !ok
    }

    // MARK: runes and strings

    // Production: rune_lit
    private mutating func rune() {
        var ok = true
        nextch()
        var n = 0
        while true {
            if ch == 0x27 {
                if ok {
                    if n == 0 {
                        error("empty rune literal or unescaped '")
                        ok = false
                    } else if n != 1 {
                        errorAt(0, "more than one character in rune literal")
                        ok = false
                    }
                }
                nextch()
                break
            }
            if ch == 0x5C {
                nextch()
                if !escape(quote: 0x27) { ok = false }
                n += 1
                continue
            }
            if ch == 0x0A {
                if ok { error("newline in rune literal"); ok = false }
                break
            }
            if ch < 0 {
                if ok { errorAt(0, "rune literal not terminated"); ok = false }
                break
            }
            nextch()
            n += 1
        }
        setLit(.rune, ok)
    }

    // Production: string_lit
    // Production: interpreted_string_lit
    private mutating func stdString() {
        var ok = true
        nextch()
        while true {
            if ch == 0x22 { nextch(); break }
            if ch == 0x5C {
                nextch()
                if !escape(quote: 0x22) { ok = false }
                continue
            }
            if ch == 0x0A { error("newline in string"); ok = false; break }
            if ch < 0 { errorAt(0, "string not terminated"); ok = false; break }
            nextch()
        }
        setLit(.string, ok)
    }

    // Production: string_lit
    // Production: raw_string_lit
    private mutating func rawString() {
        var ok = true
        nextch()
        while true {
            if ch == 0x60 { nextch(); break }
            if ch < 0 { errorAt(0, "string not terminated"); ok = false; break }
            nextch()
        }
        setLit(.string, ok)
    }

    // Production: unicode_value
    // Production: byte_value
    // Production: octal_byte_value
    // Production: hex_byte_value
    // Production: little_u_value
    // Production: big_u_value
    // Production: escaped_char
    private mutating func escape(quote: Int32) -> Bool {
        var n = 0
        var base: UInt32 = 0
        var max: UInt32 = 0
        switch ch {
        case quote, 0x61, 0x62, 0x66, 0x6E, 0x72, 0x74, 0x76, 0x5C:
            nextch()
            return true
        case 0x30...0x37: n = 3; base = 8; max = 255
        case 0x78: nextch(); n = 2; base = 16; max = 255
        case 0x75: nextch(); n = 4; base = 16; max = 0x10FFFF
        case 0x55: nextch(); n = 8; base = 16; max = 0x10FFFF
        default:
            if ch < 0 { return true }
            error("unknown escape")
            return false
        }
        var x: UInt32 = 0
        for _ in 0..<n {
            if ch < 0 { return true }
            var d = base
            if isDecimal(ch) { d = UInt32(ch - 0x30) } else if lower(ch) >= 0x61 && lower(ch) <= 0x66 { d = UInt32(lower(ch) - 0x61 + 10) }
            if d >= base {
                error("invalid character \(quoteRune(UInt32(ch))) in \(baseName(Int(base))) escape")
                return false
            }
            x = x &* base &+ d
            nextch()
        }
        if x > max && base == 8 {
            error("octal escape value \(x) > 255")
            return false
        }
        if x > max || (0xD800 <= x && x < 0xE000) {
            error("escape is invalid Unicode code point \(formatU(x))")
            return false
        }
        return true
    }

    // MARK: comments

    private mutating func lineComment() {
        let start = tokStart
        while ch >= 0 && ch != 0x0A { nextch() }
        let text = String(decoding: bytes[start..<chOffset], as: UTF8.self)
        comments.append(Comment(pos: pos, text: text))
        if text.hasPrefix("//go:") {
            directives.append(Directive(pos: Pos(file: pos.file, line: pos.line, col: pos.col + 2),
                                        text: String(text.dropFirst(2)), onOwnLine: tokenLineStart))
        }
    }

    private mutating func fullComment() {
        let start = tokStart
        while ch >= 0 {
            while ch == 0x2A {
                nextch()
                if ch == 0x2F {
                    nextch()
                    comments.append(Comment(pos: pos, text: String(decoding: bytes[start..<chOffset], as: UTF8.self)))
                    return
                }
            }
            nextch()
        }
        errorAt(0, "comment not terminated")
    }
}

// MARK: character classes and formatting

@inline(__always) func isLetter(_ c: Int32) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F
}
@inline(__always) func isDecimal(_ c: Int32) -> Bool { c >= 0x30 && c <= 0x39 }
@inline(__always) func lower(_ c: Int32) -> Int32 { c | 0x20 }
@inline(__always) func isHex(_ c: Int32) -> Bool { isDecimal(c) || (lower(c) >= 0x61 && lower(c) <= 0x66) }

func baseName(_ base: Int) -> String {
    switch base {
    case 2: return "binary"
    case 8: return "octal"
    case 10: return "decimal"
    default: return "hexadecimal"
    }
}

/// gc's invalidSep: the index of the first misplaced '_' in a number literal, or -1.
func invalidSeparator(_ x: [UInt8]) -> Int {
    var x1: Int32 = 0x20
    var d: UInt8 = 0x2E  // '.'
    var i = 0
    if x.count >= 2 && x[0] == 0x30 {
        x1 = lower(Int32(x[1]))
        if x1 == 0x78 || x1 == 0x6F || x1 == 0x62 { d = 0x30; i = 2 }
    }
    while i < x.count {
        let p = d
        d = x[i]
        if d == 0x5F {
            if p != 0x30 { return i }
        } else if isDecimal(Int32(d)) || (x1 == 0x78 && isHex(Int32(d))) {
            d = 0x30
        } else {
            if p == 0x5F { return i - 1 }
            d = 0x2E
        }
        i += 1
    }
    if d == 0x5F { return x.count - 1 }
    return -1
}

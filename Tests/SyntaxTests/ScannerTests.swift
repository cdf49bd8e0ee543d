// The scanner: every token kind and operator, automatic semicolons, every
// literal form of the specification (its own examples), lexical errors in
// gc's words, and positions as gc reports them (1-based line, 1-based byte
// column). Expected diagnostics were produced by real Go 1.27
// (`go build`, via ../shared/tools/go-oracle) and are committed here.

import XCTest
import Base
@testable import Syntax

final class ScannerTests: XCTestCase {

    // MARK: token kinds

    func testEveryTokenKind() {
        let (toks, errs) = scanAll("x 1 + += ++ = := <- * ( [ { ) ] } , ; : . ...")
        XCTAssertEqual(errs, [])
        XCTAssertEqual(toks.map(\.tok), [
            .name, .literal, .operator, .assignOp, .incOp, .assign, .define, .arrow, .star,
            .lparen, .lbrack, .lbrace, .rparen, .rbrack, .rbrace, .comma, .semi, .colon, .dot, .dotDotDot,
        ])
        XCTAssertEqual(scanAll("").tokens, [])
    }

    func testKeywords() {
        let words = ["break", "case", "chan", "const", "continue", "default", "defer", "else",
                     "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
                     "map", "package", "range", "return", "select", "struct", "switch", "type", "var"]
        let toks = scanAll(words.joined(separator: " ")).tokens
        XCTAssertEqual(toks.map(\.tok), [.kwBreak, .kwCase, .kwChan, .kwConst, .kwContinue, .kwDefault, .kwDefer,
                                         .kwElse, .kwFallthrough, .kwFor, .kwFunc, .kwGo, .kwGoto, .kwIf, .kwImport,
                                         .kwInterface, .kwMap, .kwPackage, .kwRange, .kwReturn, .kwSelect, .kwStruct,
                                         .kwSwitch, .kwType, .kwVar])
        XCTAssertEqual(toks.map(\.tok.text), words)
        XCTAssertTrue(toks.allSatisfy(\.tok.isKeyword))
        // not keywords: predeclared names, capitalized or longer words
        XCTAssertEqual(scanAll("nil true iota any If gotos _ enum").tokens.dropLast().map(\.tok), Array(repeating: .name, count: 8))
    }

    func testOperatorsAndPrecedence() {
        let cases: [(String, Token, Operator, Int)] = [
            ("||", .operator, .orOr, 1), ("&&", .operator, .andAnd, 2),
            ("==", .operator, .eql, 3), ("!=", .operator, .neq, 3), ("<", .operator, .lss, 3),
            ("<=", .operator, .leq, 3), (">", .operator, .gtr, 3), (">=", .operator, .geq, 3),
            ("+", .operator, .add, 4), ("-", .operator, .sub, 4), ("|", .operator, .or, 4), ("^", .operator, .xor, 4),
            ("*", .star, .mul, 5), ("/", .operator, .div, 5), ("%", .operator, .rem, 5), ("<<", .operator, .shl, 5),
            (">>", .operator, .shr, 5), ("&", .operator, .and, 5), ("&^", .operator, .andNot, 5),
            ("!", .operator, .not, 0), ("~", .operator, .tilde, 0),
            ("+=", .assignOp, .add, 4), ("-=", .assignOp, .sub, 4), ("|=", .assignOp, .or, 4), ("^=", .assignOp, .xor, 4),
            ("*=", .assignOp, .mul, 5), ("/=", .assignOp, .div, 5), ("%=", .assignOp, .rem, 5), ("<<=", .assignOp, .shl, 5),
            (">>=", .assignOp, .shr, 5), ("&=", .assignOp, .and, 5), ("&^=", .assignOp, .andNot, 5),
            ("++", .incOp, .add, 4), ("--", .incOp, .sub, 4),
        ]
        for (src, tok, op, prec) in cases {
            var s = Scanner(file: .init(id: 1, name: "x.go", text: src), errors: .init())
            s.next()
            XCTAssertEqual(s.tok, tok, src)
            XCTAssertEqual(s.op, op, src)
            XCTAssertEqual(s.prec, prec, src)
            XCTAssertEqual(s.op.description + (tok == .assignOp ? "=" : tok == .incOp ? s.op.description : ""), src)
            s.next()
            XCTAssertTrue(s.tok == .eof || (s.tok == .semi && s.lit == "EOF"), "\(src) is one token")
        }
        XCTAssertEqual(tokens("<-"), "<-")
        XCTAssertEqual(tokens("="), "=")
        XCTAssertEqual(tokens(":="), ":=")
        // longest match
        XCTAssertEqual(tokens("a&^=b<<=c...d..e&&^f"), "a &^= b <<= c ... d . . e && ^ f ;EOF")
        XCTAssertEqual(tokens("x<-y<--z"), "x <- y <- - z ;EOF")
        XCTAssertEqual(tokens("a+++b---c"), "a ++ + b -- - c ;EOF")
    }

    // MARK: automatic semicolons

    func testSemicolonAfterLineEndingTokens() {
        // the tokens after which a newline is a semicolon
        for src in ["x", "_x9", "αβ", "1", "1.5", "1i", "'a'", "\"s\"", "`r`", "break", "continue",
                    "fallthrough", "return", "++", "--", ")", "]", "}"] {
            XCTAssertEqual(scanAll(src + "\n").tokens.last?.tok, .semi, src)
            XCTAssertEqual(scanAll(src + "\n").tokens.last?.text, "newline", src)
            XCTAssertEqual(scanAll(src).tokens.last?.text, "EOF", src)
        }
        // and the others
        for src in ["+", "-", "*", "&&", "=", ":=", "<-", "(", "[", "{", ",", ".", ":", "...", "!", "~",
                    "if", "else", "for", "func", "go", "defer", "chan", "map", "struct", "interface",
                    "import", "package", "var", "const", "type", "case", "default", "switch", "select", "range", "goto"] {
            XCTAssertEqual(scanAll(src + "\n").tokens.count, 1, src)
            XCTAssertEqual(scanAll(src).tokens.count, 1, src)
        }
    }

    func testSemicolonRules() {
        XCTAssertEqual(tokens("f(x)\ny[1]\nz{}\n"), "f ( x ) ;newline y [ 1 ] ;newline z { } ;newline")
        XCTAssertEqual(tokens("return\nx++\ny--\n"), "return ;newline x ++ ;newline y -- ;newline")
        XCTAssertEqual(tokens("a\n\n\n\nb"), "a ;newline b ;EOF")
        XCTAssertEqual(tokens("a;b;\nc"), "a ; b ; c ;EOF")
        XCTAssertEqual(tokens("x +\ny"), "x + y ;EOF")
        XCTAssertEqual(tokens("f(\n\tx,\n\ty,\n)"), "f ( x , y , ) ;EOF")
        XCTAssertEqual(tokens("if x {\n} else {\n}\n"), "if x { } else { } ;newline")
        XCTAssertEqual(tokens("if x {\n}\nelse {\n}"), "if x { } ;newline else { } ;EOF")
        XCTAssertEqual(tokens("break L\ncontinue\n"), "break L ;newline continue ;newline")
        XCTAssertEqual(tokens("x\r\ny"), "x ;newline y ;EOF")
    }

    func testCommentsActAsNewlineOrSpace() {
        // a line comment acts like a newline
        XCTAssertEqual(tokens("x // c\ny"), "x ;newline y ;EOF")
        XCTAssertEqual(tokens("x // c"), "x ;EOF")
        XCTAssertEqual(tokens("x + // c\ny"), "x + y ;EOF")
        // a general comment without newlines acts like a space
        XCTAssertEqual(tokens("x /* c */ y"), "x y ;EOF")
        XCTAssertEqual(tokens("x/**/y"), "x y ;EOF")
        // ... with newlines, like a newline
        XCTAssertEqual(tokens("x /* a\nb */ y"), "x ;newline y ;EOF")
        XCTAssertEqual(tokens("return /*\n*/ 1"), "return ;newline 1 ;EOF")
        XCTAssertEqual(tokens("x + /* a\nb */ y"), "x + y ;EOF")
        XCTAssertEqual(tokens("x /* c */\ny"), "x ;newline y ;EOF")
        // comments do not nest and are not recognized inside literals
        XCTAssertEqual(tokens("/* a /* b */ x"), "x ;EOF")
        XCTAssertEqual(tokens("\"/* s */\" `// r`"), "\"/* s */\" `// r` ;EOF")
        // the scanner keeps comments for tools
        var s = Scanner(file: .init(id: 1, name: "x.go", text: "// a\nx /* b */\n"), errors: .init())
        repeat { s.next() } while s.tok != .eof
        XCTAssertEqual(s.comments.map(\.text), ["// a", "/* b */"])
        XCTAssertEqual(s.comments.map(\.pos.description), ["1:1", "2:3"])
    }

    func testSemicolonPositions() {
        // an automatic semicolon sits where the newline (or comment, or end of file) is
        XCTAssertEqual(scanAll("ab\n").tokens.map(\.description), ["name ab@1:1", "; newline@1:3"])
        XCTAssertEqual(scanAll("ab // c\n").tokens.map(\.description), ["name ab@1:1", "; newline@1:8"])
        XCTAssertEqual(scanAll("ab /* c\n */").tokens.map(\.description), ["name ab@1:1", "; newline@1:4"])
        XCTAssertEqual(scanAll("x\ny").tokens.map(\.description), ["name x@1:1", "; newline@1:2", "name y@2:1", "; EOF@2:2"])
    }

    // MARK: literals

    func literal(_ src: String, file: StaticString = #filePath, line: UInt = #line) -> (LiteralKind, String, Bool)? {
        let errors = DiagnosticList(limit: 0)
        var s = Scanner(file: .init(id: 1, name: "x.go", text: src), errors: errors)
        s.next()
        guard s.tok == .literal else { XCTFail("\(src): \(s.tok)", file: file, line: line); return nil }
        let r = (s.litKind, s.lit, s.bad)
        s.next()
        XCTAssertEqual(s.tok, .semi, "\(src) is one token", file: file, line: line)
        XCTAssertEqual(errors.items.map(\.message), [], src, file: file, line: line)
        return r
    }

    func assertLiterals(_ kind: LiteralKind, _ srcs: [String], file: StaticString = #filePath, line: UInt = #line) {
        for src in srcs {
            guard let (k, text, bad) = literal(src, file: file, line: line) else { continue }
            XCTAssertEqual(k, kind, src, file: file, line: line)
            XCTAssertEqual(text, src, file: file, line: line)
            XCTAssertFalse(bad, src, file: file, line: line)
        }
    }

    func testIntegerLiterals() {
        assertLiterals(.int, ["0", "42", "4_2", "0600", "0_600", "0o600", "0O600", "0xBadFace", "0xBad_Face",
                              "0x_67_7a_2f_cc_40_c6", "170141183460469231731687303715884105727",
                              "170_141183_460469_231731_687303_715884_105727", "0b1011", "0B_1_0", "0X1F", "00"])
        // _42 is an identifier; 0x15e-2 is a subtraction
        XCTAssertEqual(scanAll("_42").tokens.first?.tok, .name)
        XCTAssertEqual(tokens("0x15e-2"), "0x15e - 2 ;EOF")
    }

    func testFloatingPointLiterals() {
        assertLiterals(.float, ["0.", "72.40", "072.40", "2.71828", "1.e+0", "6.67428e-11", "1E6", ".25",
                                ".12345E+5", "1_5.", "0.15e+0_2", "0x1p-2", "0x2.p10", "0x1.Fp+0", "0X.8p-0",
                                "0X_1FFFP-16", "09.5", "1e0", "0e-0"])
    }

    func testImaginaryLiterals() {
        assertLiterals(.imag, ["0i", "0123i", "0o123i", "0xabci", "0.i", "2.71828i", "1.e+0i", "6.67428e-11i",
                               "1E6i", ".25i", ".12345E+5i", "0x1p-2i", "09i", "0b1i", "1_000i"])
    }

    func testRuneLiterals() {
        assertLiterals(.rune, ["'a'", "'ä'", "'本'", "'\\t'", "'\\000'", "'\\007'", "'\\377'", "'\\x07'", "'\\xff'",
                               "'\\u12e4'", "'\\U00101234'", "'\\''", "'\\a'", "'\\b'", "'\\f'", "'\\n'", "'\\r'",
                               "'\\v'", "'\\\\'", "'\"'", "'𝄞'"])
    }

    func testStringLiterals() {
        assertLiterals(.string, ["`abc`", "`\\n\n\\n`", "\"\\n\"", "\"\\\"\"", "\"Hello, world!\\n\"", "\"日本語\"",
                                 "\"\\u65e5本\\U00008a9e\"", "\"\\xff\\u00FF\"", "\"\\u65e5\\u672c\\u8a9e\"",
                                 "\"\\U000065e5\\U0000672c\\U00008a9e\"", "\"\\xe6\\x97\\xa5\\xe6\\x9c\\xac\\xe8\\xaa\\x9e\"",
                                 "\"'\"", "\"\"", "``", "`\"`", "`a\r\nb`", "\"\\a\\b\\f\\r\\t\\v\\\\\\377\""])
        // a raw string spans lines; the token after it is on the last line
        let toks = scanAll("`a\nb\nc` x").tokens
        XCTAssertEqual(toks.map(\.description), ["literal `a\nb\nc`@1:1", "name x@3:4", "; EOF@3:5"])
    }

    /// The specification's invalid literals and more, each with gc's message
    /// at gc's position, scanned inside `var x = …` on line 3.
    func testLiteralErrorsInGcWords() {
        let cases: [(String, [String])] = [
            ("42_", ["3:11: '_' must separate successive digits"]),
            ("4__2", ["3:11: '_' must separate successive digits"]),
            ("0_xBadFace", ["3:10: '_' must separate successive digits",
                            "3:11: syntax error: unexpected name xBadFace after top level declaration"]),
            ("0x.p1", ["3:12: hexadecimal literal has no digits"]),
            ("1p-2", ["3:10: 'p' exponent requires hexadecimal mantissa"]),
            ("0x1.5e-2", ["3:15: hexadecimal mantissa requires a 'p' exponent"]),
            ("1_.5", ["3:10: '_' must separate successive digits"]),
            ("1._5", ["3:11: '_' must separate successive digits"]),
            ("1.5_e1", ["3:12: '_' must separate successive digits"]),
            ("1.5e_1", ["3:13: '_' must separate successive digits"]),
            ("1.5e1_", ["3:14: '_' must separate successive digits"]),
            ("1__2i", ["3:11: '_' must separate successive digits"]),
            ("0_", ["3:10: '_' must separate successive digits"]),
            ("1_000_", ["3:14: '_' must separate successive digits"]),
            ("0b", ["3:11: binary literal has no digits"]),
            ("0o", ["3:11: octal literal has no digits"]),
            ("0x", ["3:11: hexadecimal literal has no digits"]),
            ("0x_", ["3:12: hexadecimal literal has no digits"]),
            ("0xg", ["3:11: hexadecimal literal has no digits",
                     "3:11: syntax error: unexpected name g after top level declaration"]),
            ("08", ["3:10: invalid digit '8' in octal literal"]),
            ("09", ["3:10: invalid digit '9' in octal literal"]),
            ("0128", ["3:12: invalid digit '8' in octal literal"]),
            ("0b12", ["3:12: invalid digit '2' in binary literal"]),
            ("0b102", ["3:13: invalid digit '2' in binary literal"]),
            ("0o78", ["3:12: invalid digit '8' in octal literal"]),
            ("0o8", ["3:11: invalid digit '8' in octal literal"]),
            ("1e", ["3:11: exponent has no digits"]),
            ("1e+", ["3:12: exponent has no digits"]),
            ("0x1p", ["3:13: exponent has no digits"]),
            ("0x1.5", ["3:14: hexadecimal mantissa requires a 'p' exponent"]),
            ("0o1.2", ["3:12: invalid radix point in octal literal"]),
            ("0b1.0", ["3:12: invalid radix point in binary literal"]),
            ("0b1e3", ["3:12: 'e' exponent requires decimal mantissa"]),
            ("0o1e3", ["3:12: 'e' exponent requires decimal mantissa"]),
            ("1p5", ["3:10: 'p' exponent requires hexadecimal mantissa"]),
            ("'aa'", ["3:9: more than one character in rune literal"]),
            ("'ab'", ["3:9: more than one character in rune literal"]),
            ("''", ["3:10: empty rune literal or unescaped '"]),
            ("'\\k'", ["3:11: unknown escape"]),
            ("'\\xa'", ["3:13: invalid character '\\'' in hexadecimal escape"]),
            ("'\\0'", ["3:12: invalid character '\\'' in octal escape"]),
            ("'\\400'", ["3:14: octal escape value 256 > 255"]),
            ("'\\uDFFF'", ["3:16: escape is invalid Unicode code point U+DFFF"]),
            ("'\\U00110000'", ["3:20: escape is invalid Unicode code point U+110000"]),
            ("'\\u12'", ["3:14: invalid character '\\'' in hexadecimal escape"]),
            ("'\\\"'", ["3:11: unknown escape"]),
            ("'a", ["3:11: newline in rune literal"]),
            ("\"\\uD800\"", ["3:16: escape is invalid Unicode code point U+D800"]),
            ("\"\\U00110000\"", ["3:20: escape is invalid Unicode code point U+110000"]),
            ("\"\\'\"", ["3:11: unknown escape"]),
            ("\"\\q\"", ["3:11: unknown escape"]),
            ("\"\\x4\"", ["3:13: invalid character '\"' in hexadecimal escape"]),
            ("\"\\xZZ\"", ["3:12: invalid character 'Z' in hexadecimal escape"]),
            ("\"\\400\"", ["3:14: octal escape value 256 > 255"]),
            ("\"abc", ["3:13: newline in string"]),
            ("1 @ 2", ["3:11: invalid character U+0040 '@'",
                       "3:13: syntax error: unexpected literal 2 after top level declaration"]),
        ]
        for (lit, want) in cases {
            XCTAssertEqual(diagnostics("package p\n\nvar x = \(lit)\n"), want.map { "x.go:" + $0 }, lit)
        }
        // cases that need their own file shape
        XCTAssertEqual(diagnostics("package p\n\nvar x = `abc\n"), ["x.go:3:9: string not terminated"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = \"abc"), ["x.go:3:9: string not terminated"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = 'a"), ["x.go:3:9: rune literal not terminated"])
        XCTAssertEqual(diagnostics("package p\n\n/* unterminated\n"), ["x.go:3:1: comment not terminated"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = '\n'\n"), [
            "x.go:3:10: newline in rune literal",
            "x.go:4:1: syntax error: non-declaration statement outside function body",
            "x.go:4:2: newline in rune literal",
        ])
        XCTAssertEqual(diagnostics("package p\n\nvar ä, ß = 1 ☺ 2\n"), [
            "x.go:3:16: invalid character U+263A '☺' in identifier",
            "x.go:3:16: syntax error: unexpected name ☺ after top level declaration",
        ])
    }

    func testBadLiteralsAreMarked() {
        var s = Scanner(file: .init(id: 1, name: "x.go", text: "0x 1 '' \"\\q\" 08"), errors: .init())
        var bad: [Bool] = []
        s.next()
        while s.tok == .literal { bad.append(s.bad); s.next() }
        XCTAssertEqual(bad, [true, false, true, true, true])
    }

    func testSourceErrors() {
        // a BOM is skipped at the start and reported elsewhere; NUL and invalid UTF-8 are reported
        XCTAssertEqual(diagnostics("\u{FEFF}package p\n"), [])
        var bytes = Array("package p\n\nvar s = \"".utf8) + [0xFF] + Array("\"\n".utf8)
        XCTAssertEqual(parseBytes(bytes), ["x.go:3:10: invalid UTF-8 encoding"])
        bytes = Array("package p\n\nvar x = 1".utf8) + [0] + [0x0A]
        XCTAssertEqual(parseBytes(bytes), ["x.go:3:10: invalid NUL character"])
        XCTAssertEqual(scanAll("x \u{FEFF}y").errors, ["x.go:1:3: invalid BOM in the middle of the file"])
        XCTAssertEqual(scanAll("`\u{FEFF}`").errors, ["x.go:1:2: invalid BOM in the middle of the file"])
        XCTAssertEqual(scanAll("x # y").errors, ["x.go:1:3: invalid character U+0023 '#'"])
        XCTAssertEqual(scanAll("\u{7}").errors, ["x.go:1:1: invalid character U+0007"])
        XCTAssertEqual(scanAll("١٢").errors, ["x.go:1:1: identifier cannot begin with digit U+0661 '١'"])
        XCTAssertEqual(scanAll("x١٢").tokens.map(\.text), ["x١٢", "EOF"])
    }

    func parseBytes(_ bytes: [UInt8]) -> [String] {
        let errors = DiagnosticList(limit: 10)
        _ = Parser.parse(SourceFile(id: 1, name: "x.go", bytes: bytes), errors: errors)
        return errors.formatted { _ in "x.go" }
    }

    // MARK: positions

    func testPositionsAreLineAndByteColumn() {
        let src = "package p\n\nfunc f() {\n\tx := 1\n}\n"
        XCTAssertEqual(scanAll(src).tokens.map(\.description), [
            "package@1:1", "name p@1:9", "; newline@1:10",
            "func@3:1", "name f@3:6", "(@3:7", ")@3:8", "{@3:10",
            "name x@4:2", ":=@4:4", "literal 1@4:7", "; newline@4:8",
            "}@5:1", "; newline@5:2",
        ])
    }

    func testColumnsCountBytesAfterMultiByteCharacters() {
        // ä is 2 bytes, € 3, 𝄞 4: columns count bytes, as gc's do
        XCTAssertEqual(scanAll("\"ä€𝄞\" x").tokens.map(\.description), ["literal \"ä€𝄞\"@1:1", "name x@1:13", "; EOF@1:14"])
        XCTAssertEqual(scanAll("ä := 'ß' + 日本").tokens.map(\.description),
                       ["name ä@1:1", ":=@1:4", "literal 'ß'@1:7", "op +@1:12", "name 日本@1:14", "; EOF@1:20"])
        XCTAssertEqual(scanAll("/* 日本語 */ x").tokens.first?.col, 17)
        // a byte order mark at the start counts too
        XCTAssertEqual(scanAll("\u{FEFF}x").tokens.first?.description, "name x@1:4")
        // gc-verified: the column of an error after multi-byte text
        XCTAssertEqual(diagnostics("package p\n\nvar s, ä = \"ä€𝄞\", 1 @\n"), ["x.go:3:28: invalid character U+0040 '@'"])
        XCTAssertEqual(diagnostics("\u{FEFF}package p; var x = @\n"), ["x.go:1:23: invalid character U+0040 '@'"])
    }

    func testPositionsAcrossLines() {
        // tabs count one byte; \r is white space; a raw string moves the line on
        XCTAssertEqual(scanAll("\t\tx\r\n\ty").tokens.map(\.description), ["name x@1:3", "; newline@1:5", "name y@2:2", "; EOF@2:3"])
        XCTAssertEqual(diagnostics("package p\n\nvar r = `a\nb\nc` @\n"), ["x.go:5:4: invalid character U+0040 '@'"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = 1\r\nvar y = @\r\n"), ["x.go:4:9: invalid character U+0040 '@'"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = \"\\t\" @"), ["x.go:3:14: invalid character U+0040 '@'"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = 1 /* a\nb */ y\n"),
                       ["x.go:4:6: syntax error: non-declaration statement outside function body"])
        XCTAssertEqual(diagnostics("package p\n\nvar x = 1 /* a b */ y\n"),
                       ["x.go:3:21: syntax error: unexpected name y after top level declaration"])
    }
}

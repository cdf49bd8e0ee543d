// Number literal syntax (gc's scanner messages and columns, checked with
// go build) and string/rune literal values and errors.
import XCTest
@testable import Constant

final class LiteralTests: XCTestCase {
    func testValidNumberKinds() {
        let cases: [(String, LiteralKind)] = [
            ("0", .int), ("42", .int), ("0x_FF", .int), ("0o17", .int), ("017", .int), ("0b1011", .int), ("1_000", .int),
            ("1.5", .float), (".5", .float), ("1.", .float), ("1e3", .float), ("1E-3", .float), ("0x1p-2", .float),
            ("0x_1p-2", .float), ("0x.8p1", .float), ("089.5", .float), ("089e1", .float), ("1_000.5", .float),
            ("2i", .imaginary), ("012i", .imaginary), ("089i", .imaginary), ("0x1p2i", .imaginary), ("1.5e3i", .imaginary),
            ("0o17i", .imaginary), ("0b11i", .imaginary),
        ]
        for (lit, kind) in cases {
            XCTAssertEqual(try? checkNumberLiteral(lit).get(), kind, lit)
        }
    }

    /// Messages and offsets as go build reports them (column - literal column).
    func testNumberErrors() {
        let cases: [(String, String, Int)] = [
            ("0x1.8", "hexadecimal mantissa requires a 'p' exponent", 5),
            ("0b12", "invalid digit '2' in binary literal", 3),
            ("089", "invalid digit '8' in octal literal", 1),
            ("0o8", "invalid digit '8' in octal literal", 2),
            ("1__0", "'_' must separate successive digits", 2),
            ("1_", "'_' must separate successive digits", 1),
            ("0_", "'_' must separate successive digits", 1),
            ("0o7.5", "invalid radix point in octal literal", 3),
            ("0b1.0", "invalid radix point in binary literal", 3),
            ("0b1e3", "'e' exponent requires decimal mantissa", 3),
            ("0o1E3", "'E' exponent requires decimal mantissa", 3),
            ("1p3", "'p' exponent requires hexadecimal mantissa", 1),
            ("0x1e3p", "exponent has no digits", 6),
            ("1e", "exponent has no digits", 2),
            ("1e+", "exponent has no digits", 3),
            ("0x", "hexadecimal literal has no digits", 2),
            ("0b", "binary literal has no digits", 2),
            ("0o_", "octal literal has no digits", 3),
            ("0xp1", "hexadecimal literal has no digits", 2),
        ]
        for (lit, msg, offset) in cases {
            switch checkNumberLiteral(lit) {
            case .success(let k): XCTFail("\(lit) accepted as \(k)")
            case .failure(let e):
                XCTAssertEqual(e.message, msg, lit)
                XCTAssertEqual(e.offset, offset, lit)
            }
        }
    }

    func testIntegerValues() {
        XCTAssertEqual(ConstantValue.fromLiteral("0x_FF", kind: .int), .int(255))
        XCTAssertEqual(ConstantValue.fromLiteral("017", kind: .int), .int(15))
        XCTAssertEqual(ConstantValue.fromLiteral("0", kind: .int), .int(0))
        XCTAssertEqual(ConstantValue.fromLiteral("089", kind: .int), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("0x", kind: .int), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("", kind: .float), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("1.2.3", kind: .float), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("1e", kind: .float), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("12", kind: .imaginary), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("012i", kind: .imaginary), .complex(.int(0), .rational(Rational(BigInt(12)))))
    }

    func testStrings() throws {
        XCTAssertEqual(try unquoteString("\"a\\x41\\101\\u00e9\\U0001F600\""), Array("aAAé😀".utf8))
        XCTAssertEqual(try unquoteString("\"\\xff\\000\""), [0xFF, 0])
        XCTAssertEqual(try unquoteString("`a\\n\r\nb`"), Array("a\\n\nb".utf8))
        XCTAssertEqual(try unquoteString("\"'\""), [0x27])
        XCTAssertEqual(try unquoteRune("'\"'"), 0x22)
        XCTAssertEqual(try unquoteRune("'\\''"), 0x27)
        XCTAssertEqual(try unquoteRune("'\\x80'"), 0x80)
        XCTAssertEqual(try unquoteRune("'世'"), 0x4E16)
        XCTAssertEqual(ConstantValue.fromLiteral("'\\xff'", kind: .rune), .int(255))
        XCTAssertEqual(ConstantValue.fromLiteral("\"\\xff\"", kind: .string), .string([255]))
        XCTAssertEqual(ConstantValue.fromLiteral("\"\\q\"", kind: .string), .unknown)
    }

    /// Messages and offsets as go build reports them.
    func testEscapeErrors() {
        let strings: [(String, String, Int)] = [
            ("\"\\q\"", "unknown escape", 2),
            ("\"\\8\"", "unknown escape", 2),
            ("\"\\'\"", "unknown escape", 2),
            ("\"\\400\"", "octal escape value 256 > 255", 5),
            ("\"\\uD800\"", "escape is invalid Unicode code point U+D800", 7),
            ("\"\\U00110000\"", "escape is invalid Unicode code point U+110000", 11),
            ("\"\\xZZ\"", "invalid character 'Z' in hexadecimal escape", 3),
            ("\"\\x4\"", "invalid character '\"' in hexadecimal escape", 4),
            ("\"\\19\"", "invalid character '9' in octal escape", 3),
            ("\"abc\n\"", "newline in string", 4),
            ("\"abc", "string not terminated", 0),
            ("`abc", "string not terminated", 0),
        ]
        for (lit, msg, offset) in strings {
            do {
                _ = try unquoteString(lit)
                XCTFail("\(lit) accepted")
            } catch {
                XCTAssertEqual(error.message, msg, lit)
                XCTAssertEqual(error.offset, offset, lit)
            }
        }
        let runes: [(String, String, Int)] = [
            ("'ab'", "more than one character in rune literal", 0),
            ("''", "empty rune literal or unescaped '", 1),
            ("'\\\"'", "unknown escape", 2),
            ("'\\U00110000'", "escape is invalid Unicode code point U+110000", 11),
            ("'\\uDFFF'", "escape is invalid Unicode code point U+DFFF", 7),
            ("'a\n'", "newline in rune literal", 2),
            ("'a", "rune literal not terminated", 0),
        ]
        for (lit, msg, offset) in runes {
            do {
                _ = try unquoteRune(lit)
                XCTFail("\(lit) accepted")
            } catch {
                XCTAssertEqual(error.message, msg, lit)
                XCTAssertEqual(error.offset, offset, lit)
            }
        }
    }
}

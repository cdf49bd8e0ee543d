// Formatting of constants as gc prints them: %.6g / %g of floats, Go
// quoting of strings and runes, long string truncation, complex values.
import XCTest
import Base
@testable import Constant

final class FormatTests: XCTestCase {
    func testFormatGGolden() {
        for (bits, g6, shortest) in goldenFormatG {
            let x = Double(bitPattern: bits)
            XCTAssertEqual(formatG(x, precision: 6), g6, "%.6g of \(x)")
            XCTAssertEqual(formatG(x, precision: nil), shortest, "%g of \(x)")
        }
    }

    func testQuoteGolden() {
        for (bytes, want) in goldenQuote {
            XCTAssertEqual(goQuote(bytes), want, "Quote \(bytes)")
        }
        for (r, want) in goldenQuoteRune {
            XCTAssertEqual(quoteRune(r), want, "QuoteRune \(r)")
        }
    }

    func testSimpleValues() {
        XCTAssertEqual(ConstantValue.unknown.description, "unknown")
        XCTAssertEqual(ConstantValue.make(true).description, "true")
        XCTAssertEqual(ConstantValue.make(false).exactString, "false")
        XCTAssertEqual(ConstantValue.make("a\"b").description, "\"a\\\"b\"")
        XCTAssertEqual(ConstantValue.make(Int64(-42)).description, "-42")
        XCTAssertEqual(ConstantValue.make(0.1).description, "0.1")
        XCTAssertEqual(ConstantValue.make(-0.0).description, "0")
        XCTAssertEqual(ConstantValue.make(Double.infinity), .unknown)
        XCTAssertEqual(ConstantValue.make(Double.nan), .unknown)
        XCTAssertEqual(ConstantValue.make(numerator: 1, denominator: 3).description, "0.333333")
        XCTAssertEqual(ConstantValue.make(numerator: 1, denominator: 3).exactString, "1/3")
        XCTAssertEqual(ConstantValue.make(numerator: 1, denominator: -3).exactString, "-1/3")
        XCTAssertEqual(ConstantValue.make(numerator: 1, denominator: 0), .unknown)
    }

    func testComplexFormatting() throws {
        let c = try ConstantValue.binary(.make(Int64(1)), .add, ConstantValue.fromLiteral("2i", kind: .imaginary))
        XCTAssertEqual(c.description, "(1 + 2i)")
        let n = try ConstantValue.unary(.minus, c)
        XCTAssertEqual(n.description, "(-1 + -2i)")
        XCTAssertEqual(ConstantValue.fromLiteral("1e39i", kind: .imaginary).description, "(0 + 1e+39i)")
    }

    func testHugeFloatFormatting() {
        // Out of float64's range: go/constant's approximate "%.6ge%+d".
        XCTAssertEqual(ConstantValue.fromLiteral("1e1000", kind: .float).description, "1e+1000")
        XCTAssertEqual(ConstantValue.fromLiteral("-1e1000", kind: .float).description, "unknown") // '-' is not part of a literal
        XCTAssertEqual(ConstantValue.fromLiteral("0x1p-5000", kind: .float).description, "0.707981e-1505") // Go's own quirk
        XCTAssertEqual(try ConstantValue.unary(.minus, .fromLiteral("1e1000", kind: .float)).description, "-1e+1000")
    }

    func testStringTruncation() {
        // 72 runes of quoted form are shown in full; longer ones keep 69 and add "...".
        let s70 = ConstantValue.make(String(repeating: "a", count: 70))
        XCTAssertEqual(s70.description.count, 72)
        let s71 = ConstantValue.make(String(repeating: "a", count: 71))
        XCTAssertEqual(s71.description, "\"" + String(repeating: "a", count: 68) + "...")
        XCTAssertEqual(s71.exactString.count, 73)
        let sNL = ConstantValue.make(String(repeating: "\n", count: 40))
        XCTAssertTrue(sNL.description.hasSuffix("\\n\\n..."))
    }

    func testHexFloatExactString() {
        XCTAssertEqual(ConstantValue.fromLiteral("0x1p5000", kind: .float).exactString, "0x.8p+5001")
        XCTAssertEqual(ConstantValue.fromLiteral("0x1.8p-5000", kind: .float).exactString, "0x.cp-4999")
    }
}

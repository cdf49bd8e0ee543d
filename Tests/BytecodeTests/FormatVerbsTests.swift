// FormatVerbs decides which Printf operands get their String or Error method
// called; each case is what fmt itself does (checked against Go in
// Programs/run/fmt_stringer_verbs.go).

import XCTest
@testable import Bytecode

final class FormatVerbsTests: XCTestCase {
    func ops(_ f: String, _ n: Int) -> [Int] {
        FormatVerbs.methodOperands(Array(f.utf8), count: n).sorted()
    }

    func testMethodVerbs() {
        XCTAssertEqual(ops("%v %s %q %x %X", 5), [0, 1, 2, 3, 4])
        XCTAssertEqual(ops("%d %f %t %o %b %c %U %e %g %p %T", 11), [])
        XCTAssertEqual(ops("%#v %+v %-8v", 3), [1, 2])
        XCTAssertEqual(ops("%w", 1), [0])
    }

    func testWidthPrecisionAndPercent() {
        XCTAssertEqual(ops("%*s|%.*d", 4), [1])
        XCTAssertEqual(ops("%d%% %5.2v", 2), [1])
        XCTAssertEqual(ops("%5.", 1), [])    // "." is the verb here: a bad verb calls no method
    }

    func testExtraMissingAndIndexes() {
        XCTAssertEqual(ops("%d", 3), [1, 2])          // EXTRA operands print with %v
        XCTAssertEqual(ops("%d %v", 1), [])           // %v has no operand
        XCTAssertEqual(ops("%[2]d %[1]v", 2), [0])    // reordered: no EXTRA
        XCTAssertEqual(ops("%[3]v %d", 1), [])        // BADINDEX takes no operand; reordered: no EXTRA
        XCTAssertEqual(ops("%[1]d", 2), [])
    }

    func testMask() {
        XCTAssertEqual(FormatVerbs.methodMask(Array("%d %s".utf8), count: 2), 0b10)
        XCTAssertEqual(FormatVerbs.methodMask(Array(String(repeating: "%d", count: 63).utf8) + Array("%s".utf8), count: 64), 1 << 63)
    }
}

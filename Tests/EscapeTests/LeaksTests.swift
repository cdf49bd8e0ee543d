import XCTest
@testable import Escape

final class LeaksTests: XCTestCase {
    func testEncoding() {
        var l = Leaks()
        XCTAssertEqual(l.encoded, "esc:")
        l.addHeap(0)
        XCTAssertEqual(l.encoded, "")
    }
}

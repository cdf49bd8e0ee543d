// Unit tests of the parameter leak summaries (gc's leaks.go).

import XCTest
@testable import Escape

final class LeaksTests: XCTestCase {
    func testEncoding() {
        var l = Leaks()
        XCTAssertEqual(l.encoded, "esc:")
        l.addHeap(0)
        XCTAssertEqual(l.encoded, "")
        XCTAssertEqual(Leaks.heapLeak, l)
    }

    func testMinimumDerefsWin() {
        var l = Leaks()
        l.addResult(0, 2)
        l.addResult(0, 1)
        l.addResult(0, 3)
        XCTAssertEqual(l.result(0), 1)
        XCTAssertEqual(l.heap, -1)
        XCTAssertEqual(l.encoded, "esc:0,0,0,2")
    }

    func testOptimizeDropsCoveredFlows() {
        var l = Leaks()
        l.addHeap(1)
        l.addResult(0, 1)
        l.addResult(1, 0)
        l.addMutator(2)
        l.optimize()
        XCTAssertEqual(l.result(0), -1, "a result flow at >= the heap derefs is covered by the heap")
        XCTAssertEqual(l.result(1), 0)
        XCTAssertEqual(l.mutator, -1)
    }

    func testSaturation() {
        var l = Leaks()
        l.addHeap(1000)
        XCTAssertEqual(l.heap, 254)
    }

    func testTableEntries() {
        // fmt.Println's ...any leaks its content (derefs 1), as Go's export data says
        XCTAssertEqual(StdTags.table["fmt.Println"].map { Leaks(raw: $0[0]).heap }, 1)
        XCTAssertEqual(StdTags.table["strings.Join"].map { Leaks(raw: $0[0]).result(0) }, 1)
    }
}

// The opcode table is the single source of truth: it must have one entry
// per opcode, named as the case, and packing must round-trip every field.

import XCTest
@testable import Bytecode

final class OpcodeTableTests: XCTestCase {
    func testTableMatchesEnum() {
        XCTAssertEqual(opTable.count, Opcode.allCases.count)
        for op in Opcode.allCases {
            XCTAssertEqual(op.info.name, "\(op)", "table entry \(op.rawValue)")
            XCTAssertFalse(op.info.meaning.isEmpty)
        }
    }

    func testPackingRoundTrips() {
        let w = encode(.addI, a: 65535, b: 1234, c: 7, d: 200)
        XCTAssertEqual(w.opByte, Opcode.addI.rawValue)
        XCTAssertEqual(w.fA, 65535)
        XCTAssertEqual(w.fB, 1234)
        XCTAssertEqual(w.fC, 7)
        XCTAssertEqual(w.fD, 200)
        let j = encodeBC(.jt, a: 3, bc: -5)
        XCTAssertEqual(j.fA, 3)
        XCTAssertEqual(j.fsBC, -5)
        let k = encode(.addIK, a: 1, b: 2, c: -3)
        XCTAssertEqual(k.fsC, -3)
        let n = encodeBC(.call, a: 9, bc: 100_000)
        XCTAssertEqual(n.fBC, 100_000)
    }

    func testNativeNamesAreUnique() {
        let names = NativeID.allCases.map(\.name)
        XCTAssertEqual(Set(names).count, names.count)
        XCTAssertEqual(NativeID.byGoName["fmt.Println"], .fmtPrintln)
    }
}

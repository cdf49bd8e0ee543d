// Layout against gc: sizes, alignments, offsets and pointer maps of a set of
// types, with expectations printed by real Go 1.27 (reflect and the runtime's
// type descriptors: Size, Align, PtrBytes and GCData bits), recorded below.

import XCTest
import Base
import Syntax
@testable import Types

final class LayoutTests: XCTestCase {
    static let source = """
    package p

    import "unsafe"

    type S1 struct {
    \ta int8
    \tb int64
    \tc int8
    }
    type S2 struct {
    \tp *int
    \tx int
    \ts string
    \tq []byte
    }
    type S3 struct {
    \tx  int32
    \ti  any
    \tm  map[int]int
    \tch chan int
    \tf  func()
    }
    type S4 struct {
    \ta [3]*int
    \tb [2]struct {
    \t\tx int
    \t\ty *int
    \t}
    }
    type S5 struct {
    \tx int64
    \ty struct{}
    }
    type S6 struct {
    \tb  bool
    \tc  complex64
    \td  complex128
    \tu  uint16
    \tup unsafe.Pointer
    }
    type S7 struct {
    \te error
    \tn [0]*int
    \tz int
    }
    type Arr [4]string
    type Arr2 [3][2]*int
    type Mix struct {
    \ta uint8
    \ts []string
    \tb [2]bool
    \tp *S1
    }
    """

    /// name: (size, align, ptrdata, bits) as real Go reports them.
    static let expected: [(String, Int64, Int64, Int64, String)] = [
        ("S1", 24, 8, 0, ""),
        ("S2", 56, 8, 40, "10101"),
        ("S3", 48, 8, 48, "001111"),
        ("S4", 56, 8, 56, "1110101"),
        ("S5", 16, 8, 0, ""),
        ("S6", 48, 8, 48, "000001"),
        ("S7", 24, 8, 16, "01"),
        ("Arr", 64, 8, 56, "1010101"),
        ("Arr2", 48, 8, 48, "111111"),
        ("Mix", 48, 8, 48, "010001"),
    ]

    func testLayoutMatchesGc() throws {
        let errors = DiagnosticList(limit: 0)
        let file = try XCTUnwrap(Parser.parse(SourceFile(id: 1, name: "p.go", text: Self.source), errors: errors))
        let pkg = Checker.checkPackage(files: [file], errors: errors, path: "p")
        XCTAssertTrue(errors.isEmpty, "\(errors.sorted())")
        for (name, size, align, ptr, bits) in Self.expected {
            let t = try XCTUnwrap(pkg.scope.lookup(name)?.type, name)
            XCTAssertEqual(Layout.sizeof(t), size, "size of \(name)")
            XCTAssertEqual(Layout.alignof(t), align, "align of \(name)")
            let pm = Layout.pointerMap(t)
            XCTAssertEqual(pm.ptrBytes, ptr, "ptrdata of \(name)")
            XCTAssertEqual(pm.bitString, bits, "pointer bits of \(name)")
            XCTAssertEqual(Layout.hasPointers(t), ptr > 0, "hasPointers of \(name)")
        }
    }
}

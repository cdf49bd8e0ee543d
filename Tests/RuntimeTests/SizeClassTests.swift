// SizeClassTests — gosub's size classes against Go 1.27's tables (GoTables.swift).
import XCTest
@testable import Runtime

final class SizeClassTests: XCTestCase {
    func testClassTablesEqualGo() {
        XCTAssertEqual(SizeClasses.size.count, 68)
        XCTAssertEqual(SizeClasses.size, GoTables.sizeClassToSize)
        XCTAssertEqual(SizeClasses.npages, GoTables.sizeClassToNPages)
        XCTAssertEqual(SizeClasses.sizeToClass8.map(Int.init), GoTables.sizeToSizeClass8)
        XCTAssertEqual(SizeClasses.sizeToClass128.map(Int.init), GoTables.sizeToSizeClass128)
        XCTAssertEqual(SizeClasses.sizeToClass8.count, 129)
        XCTAssertEqual(SizeClasses.sizeToClass128.count, 249)
    }

    /// Go's lookup, done with Go's literal tables.
    private func goClass(_ n: Int) -> Int {
        if n == 0 { return 0 }
        if n <= 1024 - 8 { return GoTables.sizeToSizeClass8[(n + 7) >> 3] }
        return GoTables.sizeToSizeClass128[(n - 1024 + 127) >> 7]
    }

    func testEverySizeUpTo32768() {
        for n in 1...32768 {
            let c = SizeClasses.sizeClass(for: n)
            XCTAssertEqual(c, goClass(n), "size \(n)")
            // The smallest class that fits.
            XCTAssertGreaterThanOrEqual(SizeClasses.size[c], n)
            XCTAssertLessThan(SizeClasses.size[c - 1], n, "size \(n)")
        }
        XCTAssertEqual(goClass(0), 0)
    }

    func testTableCommentColumns() {
        XCTAssertEqual(GoTables.rows.count, 67)
        for r in GoTables.rows {
            XCTAssertEqual(SizeClasses.size[r.cls], r.size)
            XCTAssertEqual(SizeClasses.npages[r.cls] * 8192, r.spanBytes)
            // Objects per span before any reservation = Go's "objects" column.
            XCTAssertEqual(r.spanBytes / r.size, r.objects)
            XCTAssertEqual(r.spanBytes - r.objects * r.size, r.tail)
            // Min align: largest power of two dividing the size, capped at 8192.
            let align = min(8192, r.size & -r.size)
            XCTAssertEqual(align, r.align, "class \(r.cls)")
        }
    }

    func testDivMagicDividesEveryOffset() {
        for c in 1..<68 {
            let size = SizeClasses.size[c]
            let magic = SizeClasses.divMagic[c]
            XCTAssertEqual(magic, UInt32.max / UInt32(size) &+ 1)
            let span = SizeClasses.npages[c] * 8192
            var off = 0
            while off < span {
                XCTAssertEqual(Int((UInt64(off) * UInt64(magic)) >> 32), off / size, "class \(c) offset \(off)")
                off += max(1, size / 7)
            }
        }
    }

    /// Go 1.27 (Green Tea) objects per span: RUNTIME-REFERENCE §1.2, column
    /// "reduced nelems" (noscan 1.26+ / scan 1.26+) for classes 1...26; larger
    /// classes keep Go's "objects" column.
    func testObjectsPerSpanGreenTea() {
        let noscan = [1024, 504, 336, 252, 168, 126, 100, 84, 72, 63, 56, 50, 45, 42, 38, 36, 33, 31, 28, 25, 22, 21, 19, 18, 16, 15]
        let scan = [1008, 496, 330, 248, 165, 124, 99, 82, 70, 62, 55, 49, 45, 41, 38, 35, 33, 31, 27, 24, 22, 20, 19, 17, 16, 15]
        for c in 1...26 {
            XCTAssertEqual(SizeClasses.objectsPerSpan(sizeClass: c, noscan: true), noscan[c - 1], "noscan class \(c)")
            XCTAssertEqual(SizeClasses.objectsPerSpan(sizeClass: c, noscan: false), scan[c - 1], "scan class \(c)")
        }
        for r in GoTables.rows where r.cls > 26 {
            XCTAssertEqual(SizeClasses.objectsPerSpan(sizeClass: r.cls, noscan: true), r.objects)
            XCTAssertEqual(SizeClasses.objectsPerSpan(sizeClass: r.cls, noscan: false), r.objects)
        }
    }

    func testSpanClasses() {
        XCTAssertEqual(SpanClass.tiny.raw, 5)
        let s = SpanClass(sizeClass: 67, noscan: false)
        XCTAssertEqual(s.raw, 134)
        XCTAssertEqual(s.sizeClass, 67)
        XCTAssertFalse(s.noscan)
        XCTAssertEqual(SpanClass(sizeClass: 67, noscan: true).index, 135)
    }

    /// Go's roundupsize (append's capacity rounding). The noscan values and the
    /// pointerful 520-byte one are what go-oracle's append gives (cap*elemsize).
    func testRoundUpSize() {
        XCTAssertEqual(SizeClasses.roundUpSize(5, noscan: true), 8)
        XCTAssertEqual(SizeClasses.roundUpSize(17, noscan: true), 24)
        XCTAssertEqual(SizeClasses.roundUpSize(1017, noscan: true), 1024)
        XCTAssertEqual(SizeClasses.roundUpSize(1025, noscan: true), 1152)
        XCTAssertEqual(SizeClasses.roundUpSize(513, noscan: true), 576)
        XCTAssertEqual(SizeClasses.roundUpSize(513, noscan: false), 568)
        XCTAssertEqual(SizeClasses.roundUpSize(520, noscan: false), 568)
        XCTAssertEqual(SizeClasses.roundUpSize(32760, noscan: true), 32768)
        XCTAssertEqual(SizeClasses.roundUpSize(32761, noscan: true), 32768)
        XCTAssertEqual(SizeClasses.roundUpSize(32769, noscan: true), 40960)
    }
}

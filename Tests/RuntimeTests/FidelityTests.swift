// FidelityTests — the allocation loops of Programs/alloc/*.go replayed on the
// allocator, checked against what real Go printed (Programs/alloc/*.out).
// Only loops whose allocation sizes are evident from the source are replayed
// (maps, append growth, strconv and closures need the VM and its runtime).
import XCTest
@testable import Runtime

final class FidelityTests: XCTestCase {
    struct Delta: Equatable, CustomStringConvertible {
        var mallocs: UInt64
        var totalAlloc: UInt64
        var heapObjects: Int64
        var description: String { "mallocs=\(mallocs) totalalloc=\(totalAlloc) heapobjects=\(heapObjects)" }
    }

    /// name -> numbers, from an .out file beside the Go program.
    private func expected(_ file: String) throws -> [String: Delta] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Programs/alloc/\(file)").standardized
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [String: Delta] = [:]
        for line in text.split(separator: "\n") {
            guard let r = line.range(of: " mallocs=") else { continue }
            let name = line[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
            var d = Delta(mallocs: 0, totalAlloc: 0, heapObjects: 0)
            for field in line[r.lowerBound...].split(separator: " ") {
                let kv = field.split(separator: "=")
                switch kv[0] {
                case "mallocs": d.mallocs = UInt64(kv[1])!
                case "totalalloc": d.totalAlloc = UInt64(kv[1])!
                case "heapobjects": d.heapObjects = Int64(kv[1])!
                default: break
                }
            }
            out[name] = d
        }
        return out
    }

    /// Go's measure(): ReadMemStats (which flushes the mcache), the loop, ReadMemStats.
    private func measure(_ heap: MHeap, _ body: () -> Void) -> Delta {
        let a = heap.readMemStats()
        body()
        let b = heap.readMemStats()
        return Delta(mallocs: b.mallocs - a.mallocs, totalAlloc: b.totalAlloc - a.totalAlloc,
                     heapObjects: Int64(b.heapObjects) - Int64(a.heapObjects))
    }

    func testSmallValues() throws {
        let want = try expected("alloc_small.out")
        let heap = MHeap()
        let c = heap.makeMCache()
        let node = FakeType(size: 16, pointerWords: [0])
        let rec = FakeType(size: 40, pointerWords: [0, 2])
        let cases: [(String, () -> Void)] = [
            ("int", { for _ in 0..<1000 { _ = c.mallocNoScan(8) } }),
            ("[3]byte", { for _ in 0..<1000 { _ = c.mallocNoScan(3) } }),
            ("int32", { for _ in 0..<1000 { _ = c.mallocNoScan(4) } }),
            ("[12]byte", { for _ in 0..<1000 { _ = c.mallocNoScan(12) } }),
            ("pair", { for _ in 0..<1000 { _ = c.mallocNoScan(16) } }),
            ("node", { for _ in 0..<1000 { _ = c.malloc(16, type: node.layout) } }),
            ("rec", { for _ in 0..<1000 { _ = c.malloc(40, type: rec.layout) } }),
            ("triple", { for _ in 0..<1000 { _ = c.mallocNoScan(24) } }),
            ("any(triple)", { for _ in 0..<1000 { _ = c.mallocNoScan(24) } }),
        ]
        for (name, body) in cases {
            XCTAssertEqual(measure(heap, body), want[name], name)
        }
        heap.verifyInvariants()
    }

    func testSlices() throws {
        let want = try expected("alloc_slices.out")
        let heap = MHeap()
        let c = heap.makeMCache()
        let ptr = FakeType(size: 8, pointerWords: [0])
        for k in [5, 16, 24, 100, 1000, 1025, 5000, 20000] {
            XCTAssertEqual(measure(heap) { for _ in 0..<200 { _ = c.mallocNoScan(k) } }, want["[]byte(\(k))"], "[]byte(\(k))")
        }
        for k in [1, 3, 10, 64, 65, 100] {
            XCTAssertEqual(measure(heap) { for _ in 0..<200 { _ = c.malloc(8 * k, type: ptr.layout) } }, want["[]*int(\(k))"], "[]*int(\(k))")
        }
        XCTAssertEqual(measure(heap) { for _ in 0..<200 { _ = c.mallocNoScan(56) } }, want["[]int(7)"])
        heap.verifyInvariants()
    }

    func testStringsAndLargeObjects() throws {
        let want = try expected("alloc_mixed.out")
        let heap = MHeap()
        let c = heap.makeMCache()
        // "alpha"+"beta" (9 bytes) and "beta"+"beta" (8 bytes), alternately.
        XCTAssertEqual(measure(heap) { for i in 0..<100 { _ = c.mallocNoScan(i % 2 == 0 ? 9 : 8) } }, want["concat short"])
        XCTAssertEqual(measure(heap) { for _ in 0..<100 { _ = c.mallocNoScan(46) } }, want["concat long"])
        XCTAssertEqual(measure(heap) { for _ in 0..<10 { _ = c.mallocNoScan(80000) } }, want["large [10000]int64"])
        for k in [32760, 32761, 32768, 40000, 100000] {
            XCTAssertEqual(measure(heap) { for _ in 0..<5 { _ = c.mallocNoScan(k) } }, want["[]byte(\(k))"], "[]byte(\(k))")
        }
        heap.verifyInvariants()
    }
}

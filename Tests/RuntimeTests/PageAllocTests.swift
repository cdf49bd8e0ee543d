// PageAllocTests — the page allocator against a simple model: a set of free
// pages searched first-fit in address order.
import XCTest
@testable import Runtime

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class PageAllocTests: XCTestCase {
    func testFirstFitMatchesModel() {
        let pa = PageAlloc()
        let base: UInt = 0x7700_0000_0000
        let cb = UInt(MemConst.chunkBytes)
        // Three adjacent chunks, a gap, one more chunk (added out of order).
        pa.grow(base + 4 * cb, MemConst.chunkBytes)
        pa.grow(base, 3 * MemConst.chunkBytes)
        let chunks = [base, base + cb, base + 2 * cb, base + 4 * cb]
        var pagesList: [UInt] = []
        for c in chunks { for k in 0..<512 { pagesList.append(c + UInt(k * 8192)) } }
        var free = Set(pagesList)
        func modelFit(_ n: Int) -> UInt? {
            var run = 0
            var start: UInt = 0
            var prev: UInt = 0
            for p in pagesList {
                if free.contains(p) {
                    if run > 0 && p == prev + 8192 { run += 1 } else { run = 1; start = p }
                } else { run = 0 }
                prev = p
                if run == n { return start }
            }
            return nil
        }
        var rng = SplitMix64(seed: 7)
        var live: [(UInt, Int)] = []
        for step in 0..<3000 {
            if live.isEmpty || rng.next() % 3 != 0 {
                let n = rng.next() % 10 == 0 ? Int(rng.next() % 1300) + 1 : Int(rng.next() % 40) + 1
                let want = modelFit(n)
                let got = pa.alloc(n)
                XCTAssertEqual(got?.base, want, "step \(step) n \(n)")
                if let g = got {
                    for k in 0..<n { free.remove(g.base + UInt(k * 8192)) }
                    live.append((g.base, n))
                }
            } else {
                let i = Int(rng.next() % UInt64(live.count))
                let (b, n) = live.remove(at: i)
                pa.free(b, n)
                for k in 0..<n { free.insert(b + UInt(k * 8192)) }
            }
            XCTAssertEqual(pa.freePages, free.count)
        }
        for c in 0..<pa.chunkBase.count { XCTAssertEqual(pa.summarize(c), pa.sums[c]) }
        // Scavenging marks only free pages and never twice.
        let before = pa.scavengedPages
        let runs = pa.scavenge(maxPages: 100)
        XCTAssertEqual(runs.reduce(0) { $0 + $1.npages }, min(100, free.count - before))
        for r in runs { for k in 0..<r.npages { XCTAssertTrue(free.contains(r.base + UInt(k * 8192))) } }
        XCTAssertEqual(pa.countBits().scavengedAllocated, 0)
        XCTAssertEqual(pa.countBits().scavengedFree, pa.scavengedPages)
    }

    /// The background scavenger passes over chunks that are nearly full (>= 496 of 512 pages in use).
    func testBackgroundScavengingSkipsDenseChunks() {
        let pa = PageAlloc()
        let base: UInt = 0x7800_0000_0000
        pa.grow(base, 2 * MemConst.chunkBytes)
        // Use everything, then free 10 pages in the first chunk (502 in use: dense) and 100 in the second.
        _ = pa.alloc(1024)
        pa.free(base + UInt(100 * 8192), 10)
        pa.free(base + UInt((512 + 100) * 8192), 100)
        let runs = pa.scavenge(maxPages: 1000, skipDense: true)
        XCTAssertEqual(runs.map(\.npages), [100])
        XCTAssertEqual(runs.first?.base, base + UInt((512 + 100) * 8192))
        let all = pa.scavenge(maxPages: 1000)
        XCTAssertEqual(all.map(\.npages), [10])
        XCTAssertEqual(pa.scavengedPages, 110)
    }
}

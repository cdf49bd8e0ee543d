// StressTests — random sizes, kinds and lifetimes on two mcaches, GC cycles
// that keep exactly the live set, and the invariant checker after each cycle.
// Catches overlap (stamps), use after free (poison), misalignment, counter drift.
import XCTest
@testable import Runtime

final class StressTests: XCTestCase {
    struct Obj {
        var addr: UInt
        var size: Int
        var death: Int
    }

    private func stamp(_ o: Obj) -> UInt64 { UInt64(o.addr) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(o.size) }

    private func write(_ o: Obj) {
        let b = UnsafeMutablePointer<UInt8>(bitPattern: o.addr)!
        let v = stamp(o)
        for k in 0..<min(o.size, 8) { b[k] = UInt8(truncatingIfNeeded: v >> UInt64(8 * k)) }
        if o.size > 16 { for k in 0..<8 { b[o.size - 8 + k] = UInt8(truncatingIfNeeded: v >> UInt64(8 * k)) } }
    }

    private func intact(_ o: Obj) -> Bool {
        let b = UnsafeMutablePointer<UInt8>(bitPattern: o.addr)!
        let v = stamp(o)
        for k in 0..<min(o.size, 8) where b[k] != UInt8(truncatingIfNeeded: v >> UInt64(8 * k)) { return false }
        if o.size > 16 {
            for k in 0..<8 where b[o.size - 8 + k] != UInt8(truncatingIfNeeded: v >> UInt64(8 * k)) { return false }
        }
        return true
    }

    func testRandomizedChurnUnderInvariantChecker() {
        let heap = MHeap()
        heap.poisonFreed = true
        let caches = [heap.makeMCache(), heap.makeMCache()]
        let types = [FakeType(size: 8, pointerWords: [0]), FakeType(size: 24, pointerWords: [0, 2]),
                     FakeType(size: 48, pointerWords: [1]), FakeType(size: 1000, pointerWords: [0, 5, 9])]
        var rng = SplitMix64(seed: 2026)
        var live: [Obj] = []
        var allocations: UInt64 = 0
        let rounds = 40, perRound = 50_000
        for round in 0..<rounds {
            for _ in 0..<perRound {
                let r = rng.next()
                let size: Int
                switch r % 100 {
                case 0..<45: size = Int(r >> 8 % 16)               // tiny and zero
                case 45..<80: size = Int(r >> 8 % 256) + 1
                case 80..<95: size = Int(r >> 8 % 2048) + 1
                case 95..<99: size = Int(r >> 8 % 32760) + 1
                default: size = Int(r >> 8 % 300_000) + 32761
                }
                let c = caches[Int(r >> 40 & 1)]
                let scan = (r >> 41) & 3 == 0 && size >= 8
                let addr = scan ? c.malloc(size, type: types[Int(r >> 44) % types.count].layout) : c.mallocNoScan(size)
                if size == 0 { XCTAssertEqual(addr, heap.zerobase); continue }
                allocations += 1
                // Alignment: Go guarantees the largest power of two dividing the size, up to 8
                // (16 for tiny objects aligned by their size).
                let want = size & 7 == 0 ? 8 : size & 3 == 0 ? 4 : size & 1 == 0 ? 2 : 1
                if addr % UInt(want) != 0 { XCTFail("0x\(String(addr, radix: 16)) size \(size) misaligned"); return }
                let b = UnsafePointer<UInt8>(bitPattern: addr)!
                for k in 0..<min(size, 64) where b[k] != 0 { XCTFail("size \(size) not zeroed at \(k)"); return }
                let lifetime = r >> 50 % 4 == 0 ? Int(rng.next() % 8) : 0
                let o = Obj(addr: addr, size: size, death: round + lifetime)
                write(o)
                if lifetime > 0 { live.append(o) }
            }
            // A GC cycle that keeps the objects whose time has not come.
            live.removeAll { $0.death <= round }
            heap.gcStartMark()
            for o in live { heap.markObject(o.addr) }
            heap.gcFinishMark()
            switch round % 3 {
            case 0: heap.sweepAll()
            case 1: for _ in 0..<50 { heap.sweepOne() }     // part now, the rest lazily
            default: break                                   // all lazily, in cacheSpan
            }
            if round % 5 == 4 { heap.scavenge(bytes: 1 << 20) }
            for o in live where !intact(o) {
                XCTFail("round \(round): object 0x\(String(o.addr, radix: 16)) size \(o.size) was overwritten"); return
            }
            let sorted = live.sorted { $0.addr < $1.addr }
            for i in 1..<max(1, sorted.count) where sorted[i - 1].addr + UInt(sorted[i - 1].size) > sorted[i].addr {
                XCTFail("round \(round): objects overlap at 0x\(String(sorted[i].addr, radix: 16))"); return
            }
            let errs = heap.checkInvariants()
            if !errs.isEmpty { XCTFail("round \(round):\n" + errs.joined(separator: "\n")); return }
            let m = heap.memStatsNoFlush()
            if ProcessInfo.processInfo.environment["STRESS_VERBOSE"] != nil {
                print("round \(round): live \(live.count) (\(live.reduce(0) { $0 + $1.size } >> 10) KiB) HeapAlloc \(m.heapAlloc >> 10) KiB HeapInuse \(m.heapInuse >> 10) KiB HeapSys \(m.heapSys >> 20) MiB")
            }
            XCTAssertEqual(m.mallocs, allocations, "round \(round)")
            XCTAssertEqual(m.frees + m.heapObjects, m.mallocs)
            XCTAssertGreaterThanOrEqual(m.heapAlloc, UInt64(live.reduce(0) { $0 + $1.size }) / 2)
        }
        heap.sweepAll()
        let m = heap.readMemStats()
        XCTAssertEqual(m.mallocs, allocations)
        XCTAssertEqual(m.heapSys, m.heapInuse + m.heapIdle)
        heap.verifyInvariants()
        print("stress: \(allocations) allocations, \(m.heapObjects) objects live, HeapSys \(m.heapSys >> 20) MiB")
    }
}

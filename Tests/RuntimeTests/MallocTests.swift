// MallocTests — allocation paths, alignment, zeroing, metadata, counters, events.
import XCTest
@testable import Runtime

/// A type layout whose every word is a pointer (size bytes, size/8 pointer words).
final class FakeType {
    let mask: UnsafeMutablePointer<UInt8>
    let layout: TypeLayout
    init(size: Int, pointerWords: [Int], descriptor: UInt = 0x1234_5678) {
        let words = max(1, size / 8)
        mask = .allocate(capacity: (words + 7) / 8)
        mask.initialize(repeating: 0, count: (words + 7) / 8)
        for w in pointerWords { mask[w >> 3] |= 1 << UInt8(w & 7) }
        let ptrBytes = (pointerWords.max().map { $0 + 1 } ?? 0) * 8
        layout = TypeLayout(descriptor: descriptor, size: size, ptrBytes: ptrBytes, gcmask: UnsafePointer(mask))
    }
    deinit { mask.deallocate() }
}

final class EventLog: AllocEventSink {
    var events: [MemEvent] = []
    func record(_ event: MemEvent) { events.append(event) }
    var allocs: [AllocRecord] {
        events.compactMap { if case .alloc(let r) = $0 { return r } else { return nil } }
    }
}

final class MallocTests: XCTestCase {
    func testZeroSizeAllocationsShareOneAddress() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let a = c.mallocNoScan(0)
        let t = FakeType(size: 0, pointerWords: [])
        let b = c.malloc(0, type: t.layout)
        let p = FakeType(size: 8, pointerWords: [0])
        let d = c.malloc(0, type: p.layout)
        XCTAssertEqual(a, heap.zerobase)
        XCTAssertEqual(b, heap.zerobase)
        XCTAssertEqual(d, heap.zerobase)
        XCTAssertNil(heap.spanOf(a), "zerobase lies outside the arenas")
        XCTAssertEqual(heap.readMemStats().mallocs, 0)
    }

    func testHeapAddressesLookLikeGo() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let p = c.mallocNoScan(64)
        XCTAssertTrue(heap.inHeapArena(p))
        XCTAssertEqual(p % 64, 0)
        // First arena at Go's hint when nobody else holds it.
        XCTAssertGreaterThanOrEqual(p, 0xc0_0000_0000)
    }

    func testSmallObjectsAlignedAndDistinct() {
        let heap = MHeap()
        let c = heap.makeMCache()
        for cls in 2..<67 {
            let size = SizeClasses.size[cls]
            let align = min(8192, size & -size)
            var seen = Set<UInt>()
            for _ in 0..<3 {
                let p = c.mallocNoScan(size)
                XCTAssertEqual(p % UInt(align), 0, "class \(cls)")
                XCTAssertTrue(seen.insert(p).inserted)
                let s = heap.spanOfHeap(p)!
                XCTAssertEqual(s.pointee.sizeClass, cls)
                XCTAssertTrue(s.pointee.spanclass.noscan)
                XCTAssertEqual(heap.findObject(p + UInt(size - 1))?.base, p)
            }
        }
        // 32768 is a size class, but above 32760 every object is large (Go 1.22+).
        XCTAssertEqual(heap.spanOfHeap(c.mallocNoScan(32768))?.pointee.sizeClass, 0)
        heap.verifyInvariants()
    }

    func testTinyAllocatorAlignmentAndPacking() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let a = c.mallocNoScan(1)           // new block, offset 0
        let b = c.mallocNoScan(2)           // 2-aligned: offset 2
        let d = c.mallocNoScan(4)           // 4-aligned: offset 4
        let e = c.mallocNoScan(8)           // 8-aligned: offset 8
        XCTAssertEqual(a % 16, 0)
        XCTAssertEqual(b, a + 2)
        XCTAssertEqual(d, a + 4)
        XCTAssertEqual(e, a + 8)
        XCTAssertEqual(c.tinyOffset, 16)
        let f = c.mallocNoScan(3)           // no room: new block
        XCTAssertEqual(f % 16, 0)
        XCTAssertNotEqual(f & ~15, a & ~15)
        XCTAssertEqual(c.tinyBlock, f)
        let g = c.mallocNoScan(12)          // 4-aligned at 4: 4+12 = 16 fits
        XCTAssertEqual(g, f + 4)
        let h = c.mallocNoScan(15)          // new block; old one (full) replaced
        XCTAssertEqual(c.tinyBlock, h)
        XCTAssertEqual(c.tinyOffset, 15)
        let i = c.mallocNoScan(9)           // no room; new block has 7 left < 15-... keep current
        XCTAssertEqual(i % 16, 0)
        XCTAssertEqual(c.tinyBlock, i, "size 9 < tinyoffset 15: the new block has more room")
        let j = c.mallocNoScan(7)           // offset 9, odd size: 9+7 = 16 fits
        XCTAssertEqual(j, i + 9)
        XCTAssertEqual(heap.spanOfHeap(a)?.pointee.spanclass, SpanClass.tiny)
        // 16-byte noscan objects are not tiny.
        let k = c.mallocNoScan(16)
        XCTAssertNotEqual(k & ~15, c.tinyBlock)
        let m = heap.readMemStats()
        // Blocks: a, f, h, i (4 tiny blocks) + k = 5 class-2 objects; 10 objects asked for.
        XCTAssertEqual(m.mallocs, 10, "10 allocations in total")
        XCTAssertEqual(m.heapObjects, 5)
        XCTAssertEqual(m.totalAlloc, 5 * 16)
        XCTAssertEqual(m.bySize[2].mallocs, 5)
        heap.verifyInvariants()
    }

    func testTinyBlocksAreZeroedAndPointerfulSmallObjectsAreNotTiny() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let t = FakeType(size: 8, pointerWords: [0])
        let p = c.malloc(8, type: t.layout)
        XCTAssertEqual(heap.spanOfHeap(p)?.pointee.spanclass, SpanClass(sizeClass: 1, noscan: false))
        XCTAssertEqual(heap.pointerWords(of: p), [true])
        let q = c.mallocNoScan(5)
        XCTAssertEqual(UnsafePointer<UInt64>(bitPattern: q & ~15)![0], 0)
        XCTAssertEqual(UnsafePointer<UInt64>(bitPattern: q & ~15)![1], 0)
    }

    func testLargeObjects() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let small = c.mallocNoScan(32760)
        XCTAssertEqual(heap.spanOfHeap(small)?.pointee.sizeClass, 67)
        let big = c.mallocNoScan(32761)
        let s = heap.spanOfHeap(big)!
        XCTAssertEqual(s.pointee.sizeClass, 0)
        XCTAssertEqual(s.pointee.npages, 4)
        XCTAssertEqual(big % 8192, 0)
        XCTAssertEqual(heap.findObject(big + 32760)?.base, big)
        XCTAssertNil(heap.findObject(big + 32761), "beyond the object's limit")
        // An object bigger than an arena spans several of them.
        let huge = c.mallocNoScan(100 << 20)
        let hs = heap.spanOfHeap(huge)!
        XCTAssertEqual(hs.pointee.npages, (100 << 20) / 8192)
        XCTAssertTrue(heap.spanOf(huge + UInt(100 << 20) - 1) == hs)
        let raw = UnsafeMutablePointer<UInt8>(bitPattern: huge)!
        raw[0] = 1; raw[(100 << 20) - 1] = 2
        let m = heap.readMemStats()
        XCTAssertEqual(m.mallocs, 3)
        let expected: UInt64 = 32768 + 32768 + (100 << 20)
        XCTAssertEqual(m.totalAlloc, expected)
        XCTAssertGreaterThanOrEqual(m.heapInuse, UInt64(100 << 20))
        let t = FakeType(size: 40000, pointerWords: [0, 3])
        let lp = c.malloc(40000, type: t.layout)
        XCTAssertEqual(heap.pointerInfo(of: lp), .typeWord(t.layout.descriptor))
        heap.verifyInvariants()
    }

    func testPointerMetadata() {
        let heap = MHeap()
        let c = heap.makeMCache()
        // A 24-byte struct {p *T; n int; q *T}.
        let t = FakeType(size: 24, pointerWords: [0, 2])
        let p = c.malloc(24, type: t.layout)
        XCTAssertEqual(heap.pointerInfo(of: p), .spanBits)
        XCTAssertEqual(heap.pointerWords(of: p), [true, false, true])
        // An array of 4 of them in a 96-byte slot tiles the mask.
        let a = c.malloc(96, type: t.layout)
        XCTAssertEqual(heap.pointerWords(of: a), [true, false, true, true, false, true, true, false, true, true, false, true])
        // 80 bytes of data in a 96-byte slot: the tail reads as scalars.
        let b = c.malloc(72, type: t.layout)
        XCTAssertEqual(heap.spanOfHeap(b)?.pointee.objectSize, 80)
        XCTAssertEqual(heap.pointerWords(of: b), [true, false, true, true, false, true, true, false, true, false])
        // Above 512 bytes: header with the type word, object after it.
        let big = FakeType(size: 600, pointerWords: [0], descriptor: 0xfeed)
        let h = c.malloc(600, type: big.layout)
        XCTAssertEqual(h % 16, 8)
        XCTAssertEqual(heap.spanOfHeap(h)?.pointee.objectSize, 640, "class of 600+8")
        XCTAssertEqual(UnsafePointer<UInt>(bitPattern: h - 8)!.pointee, 0xfeed)
        XCTAssertEqual(heap.pointerInfo(of: h), .typeWord(0xfeed))
        let n = c.mallocNoScan(600)
        XCTAssertEqual(heap.pointerInfo(of: n), .noscan)
        XCTAssertEqual(heap.spanOfHeap(n)?.pointee.objectSize, 640)
        let e = c.malloc(504, type: big.layout)
        XCTAssertEqual(heap.spanOfHeap(e)?.pointee.objectSize, 512, "504 <= 512: no header")
        heap.verifyInvariants()
    }

    func testFreedMemoryIsZeroedOnReuse() {
        let heap = MHeap()
        let c = heap.makeMCache()
        var addrs: [UInt] = []
        for _ in 0..<200 {
            let p = c.mallocNoScan(48)
            memset(UnsafeMutableRawPointer(bitPattern: p)!, 0x5A, 48)
            addrs.append(p)
        }
        // A cycle in which nothing is reachable.
        heap.gcStartMark()
        heap.gcFinishMark()
        heap.sweepAll()
        var reused = 0
        let old = Set(addrs)
        for _ in 0..<200 {
            let p = c.mallocNoScan(48)
            if old.contains(p) { reused += 1 }
            let b = UnsafePointer<UInt8>(bitPattern: p)!
            for k in 0..<48 { XCTAssertEqual(b[k], 0) }
        }
        XCTAssertGreaterThan(reused, 0)
        let m = heap.readMemStats()
        XCTAssertEqual(m.frees, 200)
        XCTAssertEqual(m.heapObjects, 200)
        heap.verifyInvariants()
    }

    /// Fresh and scavenged pages are zero already: their spans are not cleared again.
    func testNeedZero() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let p = c.mallocNoScan(256)
        XCTAssertEqual(heap.spanOfHeap(p)?.pointee.needzero, false, "fresh from the OS")
        heap.gcStartMark(); heap.gcFinishMark(); heap.sweepAll()
        let q = c.mallocNoScan(256)
        XCTAssertEqual(q, p, "the freed span's pages are reused first")
        XCTAssertEqual(heap.spanOfHeap(q)?.pointee.needzero, true, "handed out before: dirty")
        heap.gcStartMark(); heap.gcFinishMark()
        heap.freeOSMemory()
        let r = c.mallocNoScan(256)
        XCTAssertEqual(heap.spanOfHeap(r)?.pointee.needzero, false, "scavenged pages come back zero")
        // A large object over pages some of which were used before is dirty.
        let big = c.mallocNoScan(100_000)
        XCTAssertEqual(heap.spanOfHeap(big)?.pointee.needzero, false)
        heap.verifyInvariants()
    }

    func testMemStatsCounters() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let before = heap.readMemStats()
        XCTAssertEqual(before.mallocs, 0)
        XCTAssertEqual(before.heapObjects, 0)
        XCTAssertEqual(before.nextGC, 4 << 20)
        XCTAssertEqual(before.bySize.count, 61)
        XCTAssertEqual(before.bySize[60].size, 18432)
        for _ in 0..<1000 { _ = c.mallocNoScan(24) }
        for _ in 0..<10 { _ = c.mallocNoScan(100) }   // class 112
        _ = c.mallocNoScan(50000)                     // 7 pages
        let m = heap.readMemStats()
        XCTAssertEqual(m.mallocs, 1011)
        XCTAssertEqual(m.frees, 0)
        XCTAssertEqual(m.heapObjects, 1011)
        let expected: UInt64 = 24_000 + 1_120 + 57_344
        XCTAssertEqual(m.totalAlloc, expected)
        XCTAssertEqual(m.heapAlloc, m.totalAlloc)
        XCTAssertEqual(m.alloc, m.totalAlloc)
        XCTAssertEqual(m.bySize[3].mallocs, 1000)
        XCTAssertEqual(m.bySize[9].mallocs, 10)
        XCTAssertEqual(m.heapSys, m.heapInuse + m.heapIdle)
        XCTAssertEqual(m.heapSys % UInt64(4 << 20), 0, "the heap grows by 4 MiB chunks")
        // 3 spans of class 3 (336 objects each), 1 of class 9, 7 pages large.
        XCTAssertEqual(m.heapInuse, UInt64((3 + 1 + 7) * 8192))
        XCTAssertEqual(m.heapReleased, m.heapIdle, "untouched pages count as released")
        XCTAssertEqual(m.sys, m.heapSys + m.stackSys + m.mSpanSys + m.mCacheSys + m.buckHashSys + m.gcSys + m.otherSys)
        // Only the objects kept live survive a cycle.
        heap.gcStartMark()
        heap.gcFinishMark()
        heap.sweepAll()
        let after = heap.readMemStats()
        XCTAssertEqual(after.frees, 1011)
        XCTAssertEqual(after.heapObjects, 0)
        XCTAssertEqual(after.heapAlloc, 0)
        XCTAssertEqual(after.heapInuse, 0)
        XCTAssertEqual(after.bySize[3].frees, 1000)
        heap.verifyInvariants()
    }

    func testScavengingAndFreeOSMemory() {
        let heap = MHeap()
        let c = heap.makeMCache()
        var keep: [UInt] = []
        for i in 0..<2000 {
            let p = c.mallocNoScan(4096)
            UnsafeMutablePointer<UInt8>(bitPattern: p)![0] = 1
            if i % 100 == 0 { keep.append(p) }
        }
        heap.gcStartMark()
        for p in keep { heap.markObject(p) }
        heap.gcFinishMark()
        let released = heap.freeOSMemory()
        XCTAssertGreaterThan(released, 0)
        let m = heap.readMemStats()
        XCTAssertEqual(m.heapIdle, m.heapReleased, "everything free went back to the OS")
        XCTAssertEqual(m.heapObjects, 20)
        heap.verifyInvariants()
        // Scavenged pages come back as zero and are used again.
        for _ in 0..<500 {
            let p = c.mallocNoScan(4096)
            XCTAssertEqual(UnsafePointer<UInt8>(bitPattern: p)![0], 0)
        }
        heap.verifyInvariants()
        // The background step stops at the retained-memory goal.
        heap.gcStartMark(); heap.gcFinishMark(); heap.sweepAll()
        var steps = 0
        while heap.backgroundScavengeStep(heapGoal: 1 << 20) > 0 { steps += 1 }
        XCTAssertGreaterThan(steps, 0)
        XCTAssertLessThanOrEqual(heap.retainedBytes, (1 << 20) + (1 << 20) / 10)
        heap.verifyInvariants()
    }

    func testManualSpansCountAsStacks() {
        let heap = MHeap()
        let c = heap.makeMCache()
        _ = c.mallocNoScan(64)
        let st = heap.allocManual(npages: 4)!
        XCTAssertEqual(heap.spanOf(st)?.pointee.spanState, .manual)
        XCTAssertNil(heap.spanOfHeap(st))
        XCTAssertFalse(heap.markObject(st))
        var m = heap.readMemStats()
        XCTAssertEqual(m.stackInuse, 4 * 8192)
        XCTAssertEqual(m.heapInuse, 8192)
        heap.verifyInvariants()
        heap.freeManual(st)
        m = heap.readMemStats()
        XCTAssertEqual(m.stackInuse, 0)
        heap.verifyInvariants()
    }

    func testAllocateBlackDuringMark() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let dead = c.mallocNoScan(32)
        heap.gcStartMark()
        let born = c.mallocNoScan(32)
        XCTAssertTrue(heap.isMarked(born), "objects allocated while marking are black")
        XCTAssertFalse(heap.isMarked(dead))
        heap.gcFinishMark()
        heap.sweepAll()
        XCTAssertNotNil(heap.findObject(born))
        XCTAssertNil(heap.findObject(dead))
        heap.verifyInvariants()
    }

    /// Growing past the first arena reports a new arena; with debugCheck on,
    /// the checker runs at every cycle end and full sweep and finds nothing.
    func testSecondArenaAndDebugCheck() {
        let heap = MHeap()
        heap.debugCheck = true
        let c = heap.makeMCache()
        let log = EventLog()
        heap.setEventSink(log)
        var keep: [UInt] = []
        for _ in 0..<70 { keep.append(c.mallocNoScan(1 << 20)) }   // 70 MiB > one arena
        let arenas = log.events.filter { if case .arena = $0 { return true } else { return false } }
        XCTAssertGreaterThanOrEqual(arenas.count, 2)
        XCTAssertEqual(log.allocs.filter { $0.path == .newArena }.count, arenas.count)
        heap.gcStartMark()
        for p in keep.prefix(10) { heap.markObject(p) }
        heap.gcFinishMark()
        heap.sweepAll()
        XCTAssertEqual(heap.readMemStats().heapObjects, 10)
        XCTAssertEqual(heap.checkInvariants(), [])
    }

    func testEventStream() {
        let heap = MHeap()
        let c = heap.makeMCache()
        let log = EventLog()
        heap.setEventSink(log)
        heap.currentGoroutine = 7
        _ = c.mallocNoScan(0, site: 1)
        _ = c.mallocNoScan(24, site: 2)     // first ever: new arena
        _ = c.mallocNoScan(24, site: 3)     // mcache
        _ = c.mallocNoScan(3, site: 4)      // tiny block slot: new span from heap
        _ = c.mallocNoScan(3, site: 5)      // inside the tiny block
        _ = c.mallocNoScan(100_000, site: 6) // large: mheap
        let a = log.allocs
        XCTAssertEqual(a.map(\.path), [.zerobase, .newArena, .mcache, .mheap, .tiny, .mheap])
        XCTAssertEqual(a.map(\.site), [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(a[1].sizeClass, 3)
        XCTAssertEqual(a[1].spanClass, SpanClass(sizeClass: 3, noscan: true))
        XCTAssertEqual(a[1].elemsize, 24)
        XCTAssertEqual(a[4].elemsize, 0)
        XCTAssertEqual(a[2].address, a[1].address + 24)
        XCTAssertTrue(a.allSatisfy { $0.goroutine == 7 })
        XCTAssertTrue(log.events.contains { if case .arena = $0 { return true } else { return false } })
        XCTAssertEqual(log.events.first { if case .span = $0 { return true } else { return false } }?.description.hasPrefix("span op=alloc base=0xc"), true)
        XCTAssertTrue(MemEvent.alloc(a[2]).description.hasPrefix("alloc path=mcache size=24 class=3 spc=3n addr=0x"))
        // Fill a span of 336 24-byte objects: one refill from mcentral/mheap.
        for _ in 0..<400 { _ = c.mallocNoScan(24) }
        XCTAssertTrue(log.allocs.contains { $0.path == .mheap && $0.size == 24 })
        // After a cycle a partial span comes from the mcentral.
        heap.gcStartMark()
        for r in log.allocs.suffix(100) where r.size == 24 { heap.markObject(r.address) }
        heap.gcFinishMark()
        log.events.removeAll()
        _ = c.mallocNoScan(24)
        XCTAssertEqual(log.allocs.first?.path, .mcentral)
        heap.setEventSink(nil)
        log.events.removeAll()
        _ = c.mallocNoScan(24)
        XCTAssertTrue(log.events.isEmpty)
    }
}

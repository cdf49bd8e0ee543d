// MCache.swift — the per-P cache: one span per span class, no lock.
//
// Data structure (Go's mcache.go), in raw memory so the fast path touches no
// Swift object:
//
//   alloc[136]       the current span of each span class; every entry starts
//                    as the heap's empty span (nelems 0), so the fast path
//                    needs no nil test: it fails and the slow path refills
//   tiny, tinyoffset the current 16-byte tiny block and the next free offset
//   tinyAllocs       objects packed into tiny blocks, not yet flushed to stats
//   flags            the heap's shared flag word (tracing, allocate-black)
//   class8/128/size  the size-class lookup tables
//
// refill(spc) — the current span is full:
//   1. give it back to its mcentral (uncacheSpan), after adding the objects
//      allocated from it since it was cached to the heap's per-class counts;
//   2. take a span with free slots from the mcentral (cacheSpan), mark it
//      cached (sweepgen = sg+3) and remember allocCount as allocCountBeforeCache;
//   3. charge the pacer's heapLive as if the rest of the span were allocated
//      (Go overestimates; releaseAll takes the unused part back).
// releaseAll — at GC mark termination and in ReadMemStats (Go flushes all
//   mcaches there too): every span goes back to its mcentral, the tiny block
//   is dropped.
//
// Invariants: a span is cached by at most one mcache and then sits in no
// mcentral set; a cached span's sweepgen is sg+3 (or sg+1 once a cycle has
// ended without releaseAll, which GC prevents).

@usableFromInline
struct MCacheState {
    @usableFromInline var alloc: UnsafeMutablePointer<UnsafeMutablePointer<MSpan>>
    @usableFromInline var tiny: UInt = 0
    @usableFromInline var tinyoffset: Int = 0
    @usableFromInline var tinyAllocs: UInt64 = 0
    @usableFromInline var flags: UnsafeMutablePointer<UInt32>
    @usableFromInline var class8: UnsafeMutablePointer<UInt8>
    @usableFromInline var class128: UnsafeMutablePointer<UInt8>
    @usableFromInline var classSize: UnsafeMutablePointer<UInt32>
    @usableFromInline var heap: Unmanaged<MHeap>
}

/// A per-P allocation cache. A value type over raw memory: copies refer to the same cache.
public struct MCache {
    @usableFromInline let s: UnsafeMutablePointer<MCacheState>

    init(heap: MHeap) {
        let alloc = UnsafeMutablePointer<UnsafeMutablePointer<MSpan>>.allocate(capacity: MemConst.numSpanClasses)
        alloc.initialize(repeating: heap.emptySpan, count: MemConst.numSpanClasses)
        let t = SizeClassTable.shared
        s = .allocate(capacity: 1)
        s.initialize(to: MCacheState(alloc: alloc, flags: heap.flags, class8: t.class8, class128: t.class128,
                                     classSize: t.classSize, heap: Unmanaged.passUnretained(heap)))
    }

    static var stateBytes: Int {
        MemoryLayout<MCacheState>.stride + MemConst.numSpanClasses * MemoryLayout<UnsafeMutablePointer<MSpan>>.stride
    }

    func destroy() {
        s.pointee.alloc.deallocate()
        s.deallocate()
    }

    @usableFromInline var heap: MHeap { s.pointee.heap.takeUnretainedValue() }

    /// The span currently cached for span class `spc`.
    func span(_ spc: SpanClass) -> UnsafeMutablePointer<MSpan> { s.pointee.alloc[spc.index] }

    public var tinyBlock: UInt { s.pointee.tiny }
    public var tinyOffset: Int { s.pointee.tinyoffset }

    /// Go's mcache.nextFree: a slot of span class `spc`, refilling if needed.
    /// Returns the address and whether a refill happened.
    @usableFromInline
    func nextFree(_ spc: SpanClass) -> (UInt, Bool) {
        var span = s.pointee.alloc[spc.index]
        var refilled = false
        var idx = span.pointee.nextFreeIndex()
        if idx == Int(span.pointee.nelems) {
            refill(spc)
            refilled = true
            span = s.pointee.alloc[spc.index]
            idx = span.pointee.nextFreeIndex()
        }
        if idx >= Int(span.pointee.nelems) {
            runtimeThrow("runtime: freeIndex is not valid")
        }
        span.pointee.allocCount += 1
        if span.pointee.allocCount > span.pointee.nelems { runtimeThrow("runtime: span allocCount > nelems") }
        return (span.pointee.startAddr + UInt(idx) * span.pointee.elemsize, refilled)
    }

    /// Replace the (full) span of class `spc` by one with free slots.
    func refill(_ spc: SpanClass) {
        let heap = self.heap
        let old = s.pointee.alloc[spc.index]
        if old != heap.emptySpan {
            if old.pointee.allocCount != old.pointee.nelems { runtimeThrow("runtime: refill of span with free space remaining") }
            if old.pointee.sweepgen != heap.sweepgen &+ 3 { runtimeThrow("runtime: bad sweepgen in refill") }
            flushCounts(old)
            if spc == .tiny { flushTiny() }
            heap.central[spc.index].uncacheSpan(old)
        }
        heap.refillPath = .mcentral
        guard let ns = heap.central[spc.index].cacheSpan() else {
            runtimeThrow("runtime: out of memory")
        }
        ns.pointee.sweepgen = heap.sweepgen &+ 3
        ns.pointee.allocCountBeforeCache = ns.pointee.allocCount
        // Pacer: charge the whole span as allocated; releaseAll gives back the unused part.
        let used = UInt64(ns.pointee.allocCount) * UInt64(ns.pointee.elemsize)
        heap.updateStats { $0.heapLive += UInt64(ns.pointee.npages * MemConst.pageSize) - used }
        heap.checkTrigger()
        s.pointee.alloc[spc.index] = ns
    }

    /// Add objects allocated from a cached span since it was cached to the heap's counts.
    private func flushCounts(_ span: UnsafeMutablePointer<MSpan>) {
        let n = Int(span.pointee.allocCount) - Int(span.pointee.allocCountBeforeCache)
        heap.updateStats { $0.smallAllocCount[span.pointee.spanclass.sizeClass] += UInt64(n) }
        span.pointee.allocCountBeforeCache = span.pointee.allocCount
    }

    private func flushTiny() {
        let n = s.pointee.tinyAllocs
        heap.updateStats { $0.tinyAllocCount += n }
        s.pointee.tinyAllocs = 0
    }

    /// Give every cached span back to its mcentral and drop the tiny block.
    public func releaseAll() {
        let heap = self.heap
        for i in 0..<MemConst.numSpanClasses {
            let span = s.pointee.alloc[i]
            if span == heap.emptySpan { continue }
            flushCounts(span)
            // Take back the part of the pacer's overestimate that was not used,
            // unless the span was cached before this sweep began: the collector
            // has reset heapLive to the marked bytes since.
            if span.pointee.sweepgen != heap.sweepgen &+ 1 {
                let unused = UInt64(Int(span.pointee.nelems) - Int(span.pointee.allocCount)) * UInt64(span.pointee.elemsize)
                heap.updateStats { $0.heapLive -= min(unused, $0.heapLive) }
            }
            heap.central[i].uncacheSpan(span)
            s.pointee.alloc[i] = heap.emptySpan
        }
        s.pointee.tiny = 0
        s.pointee.tinyoffset = 0
        flushTiny()
    }

    /// Objects allocated from currently cached spans and not yet counted (for ReadMemStats without a flush).
    func unflushedCounts(into counts: inout [UInt64]) {
        for i in 0..<MemConst.numSpanClasses {
            let span = s.pointee.alloc[i]
            if span == heap.emptySpan { continue }
            counts[span.pointee.spanclass.sizeClass] +=
                UInt64(Int(span.pointee.allocCount) - Int(span.pointee.allocCountBeforeCache))
        }
    }

    var unflushedTiny: UInt64 { s.pointee.tinyAllocs }

    /// Is `span` cached here?
    func caches(_ span: UnsafeMutablePointer<MSpan>) -> Bool {
        for i in 0..<MemConst.numSpanClasses where s.pointee.alloc[i] == span { return true }
        return false
    }
}

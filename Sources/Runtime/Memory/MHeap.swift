// MHeap.swift — the heap: one per runtime, owner of arenas, pages and spans.
//
// Data structures (Go's mheap.go):
//   arenas     ArenaSet: 64 MiB arenas, address -> arena -> page -> span
//   pages      PageAlloc: free/allocated/scavenged bit per page
//   curArena   [base, end): reserved arena space not yet given to `pages`
//   spanPool   span structs (off-heap)
//   central    136 MCentrals, indexed by span class
//   sweepgen   +2 per GC cycle (Sweep.swift)
//   lock       guards pages, curArena, spanPool and the counters (`stats`)
//
// allocSpan(npages, class):
//   0. if the last cycle is not fully swept, reclaim: sweep spans until
//      npages pages went back to the heap (Go's mheap.reclaim);
//   1. lock; first fit in `pages`; if nothing fits, grow(npages) and retry;
//   2. take a span struct, set it up (Go's initSpan): elemsize, nelems,
//      divMul, limit, allocCache = all free, sweepgen = h.sweepgen;
//      needzero if any page was handed out before (zeroedBase) and the run
//      was not wholly scavenged (scavenged pages come back zero-filled);
//   3. publish: every page of the run maps to the span, pageInUse is set on
//      its first page; stats move pages from idle/released to in-use.
// grow(npages): round up to 4 MiB chunks, take them from curArena, reserving
//   new arenas (at the next hint) when curArena is exhausted; the leftover
//   of an abandoned curArena is given to `pages` first. New pages count as
//   released (HeapReleased), as in Go.
// freeSpan: clear the page map, return pages, state = dead.
//
// Manual spans (goroutine stacks) are cut from the same pages but are counted
// under StackInuse, not HeapInuse, and are invisible to the collector.
//
// `flags` is one word shared with every mcache: the fast path tests it once
// (non-zero = tracing on, or allocate-black while the collector marks).

public final class MHeap {
    let arenas = ArenaSet()
    let pages = PageAlloc()
    let spanPool = SpanPool()
    private(set) var central: [MCentral] = []
    private let lock = RuntimeLock()
    private var curArena: (base: UInt, end: UInt) = (0, 0)

    /// +2 per GC cycle; see Sweep.swift.
    @exclusivity(unchecked) public internal(set) var sweepgen: UInt32 = 0
    /// No span of the last cycle is left unswept.
    public internal(set) var sweepDone = true
    /// The background sweeper's position among the mcentrals (Sweep.swift).
    var sweepCursor = 0
    /// Flag word read by the mcache fast path (`HeapFlags`).
    @usableFromInline let flags: UnsafeMutablePointer<UInt32>
    /// The address every zero-size allocation returns (Go's `zerobase`). Not in any arena.
    public let zerobase: UInt
    private let staticPage: UInt

    /// The heap's counters (MemStats.swift).
    @exclusivity(unchecked) var stats = HeapStats()
    /// GC cycle figures reported by ReadMemStats; the collector fills them in.
    public var gcRecord = GCRecord()
    /// The mcaches this heap made (one per P).
    private(set) var mcaches: [MCache] = []
    /// The empty span every mcache slot starts with (Go's emptymspan).
    let emptySpan: UnsafeMutablePointer<MSpan>
    /// Which path the current refill took (for the event stream).
    @exclusivity(unchecked) var refillPath = AllocPath.mcentral
    /// Goroutine id reported in events; the scheduler sets it.
    public var currentGoroutine: UInt64 = 1

    var eventSink: (any AllocEventSink)?
    /// When set, HeapCheck runs after every sweep of the whole heap and cycle change.
    public var debugCheck = false
    /// When set, swept-free objects are filled with 0xAB ("poison" mode).
    public var poisonFreed = false
    /// The collector's grey stack and layout registry (Mark.swift).
    @exclusivity(unchecked) var mark = MarkState()
    /// heapLive at which the next cycle is requested (the pacer sets it).
    public var gcTrigger: UInt64 = UInt64.max
    /// Non-zero when a collection is wanted; read by the VM at safepoints.
    public let gcRequest: UnsafeMutablePointer<UInt32>
    /// Non-zero while the collector marks between the mutator's steps: the VM's
    /// write barrier shades every pointer it overwrites (Mark.swift).
    public let marking: UnsafeMutablePointer<UInt32>

    public init() {
        flags = .allocate(capacity: 1)
        flags.initialize(to: 0)
        gcRequest = .allocate(capacity: 1)
        gcRequest.initialize(to: 0)
        marking = .allocate(capacity: 1)
        marking.initialize(to: 0)
        guard let sp = OSMemory.allocMetadata(4096) else { runtimeThrow("runtime: out of memory") }
        staticPage = UInt(bitPattern: sp)
        zerobase = staticPage
        emptySpan = spanPool.get()
        emptySpan.pointee.initialize(base: 0, npages: 0)
        emptySpan.pointee.limit = 0
        central = (0..<MemConst.numSpanClasses).map {
            MCentral(spanclass: SpanClass(raw: UInt8($0)), heap: self)
        }
    }

    deinit {
        for c in mcaches { c.destroy() }
        flags.deallocate()
        gcRequest.deallocate()
        marking.deallocate()
        mark.grey.deallocate()
        OSMemory.free(staticPage, 4096)
        lock.destroy()
    }

    /// A new mcache (one per P). The heap keeps track of it for flushes and GC.
    public func makeMCache() -> MCache {
        let c = MCache(heap: self)
        mcaches.append(c)
        return c
    }

    // MARK: span allocation

    /// A new in-use span of `npages` pages for span class `spanclass` (0 = large).
    func allocSpan(npages: Int, spanclass: SpanClass) -> UnsafeMutablePointer<MSpan>? {
        if !sweepDone { reclaim(npages) }
        guard let s = allocPages(npages, manual: false) else { return nil }
        let c = spanclass.sizeClass
        s.pointee.spanclass = spanclass
        if c == 0 {
            s.pointee.elemsize = UInt(npages * MemConst.pageSize)
            s.pointee.nelems = 1
            s.pointee.divMul = 0
        } else {
            s.pointee.elemsize = UInt(SizeClasses.size[c])
            s.pointee.nelems = UInt16(SizeClasses.objectsPerSpan(sizeClass: c, noscan: spanclass.noscan))
            s.pointee.divMul = SizeClasses.divMagic[c]
        }
        s.pointee.freeindex = 0
        s.pointee.allocCache = ~0
        s.pointee.limit = s.pointee.startAddr + s.pointee.elemsize * UInt(s.pointee.nelems)
        s.pointee.sweepgen = sweepgen
        s.pointee.state = .inUse
        arenas.setPageInUse(s.pointee.startAddr, true)
        if !spanclass.noscan && c != 0 && SizeClasses.size[c] <= MemConst.minSizeForMallocHeader {
            HeapBits.clear(span: s)
        }
        emit(.span(kind: .spanAlloc, base: s.pointee.startAddr, npages: npages, spanClass: spanclass))
        return s
    }

    /// A manual span (stacks): pages outside the collector's view, counted as StackInuse.
    public func allocManual(npages: Int) -> UInt? {
        guard let s = allocPages(npages, manual: true) else { return nil }
        s.pointee.state = .manual
        emit(.span(kind: .manualAlloc, base: s.pointee.startAddr, npages: npages, spanClass: SpanClass(raw: 0)))
        return s.pointee.startAddr
    }

    /// Whether v points into a manual span: a goroutine stack.
    public func isStackAddress(_ v: UInt) -> Bool {
        guard let s = spanOf(v) else { return false }
        return s.pointee.state == .manual
    }

    /// Return a manual span obtained from allocManual.
    public func freeManual(_ base: UInt) {
        guard let s = spanOf(base), s.pointee.state == .manual, s.pointee.startAddr == base else {
            runtimeThrow("runtime: freeManual of a non-manual span at 0x\(String(base, radix: 16))")
        }
        freePages(s, manual: true)
    }

    private func allocPages(_ npages: Int, manual: Bool) -> UnsafeMutablePointer<MSpan>? {
        lock.lock()
        var got = pages.alloc(npages)
        if got == nil {
            guard grow(npages) else { lock.unlock(); return nil }
            got = pages.alloc(npages)
        }
        guard let (base, scav) = got else { lock.unlock(); return nil }
        let bytes = UInt64(npages * MemConst.pageSize)
        stats.heapReleased -= UInt64(scav * MemConst.pageSize)
        stats.heapFree -= bytes - UInt64(scav * MemConst.pageSize)
        if manual { stats.inStacks += bytes } else { stats.heapInUse += bytes }
        let s = spanPool.get()
        lock.unlock()

        s.pointee.initialize(base: base, npages: npages)
        let dirty = arenas.allocNeedsZero(base, npages: npages)
        s.pointee.needzero = dirty && scav != npages
        arenas.setSpans(base, npages: npages, s)
        return s
    }

    /// Give an in-use span's pages back to the heap.
    func freeSpan(_ s: UnsafeMutablePointer<MSpan>) {
        guard s.pointee.state == .inUse else { runtimeThrow("runtime: freeSpan of a span not in use") }
        emit(.span(kind: .spanFree, base: s.pointee.startAddr, npages: s.pointee.npages,
                   spanClass: s.pointee.spanclass))
        arenas.setPageInUse(s.pointee.startAddr, false)
        freePages(s, manual: false)
    }

    private func freePages(_ s: UnsafeMutablePointer<MSpan>, manual: Bool) {
        let base = s.pointee.startAddr, n = s.pointee.npages
        arenas.setSpans(base, npages: n, nil)
        lock.lock()
        pages.free(base, n)
        let bytes = UInt64(n * MemConst.pageSize)
        if manual { stats.inStacks -= bytes } else { stats.heapInUse -= bytes }
        stats.heapFree += bytes
        spanPool.put(s)
        lock.unlock()
    }

    /// Add at least npages of address space to `pages`. Lock held.
    private func grow(_ npages: Int) -> Bool {
        let ask = ((npages + MemConst.chunkPages - 1) / MemConst.chunkPages) * MemConst.chunkBytes
        if curArena.base + UInt(ask) > curArena.end || curArena.base == 0 {
            guard let (base, size) = arenas.reserve(bytes: ask) else {
                return false
            }
            emit(.arena(base: base, bytes: size))
            refillPath = .newArena
            if base == curArena.end && curArena.base != 0 {
                curArena.end = base + UInt(size)
            } else {
                // Abandon what is left of the current arena: give it to the pages.
                if curArena.end > curArena.base {
                    addToPages(curArena.base, Int(curArena.end - curArena.base))
                }
                curArena = (base, base + UInt(size))
            }
        }
        let v = curArena.base
        curArena.base += UInt(ask)
        addToPages(v, ask)
        return true
    }

    private func addToPages(_ base: UInt, _ size: Int) {
        guard OSMemory.map(base, size) else { runtimeThrow("runtime: cannot map heap memory") }
        pages.grow(base, size)
        stats.heapReleased += UInt64(size)
        stats.mappedHeap += UInt64(size)
    }

    // MARK: lookups

    /// The span owning the page of `p` (in use or manual), or nil. O(1).
    @inline(__always)
    public func spanOf(_ p: UInt) -> UnsafeMutablePointer<MSpan>? {
        guard let ha = arenas.arena(of: p) else { return nil }
        return ha.pointee.spans[Int((p - ha.pointee.base) >> UInt(MemConst.pageShift))]
    }

    /// Go's spanOfHeap: the in-use heap span whose objects contain `p`, or nil.
    public func spanOfHeap(_ p: UInt) -> UnsafeMutablePointer<MSpan>? {
        guard let s = spanOf(p), s.pointee.state == .inUse,
              p >= s.pointee.startAddr, p < s.pointee.limit else { return nil }
        return s
    }

    /// Go's findObject: the base address of the heap object containing `p`
    /// and its span and slot, or nil if `p` is not inside an allocated object.
    public func findObject(_ p: UInt) -> (base: UInt, span: UnsafeMutablePointer<MSpan>, index: Int)? {
        guard let s = spanOfHeap(p) else { return nil }
        let i = s.pointee.objIndex(p)
        if s.pointee.isFree(i) { return nil }
        return (s.pointee.startAddr + UInt(i) * s.pointee.elemsize, s, i)
    }

    /// Is `p` inside memory this heap mapped for objects (allocated or not)?
    public func inHeapArena(_ p: UInt) -> Bool { arenas.arena(of: p) != nil }

    /// Calls `body` with every live (in-use or manual) span.
    func forEachLiveSpan(_ body: (UnsafeMutablePointer<MSpan>) -> Void) {
        spanPool.forEach { s in
            if s != emptySpan && s.pointee.state != .dead { body(s) }
        }
    }

    func setFlag(_ f: HeapFlags, _ on: Bool) {
        if on { flags.pointee |= f.rawValue } else { flags.pointee &= ~f.rawValue }
    }

    // MARK: scavenging support (Scavenger.swift)

    /// Change the counters under the heap lock (mcaches of several Ps may flush at once).
    @inline(__always)
    func updateStats(_ body: (inout HeapStats) -> Void) {
        lock.lock()
        body(&stats)
        lock.unlock()
    }

    func withLock<T>(_ body: () -> T) -> T {
        lock.lock(); defer { lock.unlock() }
        return body()
    }
}

/// Bits of the shared flag word.
public struct HeapFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Someone listens to allocation events.
    public static let tracing = HeapFlags(rawValue: 1)
    /// The collector is marking: new objects are allocated black.
    public static let allocBlack = HeapFlags(rawValue: 2)
    /// GC stress mode: every allocation requests a collection.
    public static let stress = HeapFlags(rawValue: 4)
}

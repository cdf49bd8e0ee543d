// Sweep.swift — what the collector asks of the allocator: mark bits, the
// end of a cycle, and sweeping.
//
// sweepgen (Go's mheap.sweepgen, +2 per cycle). For a span, with sg the heap's:
//   sg-2  needs sweeping          sg    swept, ready
//   sg-1  being swept             sg+1  cached before this sweep began: sweep on uncache
//                                 sg+3  swept, then cached
//
// A cycle, as the collector drives it:
//   1. gcStartMark: finish sweeping the last cycle, clear pageMarks, mark the
//      current tiny blocks (Go's gcMarkTinyAllocs) and turn on
//      allocate-black: objects allocated while marking are born marked.
//   2. the collector calls markObject for every reachable object;
//   3. gcFinishMark: allocate-black off, heapMarked computed, sweepgen += 2
//      (every span in an mcentral is now unswept), every mcache released:
//      its spans are stale (sg+1) and get swept as they are uncached.
//   4. sweeping happens lazily (mcentral.cacheSpan sweeps spans of the class
//      it needs; MHeap.allocSpan reclaims as many pages as it is about to
//      take), by sweepOne (a background sweeper step), or sweepAll.
//
// Sweeping one span (Go's sweepLocked.sweep): nalloc = popcount(gcmarkBits),
// nfreed = allocCount - nalloc; allocBits <- gcmarkBits, gcmarkBits <- zero,
// freeindex = 0, allocCache reloaded: every unmarked slot becomes free with no
// work per object. Then an empty span goes back to the heap, a full one to
// fullSwept, others to partialSwept; a large span is freed if unmarked.
// With poisonFreed set, freed objects are overwritten with 0xAB first.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension MHeap {
    /// Mark the heap object containing `p`. Returns true if it was unmarked before.
    /// Pointers to free slots, outside the heap, or to manual spans are ignored (false).
    @discardableResult
    public func markObject(_ p: UInt) -> Bool {
        setMark(p) != nil
    }

    /// Is the heap object containing `p` marked?
    public func isMarked(_ p: UInt) -> Bool {
        guard let (_, s, i) = findObject(p) else { return false }
        return s.pointee.isMarked(i)
    }

    /// Start of a mark phase (the allocator's part of Go's gcStart).
    public func gcStartMark() {
        sweepAll()
        for a in arenas.arenas {
            a.pointee.pageMarks.update(repeating: 0, count: MemConst.pagesPerArena / 8)
        }
        for c in mcaches where c.tinyBlock != 0 { markObject(c.tinyBlock) }
        setFlag(.allocBlack, true)
    }

    /// End of a mark phase (the allocator's part of Go's gcMarkTermination and gcSweep).
    public func gcFinishMark() {
        setFlag(.allocBlack, false)
        var marked: UInt64 = 0
        forEachLiveSpan { s in
            if s.pointee.state == .inUse { marked += UInt64(s.pointee.countMarked()) * UInt64(s.pointee.elemsize) }
        }
        stats.heapMarked = marked
        stats.heapLive = marked
        sweepgen &+= 2
        sweepDone = false
        sweepCursor = 0
        for c in mcaches { c.releaseAll() }
        if debugCheck { verifyInvariants() }
    }

    /// Sweep one span of the previous cycle. Returns false when nothing is left to sweep.
    @discardableResult
    public func sweepOne() -> Bool {
        guard let s = nextUnswept() else { return false }
        sweep(s, preserve: false)
        return true
    }

    /// The next span left unswept, marked as being swept (sg-1). Unswept sets
    /// only shrink during a sweep phase, so a cursor over the mcentrals that
    /// only moves forward finds them all (Go's sweep.centralIndex).
    private func nextUnswept() -> UnsafeMutablePointer<MSpan>? {
        let sg = sweepgen
        while sweepCursor < central.count {
            if let s = central[sweepCursor].popUnswept() {
                if s.pointee.sweepgen != sg &- 2 { runtimeThrow("runtime: unswept span with bad sweepgen") }
                s.pointee.sweepgen = sg &- 1
                return s
            }
            sweepCursor += 1
        }
        sweepDone = true
        return nil
    }

    /// Go's mheap.reclaim: before taking new pages while the last cycle is
    /// not fully swept, sweep spans until `npages` pages have gone back to the
    /// heap (or nothing is left to sweep), so garbage is reused before the heap grows.
    func reclaim(_ npages: Int) {
        var freed = 0
        while freed < npages, let s = nextUnswept() {
            let n = s.pointee.npages
            if sweep(s, preserve: false) { freed += n }
        }
    }

    /// Sweep everything left (Go's finishsweep_m).
    public func sweepAll() {
        while sweepOne() {}
        if debugCheck { verifyInvariants() }
    }

    /// Spans not yet swept this cycle.
    public var unsweptSpans: Int { central.reduce(0) { $0 + $1.unsweptCount } }

    /// Sweep span `s`, whose sweepgen the caller has set to sg-1. With
    /// `preserve`, the span is neither freed nor filed (cacheSpan uses it at once).
    /// Returns true if the span went back to the heap.
    @discardableResult
    func sweep(_ s: UnsafeMutablePointer<MSpan>, preserve: Bool) -> Bool {
        let sg = sweepgen
        guard s.pointee.state == .inUse, s.pointee.sweepgen == sg &- 1 else {
            runtimeThrow("runtime: sweeping span in state \(s.pointee.state) sweepgen \(s.pointee.sweepgen), heap \(sg)")
        }
        let nalloc = s.pointee.countMarked()
        let nfreed = Int(s.pointee.allocCount) - nalloc
        if nfreed < 0 { runtimeThrow("runtime: marked free object in span at 0x\(String(s.pointee.startAddr, radix: 16))") }
        let c = s.pointee.spanclass.sizeClass
        if poisonFreed && nfreed > 0 { poison(s) }
        if nfreed > 0 && flags.pointee & HeapFlags.tracing.rawValue != 0 { reportFrees(s) }
        s.pointee.allocCount = UInt16(nalloc)
        s.pointee.freeindex = 0
        let old = s.pointee.allocBits
        s.pointee.allocBits = s.pointee.gcmarkBits
        s.pointee.gcmarkBits = old
        old.update(repeating: 0, count: MSpan.bitWords)
        s.pointee.refillAllocCache(word: 0)
        if nfreed > 0 { s.pointee.needzero = true }
        let pages = s.pointee.npages
        updateStats {
            if c != 0 {
                $0.smallFreeCount[c] += UInt64(nfreed)
            } else if nfreed > 0 {
                $0.largeFree += UInt64(pages * MemConst.pageSize)
                $0.largeFreeCount += 1
            }
        }
        s.pointee.sweepgen = sg
        if preserve { return false }
        if c != 0 {
            if nalloc == 0 { freeSpan(s); return true }
            if nalloc == Int(s.pointee.nelems) { central[s.pointee.spanclass.index].pushFullSwept(s) }
            else { central[s.pointee.spanclass.index].pushPartialSwept(s) }
            return false
        }
        if nfreed != 0 { freeSpan(s); return true }
        central[s.pointee.spanclass.index].pushFullSwept(s)
        return false
    }

    /// Report the objects this sweep frees (tracing).
    private func reportFrees(_ s: UnsafeMutablePointer<MSpan>) {
        let size = Int(s.pointee.elemsize)
        let c = s.pointee.spanclass.sizeClass
        for i in 0..<Int(s.pointee.nelems) where !s.pointee.isFree(i) && !s.pointee.isMarked(i) {
            let p = s.pointee.startAddr + UInt(i * size)
            let n = c == 0 ? s.pointee.npages * MemConst.pageSize : size
            emit(.free(address: p, elemsize: n, sizeClass: c))
        }
    }

    /// Fill the objects that this sweep frees with 0xAB.
    private func poison(_ s: UnsafeMutablePointer<MSpan>) {
        let size = Int(s.pointee.elemsize)
        for i in 0..<Int(s.pointee.nelems) where !s.pointee.isFree(i) && !s.pointee.isMarked(i) {
            let p = s.pointee.startAddr + UInt(i * size)
            let n = s.pointee.spanclass.sizeClass == 0 ? Int(s.pointee.limit - p) : size
            memset(UnsafeMutableRawPointer(bitPattern: p)!, 0xAB, n)
        }
    }
}

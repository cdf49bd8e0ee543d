// MSpan.swift — a span: a run of pages, cut into objects of one size class.
//
// Data structure (Go's mspan, mheap.go). A span lives off the Swift heap, in
// `SpanPool` memory, and is always handled through an
// `UnsafeMutablePointer<MSpan>` (no ARC, no exclusivity checks on the fast
// path). Each span owns two 1024-bit arrays (MaxObjsPerSpan) that take turns
// as `allocBits` and `gcmarkBits`.
//
//   startAddr, npages     the pages [startAddr, startAddr + npages*8192)
//   elemsize, nelems      object size (npages*8192 for a large span) and count
//   limit                 end of the last object
//   freeindex             every slot below it is allocated; the search for a
//                         free slot starts there
//   allocCache            the complement of allocBits from the 64-aligned
//                         word holding freeindex, shifted so bit 0 is slot
//                         freeindex: ctz finds the next free slot
//   allocBits             allocated slots as of the last sweep
//   gcmarkBits            slots marked live in the current GC cycle
//   allocCount            allocated objects
//   sweepgen              see Sweep.swift (sg-2 unswept, sg swept, sg+1/sg+3 cached)
//
// A slot i is free iff i >= freeindex and allocBits[i] == 0.
//
// Algorithm (nextFreeFast, Go's): b = ctz(allocCache); slot = freeindex + b;
// if slot < nelems and slot+1 does not cross a 64-slot boundary, consume it.
// Everything else (empty cache, boundary) goes to nextFreeIndex, which
// reloads the cache from the next word of allocBits.
//
// Invariants: allocCount == #{i < nelems : slot i is allocated}; marked
// slots are allocated; bits at and above nelems are zero; a span's pages all
// map to it in the arena's page table while it is not dead.

/// Go's mSpanState.
public enum SpanState: UInt8, Sendable {
    case dead = 0
    case inUse = 1 // holds heap objects
    case manual = 2 // stacks and other manually managed memory
}

public struct MSpan {
    @usableFromInline var startAddr: UInt = 0
    @usableFromInline var npages: Int = 0
    @usableFromInline var limit: UInt = 0
    @usableFromInline var elemsize: UInt = 0
    @usableFromInline var allocCache: UInt64 = 0
    @usableFromInline var allocBits: UnsafeMutablePointer<UInt64>
    @usableFromInline var gcmarkBits: UnsafeMutablePointer<UInt64>
    /// Type word of a large object (its malloc header lives here).
    @usableFromInline var largeType: UInt = 0
    /// Free list of a manual span (stacks); owned by its user.
    var manualFreeList: UInt = 0
    @usableFromInline var divMul: UInt32 = 0
    @usableFromInline var sweepgen: UInt32 = 0
    @usableFromInline var freeindex: UInt16 = 0
    @usableFromInline var nelems: UInt16 = 0
    @usableFromInline var allocCount: UInt16 = 0
    @usableFromInline var allocCountBeforeCache: UInt16 = 0
    @usableFromInline var spanclass = SpanClass(raw: 0)
    @usableFromInline var state = SpanState.dead
    @usableFromInline var needzero = false
    /// Link in the pool's free list while dead.
    var nextFree: UnsafeMutablePointer<MSpan>?

    static let bitWords = MemConst.maxObjsPerSpan / 64

    init(bits: UnsafeMutablePointer<UInt64>) {
        allocBits = bits
        gcmarkBits = bits + MSpan.bitWords
    }

    @inlinable public var base: UInt { startAddr }
    public var sizeClass: Int { spanclass.sizeClass }
    public var objects: Int { Int(nelems) }
    public var objectSize: Int { Int(elemsize) }
    public var liveCount: Int { Int(allocCount) }
    public var spanState: SpanState { state }
    public var bytes: Int { npages * MemConst.pageSize }
    var nwords: Int { (Int(nelems) + 63) / 64 }

    // MARK: allocation bits

    /// Go's nextFreeFast: a free slot from allocCache, or 0 if the slow path must run.
    @inlinable @inline(__always)
    mutating func nextFreeFast() -> UInt {
        let bit = allocCache.trailingZeroBitCount
        if bit < 64 {
            let result = freeindex &+ UInt16(truncatingIfNeeded: bit)
            if result < nelems {
                let next = result &+ 1
                // At a 64-slot boundary the cache is reloaded here rather than
                // on the slow path (Go takes nextFreeIndex): same state after.
                if _slowPath(next % 64 == 0 && next != nelems) { allocCache = ~allocBits[Int(next) >> 6] }
                else { allocCache = allocCache >> UInt64(bit &+ 1) }
                freeindex = next
                allocCount &+= 1
                return startAddr &+ UInt(result) &* elemsize
            }
        }
        return 0
    }

    /// Load allocCache from the allocBits word holding slot `wordIndex*64`.
    mutating func refillAllocCache(word: Int) {
        allocCache = ~allocBits[word]
    }

    /// Go's nextFreeIndex: the next free slot at or after freeindex, or nelems.
    /// Advances freeindex past it; the caller counts the allocation.
    mutating func nextFreeIndex() -> Int {
        var sfree = Int(freeindex)
        let n = Int(nelems)
        if sfree == n { return n }
        var bit = allocCache.trailingZeroBitCount
        while bit == 64 {
            sfree = (sfree + 64) & ~63
            if sfree >= n {
                freeindex = nelems
                return n
            }
            refillAllocCache(word: sfree / 64)
            bit = allocCache.trailingZeroBitCount
        }
        let result = sfree + bit
        if result >= n {
            freeindex = nelems
            return n
        }
        allocCache = bit == 63 ? 0 : allocCache >> UInt64(bit + 1)
        sfree = result + 1
        if sfree % 64 == 0 && sfree != n { refillAllocCache(word: sfree / 64) }
        freeindex = UInt16(sfree)
        return result
    }

    /// Is slot i free? (i >= freeindex and not in allocBits.)
    func isFree(_ i: Int) -> Bool {
        if i < Int(freeindex) { return false }
        return allocBits[i >> 6] & (1 << UInt64(i & 63)) == 0
    }

    /// The slot index of an address inside this span (Go's divMagic division).
    @inline(__always)
    func objIndex(_ p: UInt) -> Int {
        if spanclass.sizeClass == 0 { return 0 }
        return Int((UInt64(p - startAddr) &* UInt64(divMul)) >> 32)
    }

    func isMarked(_ i: Int) -> Bool { gcmarkBits[i >> 6] & (1 << UInt64(i & 63)) != 0 }

    /// Set the mark bit of slot i; returns false if it was already set.
    @discardableResult
    mutating func setMarked(_ i: Int) -> Bool {
        let bit: UInt64 = 1 << UInt64(i & 63)
        if gcmarkBits[i >> 6] & bit != 0 { return false }
        gcmarkBits[i >> 6] |= bit
        return true
    }

    /// Number of marked slots.
    func countMarked() -> Int {
        var n = 0
        for w in 0..<nwords { n += gcmarkBits[w].nonzeroBitCount }
        return n
    }

    /// Set up a dead span struct as a fresh span over [base, base+npages).
    mutating func initialize(base: UInt, npages: Int) {
        startAddr = base
        self.npages = npages
        limit = base + UInt(npages * MemConst.pageSize)
        elemsize = 0
        allocCache = 0
        largeType = 0
        manualFreeList = 0
        divMul = 0
        sweepgen = 0
        freeindex = 0
        nelems = 0
        allocCount = 0
        allocCountBeforeCache = 0
        spanclass = SpanClass(raw: 0)
        needzero = false
        nextFree = nil
        allocBits.update(repeating: 0, count: MSpan.bitWords)
        gcmarkBits.update(repeating: 0, count: MSpan.bitWords)
    }
}

/// Off-heap storage for span structs and their bits (Go's spanalloc fixalloc).
/// Structs are recycled, never returned to the OS while the heap lives.
final class SpanPool {
    static let perChunk = 256
    private var chunks: [(spans: UnsafeMutablePointer<MSpan>, bits: UnsafeMutablePointer<UInt64>)] = []
    private var freeList: UnsafeMutablePointer<MSpan>?
    private(set) var inUse = 0

    /// Bytes obtained for span structs (MSpanSys) and in use (MSpanInuse).
    var sysBytes: Int { chunks.count * SpanPool.perChunk * MemoryLayout<MSpan>.stride }
    var inUseBytes: Int { inUse * MemoryLayout<MSpan>.stride }
    /// Bytes of alloc/mark bitmaps (reported under GCSys).
    var bitmapBytes: Int { chunks.count * SpanPool.perChunk * MSpan.bitWords * 2 * 8 }

    deinit {
        for c in chunks {
            c.spans.deinitialize(count: SpanPool.perChunk)
            c.spans.deallocate()
            c.bits.deallocate()
        }
    }

    func get() -> UnsafeMutablePointer<MSpan> {
        if freeList == nil { addChunk() }
        let s = freeList!
        freeList = s.pointee.nextFree
        s.pointee.nextFree = nil
        inUse += 1
        return s
    }

    func put(_ s: UnsafeMutablePointer<MSpan>) {
        s.pointee.state = .dead
        s.pointee.nextFree = freeList
        freeList = s
        inUse -= 1
    }

    private func addChunk() {
        let n = SpanPool.perChunk
        let spans = UnsafeMutablePointer<MSpan>.allocate(capacity: n)
        let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: n * MSpan.bitWords * 2)
        bits.initialize(repeating: 0, count: n * MSpan.bitWords * 2)
        for i in 0..<n {
            (spans + i).initialize(to: MSpan(bits: bits + i * MSpan.bitWords * 2))
        }
        for i in stride(from: n - 1, through: 0, by: -1) {
            spans[i].nextFree = freeList
            freeList = spans + i
        }
        chunks.append((spans, bits))
    }

    /// Every span struct ever made (dead ones included), for the heap walk.
    func forEach(_ body: (UnsafeMutablePointer<MSpan>) -> Void) {
        for c in chunks {
            for i in 0..<SpanPool.perChunk { body(c.spans + i) }
        }
    }
}

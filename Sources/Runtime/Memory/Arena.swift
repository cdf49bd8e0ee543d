// Arena.swift — 64 MiB heap arenas and the map from any address to its arena.
//
// Data structures (Go's mheap.arenas / heapArena, malloc.go):
//
//   table: [2^22] -> HeapArena*     one entry per 64 MiB of the 48-bit address
//                                    space (32 MiB of virtual memory, backed
//                                    only where touched). arenaIndex(p) = p >> 26.
//   HeapArena (off-heap metadata, one per arena):
//     spans[8192]      page -> the span that owns it (nil for free pages)
//     pageInUse[1024]  bit set on the first page of every in-use heap span
//     pageMarks[1024]  bit set on the first page of a span with a marked
//                      object (for the collector's page reclaimer)
//     zeroedBase       offset below which pages have been handed out before:
//                      memory above it is fresh from the OS and already zero
//
// Algorithm: arenas are reserved (PROT_NONE) from the OS at hint addresses
// starting at 0x00c000000000, as Go does, so heap pointers look like Go's;
// consecutive reservations usually come out contiguous, and a run of pages
// may then cross from one arena into the next. The heap makes parts of an
// arena usable (`OSMemory.map`) 4 MiB at a time as it grows (MHeap.grow).
//
// Invariants: arena bases are multiples of 64 MiB; `table[i]` is set exactly
// for the arenas this heap reserved; `spans[k]` is non-nil exactly for the
// pages of live (in-use or manual) spans.

/// Per-arena metadata, laid out in raw memory.
struct HeapArena {
    var base: UInt
    var spans: UnsafeMutablePointer<UnsafeMutablePointer<MSpan>?>
    var pageInUse: UnsafeMutablePointer<UInt8>
    var pageMarks: UnsafeMutablePointer<UInt8>
    var zeroedBase: UInt

    static let metadataBytes: Int = {
        let raw = MemoryLayout<HeapArena>.stride + MemConst.pagesPerArena * 8 + MemConst.pagesPerArena / 4
        return (raw + 4095) & ~4095
    }()
}

/// The arenas of one heap and the address -> arena table.
final class ArenaSet {
    static let tableEntries = 1 << (48 - MemConst.arenaShift)
    /// The first address Go's heap tries on linux/amd64.
    static let firstHint: UInt = 0x00c0_0000_0000

    let table: UnsafeMutablePointer<UnsafeMutablePointer<HeapArena>?>
    private(set) var arenas: [UnsafeMutablePointer<HeapArena>] = []
    private var regions: [(base: UInt, size: Int)] = []
    private var nextHint = ArenaSet.firstHint
    /// Bytes of arena metadata mapped (reported under GCSys).
    private(set) var metadataBytes = 0

    init() {
        let bytes = ArenaSet.tableEntries * MemoryLayout<UnsafeMutablePointer<HeapArena>?>.stride
        guard let p = OSMemory.allocMetadata(bytes) else { runtimeThrow("runtime: cannot map the arena table") }
        table = p.bindMemory(to: UnsafeMutablePointer<HeapArena>?.self, capacity: ArenaSet.tableEntries)
        metadataBytes += bytes
    }

    deinit {
        for a in arenas { OSMemory.free(UInt(bitPattern: a), HeapArena.metadataBytes) }
        for r in regions { OSMemory.free(r.base, r.size) }
        OSMemory.free(UInt(bitPattern: table), ArenaSet.tableEntries * 8)
    }

    /// The arena holding `addr`, if this heap reserved it. O(1).
    @inline(__always)
    func arena(of addr: UInt) -> UnsafeMutablePointer<HeapArena>? {
        let i = addr >> UInt(MemConst.arenaShift)
        guard i < UInt(ArenaSet.tableEntries) else { return nil }
        return table[Int(i)]
    }

    /// Reserve at least `bytes` of new arena space (whole arenas, contiguous,
    /// 64 MiB aligned) and register their metadata. Returns the range.
    func reserve(bytes: Int) -> (base: UInt, size: Int)? {
        let n = (bytes + MemConst.arenaBytes - 1) / MemConst.arenaBytes
        let size = n * MemConst.arenaBytes
        guard let base = OSMemory.reserveAligned(size, align: MemConst.arenaBytes, hint: nextHint) else {
            return nil
        }
        // Every arena must be new to the table (another heap in the process may
        // have taken the hint; the kernel then gave us another range).
        regions.append((base, size))
        nextHint = base + UInt(size)
        for k in 0..<n {
            let ab = base + UInt(k * MemConst.arenaBytes)
            guard let meta = OSMemory.allocMetadata(HeapArena.metadataBytes) else { return nil }
            metadataBytes += HeapArena.metadataBytes
            let ha = meta.bindMemory(to: HeapArena.self, capacity: 1)
            let after = meta + MemoryLayout<HeapArena>.stride
            let spans = after.bindMemory(to: UnsafeMutablePointer<MSpan>?.self, capacity: MemConst.pagesPerArena)
            let bits = (after + MemConst.pagesPerArena * 8).bindMemory(to: UInt8.self, capacity: MemConst.pagesPerArena / 4)
            ha.initialize(to: HeapArena(base: ab, spans: spans, pageInUse: bits,
                                        pageMarks: bits + MemConst.pagesPerArena / 8, zeroedBase: 0))
            table[Int(ab >> UInt(MemConst.arenaShift))] = ha
            arenas.append(ha)
        }
        return (base, size)
    }

    /// Go's allocNeedsZero: true if any page of [base, base+npages) was handed
    /// out before; advances each arena's zeroedBase watermark.
    func allocNeedsZero(_ base: UInt, npages: Int) -> Bool {
        var needZero = false
        var p = base
        let end = base + UInt(npages * MemConst.pageSize)
        while p < end {
            guard let ha = arena(of: p) else { runtimeThrow("runtime: allocNeedsZero outside the heap") }
            let off = p - ha.pointee.base
            var limit = end - ha.pointee.base
            if limit > UInt(MemConst.arenaBytes) { limit = UInt(MemConst.arenaBytes) }
            if off < ha.pointee.zeroedBase { needZero = true }
            if limit > ha.pointee.zeroedBase { ha.pointee.zeroedBase = limit }
            p = ha.pointee.base + limit
        }
        return needZero
    }

    /// Record `span` as the owner of its pages (nil to clear).
    func setSpans(_ base: UInt, npages: Int, _ span: UnsafeMutablePointer<MSpan>?) {
        for i in 0..<npages {
            let p = base + UInt(i * MemConst.pageSize)
            guard let ha = arena(of: p) else { runtimeThrow("runtime: setSpans outside the heap") }
            ha.pointee.spans[Int((p - ha.pointee.base) >> UInt(MemConst.pageShift))] = span
        }
    }

    /// Set or clear the pageInUse bit of the page at `p`.
    func setPageInUse(_ p: UInt, _ on: Bool) {
        guard let ha = arena(of: p) else { runtimeThrow("runtime: setPageInUse outside the heap") }
        let page = Int((p - ha.pointee.base) >> UInt(MemConst.pageShift))
        if on { ha.pointee.pageInUse[page >> 3] |= 1 << UInt8(page & 7) }
        else { ha.pointee.pageInUse[page >> 3] &= ~(1 << UInt8(page & 7)) }
    }

    func pageInUse(_ p: UInt) -> Bool {
        guard let ha = arena(of: p) else { return false }
        let page = Int((p - ha.pointee.base) >> UInt(MemConst.pageShift))
        return ha.pointee.pageInUse[page >> 3] & (1 << UInt8(page & 7)) != 0
    }
}

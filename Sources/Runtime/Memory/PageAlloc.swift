// PageAlloc.swift — the heap's page allocator: which 8 KiB pages are free.
//
// Design (a flattened form of Go's mpagealloc.go). Go keeps one bit per page
// in 4 MiB chunks of 512 pages plus a five-level radix tree of summaries so a
// search never looks at more than a few hundred bytes of a 256 TiB address
// space. gosub keeps Go's bitmaps and Go's per-chunk summary (start, max, end:
// the free run at the chunk's start, the longest free run anywhere in it, the
// free run at its end) but only the bottom level of the tree: the chunks sit
// in one address-ordered array, and a search walks it, skipping chunks by
// their summaries. An interpreter's heap has tens to thousands of chunks, so
// the walk costs little next to the lock and syscalls around it; adding the
// upper levels later changes nothing outside this file.
//
// Per chunk:   alloc[8] UInt64   bit set = page allocated (part of a span)
//              scav[8]  UInt64   bit set = page free *and* returned to the OS
//              sum               (start, max, end), recomputed on every change
//
// find(n), address-ordered first fit:
//   1. walk chunks from `searchIndex` (no chunk below it has a free page);
//   2. a run may continue from the previous chunk when the two are adjacent in
//      memory: it completes if this chunk's `start` covers what is missing, it
//      grows by 512 if the chunk is wholly free, else it is dropped;
//   3. otherwise, if `max` >= n, scan this chunk's bits for the first run;
//   4. the chunk's `end` run starts a new candidate for the next chunk.
// Fresh chunks (grow) are free and scavenged: never-touched memory counts as
// released, as in Go, and is known to be zero.
//
// Invariants: chunk bases are 4 MiB aligned, sorted, distinct; sums match the
// bitmaps; scav bits are only set on free pages; freePages and
// scavengedPages equal the bit counts (HeapCheck verifies all four).

struct PallocSum: Equatable {
    var start: Int
    var max: Int
    var end: Int
}

final class PageAlloc {
    static let wordsPerChunk = MemConst.chunkPages / 64

    private(set) var chunkBase: [UInt] = []
    @exclusivity(unchecked) private var alloc: [UInt64] = []
    @exclusivity(unchecked) private var scav: [UInt64] = []
    private(set) var sums: [PallocSum] = []
    private var searchIndex = 0

    /// Free pages (including scavenged ones).
    private(set) var freePages = 0
    /// Free pages that have been returned to the OS.
    private(set) var scavengedPages = 0
    /// All pages under management.
    var totalPages: Int { chunkBase.count * MemConst.chunkPages }

    // MARK: growing

    /// Add [base, base+size) as free, scavenged pages. Both are chunk aligned.
    func grow(_ base: UInt, _ size: Int) {
        precondition(base % UInt(MemConst.chunkBytes) == 0 && size % MemConst.chunkBytes == 0)
        for k in 0..<(size / MemConst.chunkBytes) {
            let cb = base + UInt(k * MemConst.chunkBytes)
            var i = chunkBase.count
            while i > 0 && chunkBase[i - 1] > cb { i -= 1 }
            precondition(i == 0 || chunkBase[i - 1] != cb, "runtime: page allocator grew twice over a chunk")
            chunkBase.insert(cb, at: i)
            let w = i * PageAlloc.wordsPerChunk
            alloc.insert(contentsOf: repeatElement(0, count: PageAlloc.wordsPerChunk), at: w)
            scav.insert(contentsOf: repeatElement(~0, count: PageAlloc.wordsPerChunk), at: w)
            sums.insert(PallocSum(start: 512, max: 512, end: 512), at: i)
            if i < searchIndex { searchIndex = i }
            freePages += MemConst.chunkPages
            scavengedPages += MemConst.chunkPages
        }
    }

    // MARK: bit helpers (page index 0..<512 within chunk c)

    @inline(__always) private func isAllocated(_ c: Int, _ i: Int) -> Bool {
        alloc[c * PageAlloc.wordsPerChunk + i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// First free page >= i in chunk c, or 512.
    private func nextFree(_ c: Int, from i: Int) -> Int {
        var i = i
        while i < MemConst.chunkPages {
            let w = ~alloc[c * PageAlloc.wordsPerChunk + i >> 6] >> UInt64(i & 63)
            if w != 0 { return Swift.min(MemConst.chunkPages, i + w.trailingZeroBitCount) }
            i = (i | 63) + 1
        }
        return MemConst.chunkPages
    }

    /// First allocated page >= i in chunk c, or 512.
    private func nextAllocated(_ c: Int, from i: Int) -> Int {
        var i = i
        while i < MemConst.chunkPages {
            let w = alloc[c * PageAlloc.wordsPerChunk + i >> 6] >> UInt64(i & 63)
            if w != 0 { return Swift.min(MemConst.chunkPages, i + w.trailingZeroBitCount) }
            i = (i | 63) + 1
        }
        return MemConst.chunkPages
    }

    /// The summary of chunk c, from its bits.
    func summarize(_ c: Int) -> PallocSum {
        let start = nextAllocated(c, from: 0)
        if start == MemConst.chunkPages { return PallocSum(start: 512, max: 512, end: 512) }
        var end = 0
        var w = PageAlloc.wordsPerChunk - 1
        while w >= 0 {
            let word = alloc[c * PageAlloc.wordsPerChunk + w]
            if word != 0 { end += word.leadingZeroBitCount; break }
            end += 64
            w -= 1
        }
        var best = Swift.max(start, end)
        var i = nextFree(c, from: start)
        while i < MemConst.chunkPages {
            let j = nextAllocated(c, from: i)
            best = Swift.max(best, j - i)
            i = nextFree(c, from: j)
        }
        return PallocSum(start: start, max: best, end: end)
    }

    /// First run of n free pages in chunk c, if any.
    private func firstFit(_ c: Int, _ n: Int) -> Int? {
        var i = nextFree(c, from: 0)
        while i < MemConst.chunkPages {
            let j = nextAllocated(c, from: i)
            if j - i >= n { return i }
            i = nextFree(c, from: j)
        }
        return nil
    }

    // MARK: allocation

    /// Address-ordered first fit. Returns the base and how many of the pages
    /// had been scavenged (they are now in use and no longer released).
    func alloc(_ npages: Int) -> (base: UInt, scavenged: Int)? {
        precondition(npages > 0)
        var runBase: UInt = 0
        var runLen = 0
        var c = searchIndex
        while c < chunkBase.count {
            let s = sums[c]
            if runLen > 0 {
                if chunkBase[c] != runBase + UInt(runLen * MemConst.pageSize) {
                    runLen = 0
                } else if s.start >= npages - runLen {
                    return (runBase, allocRange(runBase, npages))
                } else if s.start == MemConst.chunkPages {
                    runLen += MemConst.chunkPages
                    c += 1
                    continue
                } else {
                    runLen = 0
                }
            }
            if s.max >= npages, let i = firstFit(c, npages) {
                let base = chunkBase[c] + UInt(i * MemConst.pageSize)
                return (base, allocRange(base, npages))
            }
            if s.end > 0 {
                runBase = chunkBase[c] + UInt((MemConst.chunkPages - s.end) * MemConst.pageSize)
                runLen = s.end
            }
            c += 1
        }
        return nil
    }

    private func chunkIndex(_ addr: UInt) -> Int? {
        let cb = addr & ~UInt(MemConst.chunkBytes - 1)
        var lo = 0, hi = chunkBase.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if chunkBase[mid] < cb { lo = mid + 1 } else { hi = mid }
        }
        return lo < chunkBase.count && chunkBase[lo] == cb ? lo : nil
    }

    /// Visit each (chunk, first page, page count) piece of [base, base+npages).
    private func forEachPiece(_ base: UInt, _ npages: Int, _ body: (Int, Int, Int) -> Void) {
        var p = base
        var left = npages
        while left > 0 {
            guard let c = chunkIndex(p) else { runtimeThrow("runtime: page range outside the heap") }
            let first = Int((p - chunkBase[c]) >> UInt(MemConst.pageShift))
            let n = Swift.min(left, MemConst.chunkPages - first)
            body(c, first, n)
            left -= n
            p += UInt(n * MemConst.pageSize)
        }
    }

    /// Mark [base, base+npages) allocated; returns how many were scavenged.
    @discardableResult
    func allocRange(_ base: UInt, _ npages: Int) -> Int {
        var scavenged = 0
        forEachPiece(base, npages) { c, first, n in
            for i in first..<(first + n) {
                let w = c * PageAlloc.wordsPerChunk + i >> 6
                let bit: UInt64 = 1 << UInt64(i & 63)
                if alloc[w] & bit != 0 { runtimeThrow("runtime: page allocated twice") }
                alloc[w] |= bit
                if scav[w] & bit != 0 { scav[w] &= ~bit; scavenged += 1 }
            }
            sums[c] = summarize(c)
        }
        freePages -= npages
        scavengedPages -= scavenged
        while searchIndex < chunkBase.count && sums[searchIndex].max == 0 { searchIndex += 1 }
        return scavenged
    }

    /// Return [base, base+npages) to the free pool (not scavenged).
    func free(_ base: UInt, _ npages: Int) {
        forEachPiece(base, npages) { c, first, n in
            for i in first..<(first + n) {
                let w = c * PageAlloc.wordsPerChunk + i >> 6
                let bit: UInt64 = 1 << UInt64(i & 63)
                if alloc[w] & bit == 0 { runtimeThrow("runtime: freeing a free page") }
                alloc[w] &= ~bit
            }
            sums[c] = summarize(c)
            if c < searchIndex { searchIndex = c }
        }
        freePages += npages
    }

    // MARK: scavenging

    /// Go's scavChunkHiOccPages: the background scavenger leaves chunks with
    /// at least this many pages in use alone (they are likely to be reused soon).
    static let denseChunkPages = 496

    /// Mark up to `maxPages` free, unscavenged pages as scavenged, highest
    /// addresses first (as Go does), and return the runs so the caller can
    /// release them to the OS. With `skipDense`, chunks with 496 or more pages
    /// in use are passed over.
    func scavenge(maxPages: Int, skipDense: Bool = false) -> [(base: UInt, npages: Int)] {
        var runs: [(base: UInt, npages: Int)] = []
        var left = maxPages
        var c = chunkBase.count - 1
        while c >= 0 && left > 0 {
            if skipDense {
                var used = 0
                for w in 0..<PageAlloc.wordsPerChunk { used += alloc[c * PageAlloc.wordsPerChunk + w].nonzeroBitCount }
                if used >= PageAlloc.denseChunkPages { c -= 1; continue }
            }
            var i = MemConst.chunkPages - 1
            while i >= 0 && left > 0 {
                let w = c * PageAlloc.wordsPerChunk + i >> 6
                let bit: UInt64 = 1 << UInt64(i & 63)
                if alloc[w] & bit == 0 && scav[w] & bit == 0 {
                    // Extend a run downward from page i.
                    var lo = i
                    while lo > 0 && left > 1 {
                        let w2 = c * PageAlloc.wordsPerChunk + (lo - 1) >> 6
                        let b2: UInt64 = 1 << UInt64((lo - 1) & 63)
                        if alloc[w2] & b2 != 0 || scav[w2] & b2 != 0 { break }
                        lo -= 1
                        left -= 1
                    }
                    left -= 1
                    for k in lo...i {
                        scav[c * PageAlloc.wordsPerChunk + k >> 6] |= 1 << UInt64(k & 63)
                    }
                    runs.append((chunkBase[c] + UInt(lo * MemConst.pageSize), i - lo + 1))
                    scavengedPages += i - lo + 1
                    i = lo - 1
                } else {
                    i -= 1
                }
            }
            c -= 1
        }
        return runs
    }

    // MARK: inspection (HeapCheck, tests)

    func isFree(_ addr: UInt) -> Bool {
        guard let c = chunkIndex(addr) else { return false }
        return !isAllocated(c, Int((addr - chunkBase[c]) >> UInt(MemConst.pageShift)))
    }

    /// Counts of allocated, free-scavenged pages and scav bits on allocated pages, from the bits.
    func countBits() -> (allocated: Int, scavengedFree: Int, scavengedAllocated: Int) {
        var a = 0, s = 0, bad = 0
        for w in 0..<alloc.count {
            a += alloc[w].nonzeroBitCount
            s += (scav[w] & ~alloc[w]).nonzeroBitCount
            bad += (scav[w] & alloc[w]).nonzeroBitCount
        }
        return (a, s, bad)
    }
}

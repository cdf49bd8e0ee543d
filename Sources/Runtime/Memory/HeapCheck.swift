// HeapCheck.swift — the invariant checker: walk the heap, cross-check everything.
//
// Go's ReadMemStatsSlow recomputes the statistics by walking the heap and
// compares. This does that and more; it runs when a test calls it, and after
// every cycle and full sweep when `MHeap.debugCheck` is set. It is slow
// (it visits every page and slot) and allocates freely; it never runs on the
// allocation path.
//
// What is checked:
//   spans     no two live spans overlap; every page of a span maps back to it
//             and is allocated in the page allocator; pageInUse is set on the
//             first page of exactly the in-use spans; elemsize, nelems, npages,
//             limit match the size class (and leave the span-end bitmap clear
//             of objects); freeindex <= nelems
//   bits      allocCount == #allocated slots (below freeindex, or in
//             allocBits); no bit at or above nelems; marked slots are
//             allocated; allocCache agrees with allocBits from freeindex to
//             the end of its 64-slot word
//   lists     every in-use small span is in exactly one mcentral set or cached
//             by exactly one mcache, large spans are in a set; sweepgen agrees
//             with where the span is (swept set: sg, unswept: sg-2, cached:
//             sg+1 or sg+3); swept full spans are full, swept partial ones not
//   tiny      an mcache's tiny block is an allocated slot of a tiny span it caches
//   pages     summaries match bitmaps; no scavenged bit on an allocated page;
//             free and scavenged counts match the bits
//   counters  HeapInuse, StackInuse, HeapIdle, HeapReleased match the pages;
//             per size class, objects allocated minus freed equal the objects
//             the spans hold; large objects likewise; HeapAlloc equals the
//             bytes of allocated slots

extension MHeap {
    /// Every broken invariant, as text (empty: all good).
    public func checkInvariants() -> [String] {
        var errs: [String] = []
        func fail(_ s: String) { if errs.count < 40 { errs.append(s) } }
        func hex(_ v: UInt) -> String { "0x" + String(v, radix: 16) }
        let sg = sweepgen

        var spans: [UnsafeMutablePointer<MSpan>] = []
        forEachLiveSpan { spans.append($0) }
        spans.sort { $0.pointee.startAddr < $1.pointee.startAddr }

        var inUsePages = 0, manualPages = 0
        var liveByClass = [UInt64](repeating: 0, count: MemConst.numSizeClasses)
        var largeCount: UInt64 = 0, largeBytes: UInt64 = 0, liveBytes: UInt64 = 0
        var prevEnd: UInt = 0
        for s in spans {
            let sp = s.pointee
            let base = sp.startAddr
            let end = base + UInt(sp.npages * MemConst.pageSize)
            let name = "span \(hex(base)) [\(sp.spanclass), \(sp.npages)p]"
            if base < prevEnd { fail("\(name) overlaps the span before it (ends \(hex(prevEnd)))") }
            prevEnd = end
            for k in 0..<sp.npages {
                let p = base + UInt(k * MemConst.pageSize)
                if spanOf(p) != s { fail("\(name): page \(k) does not map to it") }
                if pages.isFree(p) { fail("\(name): page \(k) is free in the page allocator") }
                if k > 0 && arenas.pageInUse(p) { fail("\(name): pageInUse set on inner page \(k)") }
            }
            if sp.state == .manual {
                manualPages += sp.npages
                if arenas.pageInUse(base) { fail("\(name): manual span with pageInUse") }
                continue
            }
            inUsePages += sp.npages
            if !arenas.pageInUse(base) { fail("\(name): pageInUse not set") }
            let c = sp.spanclass.sizeClass
            let n = Int(sp.nelems)
            if c != 0 {
                if Int(sp.elemsize) != SizeClasses.size[c] { fail("\(name): elemsize \(sp.elemsize)") }
                if n != SizeClasses.objectsPerSpan(sizeClass: c, noscan: sp.spanclass.noscan) { fail("\(name): nelems \(n)") }
                if sp.npages != SizeClasses.npages[c] { fail("\(name): npages") }
                if sp.limit != base + sp.elemsize * UInt(n) { fail("\(name): limit \(hex(sp.limit))") }
                if !sp.spanclass.noscan && SizeClasses.size[c] <= MemConst.minSizeForMallocHeader {
                    if sp.limit > HeapBits.range(span: s).0 { fail("\(name): objects overlap the heap bits") }
                }
                liveByClass[c] += UInt64(sp.allocCount)
            } else {
                if n != 1 || Int(sp.elemsize) != sp.npages * MemConst.pageSize { fail("\(name): bad large span shape") }
                if sp.limit <= base || sp.limit > end { fail("\(name): large limit \(hex(sp.limit))") }
                largeCount += UInt64(sp.allocCount)
                largeBytes += UInt64(sp.allocCount) * UInt64(sp.elemsize)
            }
            if sp.limit > end { fail("\(name): limit beyond span") }
            if sp.freeindex > sp.nelems { fail("\(name): freeindex \(sp.freeindex) > nelems \(n)") }
            var allocated = 0
            for i in 0..<n {
                let isAlloc = !sp.isFree(i)
                if isAlloc { allocated += 1 }
                if sp.isMarked(i) && !isAlloc { fail("\(name): slot \(i) marked but free") }
            }
            if allocated != Int(sp.allocCount) { fail("\(name): allocCount \(sp.allocCount), allocated slots \(allocated)") }
            liveBytes += UInt64(sp.allocCount) * UInt64(sp.elemsize)
            for i in n..<MemConst.maxObjsPerSpan {
                let bit: UInt64 = 1 << UInt64(i & 63)
                if sp.allocBits[i >> 6] & bit != 0 || sp.gcmarkBits[i >> 6] & bit != 0 {
                    fail("\(name): bit \(i) set beyond nelems"); break
                }
            }
            let fi = Int(sp.freeindex)
            if fi < n {
                let wordEnd = min(n, (fi / 64 + 1) * 64)
                for i in fi..<wordEnd {
                    let cacheFree = (sp.allocCache >> UInt64(i - fi)) & 1 != 0
                    let bitsFree = sp.allocBits[i >> 6] & (1 << UInt64(i & 63)) == 0
                    if cacheFree != bitsFree { fail("\(name): allocCache disagrees with allocBits at slot \(i)"); break }
                }
            }
            let g = sp.sweepgen
            if g != sg &- 2 && g != sg && g != sg &+ 1 && g != sg &+ 3 { fail("\(name): sweepgen \(g), heap \(sg)") }
        }

        // Where each in-use span sits: mcentral sets and mcaches.
        var seen: [UnsafeMutablePointer<MSpan>: Int] = [:]
        for c in central {
            c.forEachSpan { s, swept, full in
                seen[s, default: 0] += 1
                let sp = s.pointee
                let name = "span \(hex(sp.startAddr)) in mcentral \(c.spanclass)"
                if sp.state != .inUse { fail("\(name): not in use") }
                if sp.spanclass != c.spanclass { fail("\(name): has class \(sp.spanclass)") }
                if swept && sp.sweepgen != sg { fail("\(name): swept set, sweepgen \(sp.sweepgen), heap \(sg)") }
                if !swept && sp.sweepgen != sg &- 2 { fail("\(name): unswept set, sweepgen \(sp.sweepgen), heap \(sg)") }
                if swept && sp.spanclass.sizeClass != 0 && full != (sp.allocCount == sp.nelems) {
                    fail("\(name): in the \(full ? "full" : "partial") set with \(sp.allocCount)/\(sp.nelems)")
                }
            }
        }
        for m in mcaches {
            for i in 0..<MemConst.numSpanClasses {
                let s = m.s.pointee.alloc[i]
                if s == emptySpan { continue }
                seen[s, default: 0] += 1
                let sp = s.pointee
                if sp.spanclass.index != i { fail("mcache slot \(i) holds a span of class \(sp.spanclass)") }
                if sp.sweepgen != sg &+ 3 && sp.sweepgen != sg &+ 1 { fail("cached span \(hex(sp.startAddr)): sweepgen \(sp.sweepgen), heap \(sg)") }
            }
            let t = m.s.pointee.tiny
            if t != 0 {
                if let s = spanOfHeap(t), s.pointee.spanclass == .tiny, m.caches(s) {
                    let i = s.pointee.objIndex(t)
                    if s.pointee.startAddr + UInt(i * 16) != t { fail("tiny block \(hex(t)) not slot aligned") }
                    if s.pointee.isFree(i) { fail("tiny block \(hex(t)) is a free slot") }
                } else {
                    fail("tiny block \(hex(t)) is not in a tiny span cached by its mcache")
                }
                if m.s.pointee.tinyoffset > MemConst.tinySize { fail("tinyoffset \(m.s.pointee.tinyoffset)") }
            }
        }
        for s in spans where s.pointee.state == .inUse {
            let k = seen[s, default: 0]
            if k != 1 { fail("span \(hex(s.pointee.startAddr)) [\(s.pointee.spanclass)] is held in \(k) places") }
        }
        if seen.count != spans.filter({ $0.pointee.state == .inUse }).count {
            fail("mcentral sets or mcaches hold spans that are not in use")
        }

        // The page allocator.
        for c in 0..<pages.chunkBase.count where pages.summarize(c) != pages.sums[c] {
            fail("page chunk \(hex(pages.chunkBase[c])): summary \(pages.sums[c]) is stale")
        }
        let bits = pages.countBits()
        if bits.allocated != inUsePages + manualPages { fail("page bitmap: \(bits.allocated) allocated, spans hold \(inUsePages + manualPages)") }
        if bits.scavengedAllocated != 0 { fail("page bitmap: \(bits.scavengedAllocated) allocated pages marked scavenged") }
        if pages.freePages != pages.totalPages - bits.allocated { fail("page allocator: freePages \(pages.freePages)") }
        if pages.scavengedPages != bits.scavengedFree { fail("page allocator: scavengedPages \(pages.scavengedPages), bits \(bits.scavengedFree)") }

        // Counters.
        let ps = UInt64(MemConst.pageSize)
        if stats.heapInUse != UInt64(inUsePages) * ps { fail("heapInUse \(stats.heapInUse), spans \(UInt64(inUsePages) * ps)") }
        if stats.inStacks != UInt64(manualPages) * ps { fail("inStacks \(stats.inStacks), spans \(UInt64(manualPages) * ps)") }
        if stats.heapFree + stats.heapReleased != UInt64(pages.freePages) * ps { fail("heapFree+heapReleased disagree with free pages") }
        if stats.heapReleased != UInt64(pages.scavengedPages) * ps { fail("heapReleased \(stats.heapReleased), scavenged pages \(pages.scavengedPages)") }
        if stats.mappedHeap != UInt64(pages.totalPages) * ps { fail("mapped heap \(stats.mappedHeap), pages \(pages.totalPages)") }
        var small = stats.smallAllocCount
        for m in mcaches { m.unflushedCounts(into: &small) }
        for c in 1..<MemConst.numSizeClasses where small[c] &- stats.smallFreeCount[c] != liveByClass[c] {
            fail("class \(c): \(small[c]) allocated - \(stats.smallFreeCount[c]) freed != \(liveByClass[c]) in spans")
        }
        if stats.largeAllocCount - stats.largeFreeCount != largeCount { fail("large objects: counters \(stats.largeAllocCount - stats.largeFreeCount), spans \(largeCount)") }
        if stats.largeAlloc - stats.largeFree != largeBytes { fail("large bytes: counters \(stats.largeAlloc - stats.largeFree), spans \(largeBytes)") }
        let ms = memStatsNoFlush()
        if ms.heapAlloc != liveBytes { fail("HeapAlloc \(ms.heapAlloc), slots \(liveBytes)") }
        return errs
    }

    /// Check, and stop the process if the heap is broken (a runtime bug).
    public func verifyInvariants() {
        let errs = checkInvariants()
        if !errs.isEmpty { runtimeThrow("runtime: heap invariants broken:\n" + errs.joined(separator: "\n")) }
    }
}

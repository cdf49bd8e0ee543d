// Scavenger.swift — giving free pages back to the OS.
//
// Go's scavenger (mgcscavenge.go) returns free pages with
// madvise(MADV_DONTNEED), highest addresses first, so that retained memory
// (HeapInuse + free-but-backed pages) stays near heapGoal * 110%
// (retainExtraPercent = 10). It runs as a background goroutine using about 1%
// of a CPU, and all at once for debug.FreeOSMemory.
//
// gosub gives the scheduler one call to make between goroutine slices:
// `backgroundScavengeStep` releases at most `maxBytes` (64 KiB, Go's unit of
// background work) while retained memory is above the goal, passing over
// chunks with 496 or more of their 512 pages in use, as Go's does. `scavenge(bytes:)`
// and `freeOSMemory()` release on demand. Released pages stay mapped (their
// address range is kept); they are zero when next used, so a span made only
// of scavenged pages is not cleared again (MHeap.allocPages).
//
// Stats: released bytes move from heapFree to heapReleased; allocation moves
// them back (MHeap.allocPages).

extension MHeap {
    /// Release up to `bytes` (rounded up to pages) of free memory. Returns bytes released.
    @discardableResult
    public func scavenge(bytes: Int) -> Int { scavenge(bytes: bytes, skipDense: false) }

    private func scavenge(bytes: Int, skipDense: Bool) -> Int {
        let maxPages = (bytes + MemConst.pageSize - 1) / MemConst.pageSize
        let runs = withLock { () -> [(base: UInt, npages: Int)] in
            let r = pages.scavenge(maxPages: maxPages, skipDense: skipDense)
            let released = UInt64(r.reduce(0) { $0 + $1.npages } * MemConst.pageSize)
            stats.heapFree -= released
            stats.heapReleased += released
            return r
        }
        var total = 0
        for r in runs {
            let n = r.npages * MemConst.pageSize
            OSMemory.unused(r.base, n)
            emit(.scavenge(base: r.base, bytes: n))
            total += n
        }
        return total
    }

    /// The heap's part of debug.FreeOSMemory: release every free page.
    /// (The collector runs a full GC first.)
    @discardableResult
    public func freeOSMemory() -> Int {
        sweepAll()
        return scavenge(bytes: Int(stats.heapFree))
    }

    /// Memory the heap keeps backed: in-use spans plus free, unreleased pages.
    public var retainedBytes: UInt64 { stats.heapInUse + stats.heapFree }

    /// One step of the background scavenger: if retained memory exceeds
    /// heapGoal * 110%, release at most `maxBytes`. Returns bytes released.
    @discardableResult
    public func backgroundScavengeStep(heapGoal: UInt64, maxBytes: Int = 64 << 10) -> Int {
        let goal = heapGoal + heapGoal / 10
        let retained = retainedBytes
        guard retained > goal else { return 0 }
        return scavenge(bytes: Int(min(retained - goal, UInt64(maxBytes))), skipDense: true)
    }
}

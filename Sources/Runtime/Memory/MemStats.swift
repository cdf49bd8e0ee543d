// MemStats.swift — the heap's counters and runtime.ReadMemStats.
//
// Counters (Go's heapStats and gcController fields), all in the heap:
//   smallAllocCount[c], smallFreeCount[c]   objects of class c; allocations
//       are added when a span leaves an mcache (refill, releaseAll), frees
//       when a sweep finds unmarked objects
//   largeAlloc/-Count, largeFree/-Count     bytes (whole pages) and objects
//   tinyAllocCount                          objects packed into tiny blocks
//   heapInUse     bytes of pages in in-use spans        (HeapInuse)
//   heapFree      free pages still backed by memory
//   heapReleased  free pages returned to the OS         (HeapReleased)
//   inStacks      pages in manual spans                 (StackInuse)
//   heapLive      the pacer's view of live heap bytes; heapMarked the last
//                 cycle's marked bytes
//
// ReadMemStats derives Go's fields from them exactly as readmemstats_m does:
//   TotalAlloc = sum(smallAllocCount[c] * size[c]) + largeAlloc
//   Mallocs    = sum(smallAllocCount) + largeAllocCount + tinyAllocCount
//   Frees      = sum(smallFreeCount) + largeFreeCount + tinyAllocCount
//   HeapAlloc  = Alloc = TotalAlloc - total freed bytes
//   HeapObjects = Mallocs - Frees
//   HeapSys = HeapInuse + heapFree + HeapReleased; HeapIdle = heapFree + HeapReleased
// and, like Go, flushes every mcache first (releaseAll), so counts are exact.
// GC fields (NumGC, PauseNs, NextGC, ...) come from `gcRecord`, which the
// collector fills in; NextGC starts at Go's 4 MiB minimum heap goal.

struct HeapStats {
    var smallAllocCount = [UInt64](repeating: 0, count: MemConst.numSizeClasses)
    var smallFreeCount = [UInt64](repeating: 0, count: MemConst.numSizeClasses)
    var largeAlloc: UInt64 = 0
    var largeAllocCount: UInt64 = 0
    var largeFree: UInt64 = 0
    var largeFreeCount: UInt64 = 0
    var tinyAllocCount: UInt64 = 0
    var heapInUse: UInt64 = 0
    var heapFree: UInt64 = 0
    var heapReleased: UInt64 = 0
    var inStacks: UInt64 = 0
    /// Bytes of arena space made usable (all of heapInUse + heapFree + heapReleased + inStacks).
    var mappedHeap: UInt64 = 0
    var heapLive: UInt64 = 0
    var heapMarked: UInt64 = 0
}

/// What the collector records about its cycles (it owns these numbers).
public struct GCRecord {
    public var numGC: UInt32 = 0
    public var numForcedGC: UInt32 = 0
    public var pauseTotalNs: UInt64 = 0
    public var pauseNs = [UInt64](repeating: 0, count: 256)
    public var pauseEnd = [UInt64](repeating: 0, count: 256)
    public var lastGC: UInt64 = 0
    public var gcCPUFraction: Double = 0
    /// The heap goal; 4 MiB before the first cycle (Go's heapMinimum with GOGC=100).
    public var nextGC: UInt64 = 4 << 20
    public init() {}
}

/// runtime.MemStats, field for field.
public struct MemStats: Equatable {
    public struct SizeClassStats: Equatable {
        public var size: UInt32
        public var mallocs: UInt64
        public var frees: UInt64
    }

    public var alloc: UInt64 = 0
    public var totalAlloc: UInt64 = 0
    public var sys: UInt64 = 0
    public var lookups: UInt64 = 0
    public var mallocs: UInt64 = 0
    public var frees: UInt64 = 0
    public var heapAlloc: UInt64 = 0
    public var heapSys: UInt64 = 0
    public var heapIdle: UInt64 = 0
    public var heapInuse: UInt64 = 0
    public var heapReleased: UInt64 = 0
    public var heapObjects: UInt64 = 0
    public var stackInuse: UInt64 = 0
    public var stackSys: UInt64 = 0
    public var mSpanInuse: UInt64 = 0
    public var mSpanSys: UInt64 = 0
    public var mCacheInuse: UInt64 = 0
    public var mCacheSys: UInt64 = 0
    public var buckHashSys: UInt64 = 0
    public var gcSys: UInt64 = 0
    public var otherSys: UInt64 = 0
    public var nextGC: UInt64 = 0
    public var lastGC: UInt64 = 0
    public var pauseTotalNs: UInt64 = 0
    public var pauseNs = [UInt64](repeating: 0, count: 256)
    public var pauseEnd = [UInt64](repeating: 0, count: 256)
    public var numGC: UInt32 = 0
    public var numForcedGC: UInt32 = 0
    public var gcCPUFraction: Double = 0
    public var enableGC = true
    public var debugGC = false
    /// Classes 0...60 (sizes up to 18432), as Go reports them.
    public var bySize: [SizeClassStats] = []
}

extension MHeap {
    /// runtime.ReadMemStats. Flushes every mcache first, as Go does.
    public func readMemStats() -> MemStats {
        for c in mcaches { c.releaseAll() }
        return memStatsNoFlush()
    }

    /// The same numbers without flushing mcaches: cached spans' counts are
    /// added from their allocCount (used by the invariant checker and tests).
    public func memStatsNoFlush() -> MemStats {
        var small = stats.smallAllocCount
        var tiny = stats.tinyAllocCount
        for c in mcaches {
            c.unflushedCounts(into: &small)
            tiny += c.unflushedTiny
        }
        var m = MemStats()
        var totalAlloc = stats.largeAlloc
        var totalFree = stats.largeFree
        var nMalloc = stats.largeAllocCount
        var nFree = stats.largeFreeCount
        for c in 0..<MemConst.numSizeClasses {
            let size = UInt64(SizeClasses.size[c])
            totalAlloc += small[c] * size
            nMalloc += small[c]
            totalFree += stats.smallFreeCount[c] * size
            nFree += stats.smallFreeCount[c]
            if c <= 60 {
                m.bySize.append(.init(size: UInt32(size), mallocs: small[c], frees: stats.smallFreeCount[c]))
            }
        }
        nMalloc += tiny
        nFree += tiny
        m.alloc = totalAlloc - totalFree
        m.totalAlloc = totalAlloc
        m.mallocs = nMalloc
        m.frees = nFree
        m.heapAlloc = m.alloc
        m.heapInuse = stats.heapInUse
        m.heapReleased = stats.heapReleased
        m.heapIdle = stats.heapFree + stats.heapReleased
        m.heapSys = m.heapInuse + m.heapIdle
        m.heapObjects = nMalloc - nFree
        m.stackInuse = stats.inStacks
        m.stackSys = stats.inStacks
        m.mSpanInuse = UInt64(spanPool.inUseBytes)
        m.mSpanSys = UInt64(spanPool.sysBytes)
        m.mCacheInuse = UInt64(mcaches.count * MCache.stateBytes)
        m.mCacheSys = m.mCacheInuse
        m.gcSys = UInt64(arenas.arenas.count * HeapArena.metadataBytes + spanPool.bitmapBytes)
        m.otherSys = 4096
        m.sys = m.heapSys + m.stackSys + m.mSpanSys + m.mCacheSys + m.buckHashSys + m.gcSys + m.otherSys
        m.nextGC = gcRecord.nextGC
        m.lastGC = gcRecord.lastGC
        m.pauseTotalNs = gcRecord.pauseTotalNs
        m.pauseNs = gcRecord.pauseNs
        m.pauseEnd = gcRecord.pauseEnd
        m.numGC = gcRecord.numGC
        m.numForcedGC = gcRecord.numForcedGC
        m.gcCPUFraction = gcRecord.gcCPUFraction
        return m
    }

    /// The pacer's live-heap estimate (Go's gcController.heapLive).
    public var heapLive: UInt64 { stats.heapLive }
    /// Bytes marked in the last cycle.
    public var heapMarked: UInt64 { stats.heapMarked }
}

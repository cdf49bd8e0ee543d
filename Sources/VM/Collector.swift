// The garbage collector's cycle (Go's gcStart … gcMarkTermination): a
// snapshot-at-the-beginning collector whose marking is incremental.
//
//   1. start, with the world stopped at a safepoint (the running goroutine's
//      registers saved, every other goroutine parked at one of its own):
//      sync.Pools' values become victims; the last cycle's sweep finishes
//      and allocate-black begins (MHeap.gcStartMark); the roots are shaded:
//        - the static segment (globals, os.Args, closures of functions)
//        - each goroutine's live frame slots, from the functions' stack maps
//          (Liveness.swift); a panicking goroutine's stack is scanned whole
//        - the runtime's references: deferred-call records, panic values,
//          timers' channels and functions, fmt's staged method results, and
//          what finalizable objects point to (Finalizers.swift)
//      then the write barrier is turned on (heap.marking).
//   2. mark slices between the goroutines' steps: an assist at the safepoint
//      after each span the allocator hands out (scan work in proportion to
//      the bytes allocated), and a background slice at every goroutine
//      switch; a slice scans at most 256 KiB and runs at most 250 µs. Every store that may overwrite
//      a pointer shades the old one first (the deletion barrier: st64,
//      stblk, cpblk, zblk, copy, and the runtime's own stores into channel
//      buffers, maps and sorted slices), so everything reachable when the
//      cycle started is marked; objects allocated meanwhile are born black.
//      If the heap outgrows its goal by a tenth, marking ends at once.
//   3. termination, when no grey object is left (at a safepoint): the
//      finalizer queue, tables keyed by object address forget dead keys,
//      heapMarked, sweepgen += 2, mcaches flushed (MHeap.gcFinishMark); the
//      pacer sets the next goal and trigger.
//   4. sweeping is lazy (allocation), proportional (a span per span taken)
//      and in the background (the scheduler sweeps a few spans at every
//      switch).
// runtime.GC, debug.FreeOSMemory, GODEBUG=gcstoptheworld=1 and
// GOSUB_GCSTRESS=1 run whole cycles with the world stopped;
// GOSUB_GCSTRESS=2 starts a cycle at every allocation and marks in the
// smallest slices, to exercise the barrier.
//
// A live slot holding a non-pointer is harmless: a word that is not the
// address of an allocated object is ignored.
//
// Pacer (Go 1.18+): goal = marked + (marked + stacks + globals) × GOGC/100,
// at least 4 MiB × GOGC/100; the next cycle starts when heapLive reaches
// 61/64 of the way from marked to goal (Go's trigger bound). GOGC=off
// never triggers; runtime.GC always runs. GOMEMLIMIT caps the goal.
// GODEBUG=gctrace=1 prints Go's line per cycle; gosubgcslices=1 adds one
// on the pauses and slices.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The collector's settings and running totals.
struct CollectorState {
    /// Prints Go's gctrace line per cycle (GODEBUG=gctrace=1).
    var trace = false
    /// The memory limit (GOMEMLIMIT, debug.SetMemoryLimit); Int64.max = none.
    var memoryLimit = Int64.max
    /// Nanoseconds spent collecting, and the monotonic time the program started.
    var totalNs: UInt64 = 0
    var startNs: UInt64 = 0
    /// Stack bytes scanned in the last cycle (the pacer's lastStackScan).
    var lastStackScan: UInt64 = 0
    /// A cycle is marking: the mutator runs between mark slices.
    var marking = false
    /// GODEBUG=gcstoptheworld=1 (or GC stress): every cycle marks to the end at once.
    var stopTheWorld = false
    /// GODEBUG=gosubgcslices=1: a line per cycle on its pauses and mark slices.
    var traceSlices = false
    /// Scan work per byte allocated, for assists; heapLive at the last slice.
    var assistRatio = 1.0
    var liveAtLastSlice: UInt64 = 0
    /// The cycle in progress.
    var cycle = CycleRecord(forced: false, start: 0, liveAtStart: 0)
}

/// Figures of one cycle, for MemStats and gctrace.
struct CycleRecord {
    var forced: Bool
    var start: UInt64
    var liveAtStart: UInt64
    var startPause: UInt64 = 0
    var markNs: UInt64 = 0
    /// Mark slices run, and the longest one.
    var slices = 0
    var longestSlice: UInt64 = 0
}

extension Machine {
    /// Monotonic real time (the collector's timings ignore -faketime).
    static func realNanos() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Reads GODEBUG, GOGC's companions and the test modes; arms the first trigger.
    func startCollector() {
        gc.startNs = Self.realNanos()
        if let e = getenv("GODEBUG") {
            let settings = String(cString: e).split(separator: ",")
            gc.trace = settings.contains("gctrace=1")
            gc.stopTheWorld = settings.contains("gcstoptheworld=1")
            gc.traceSlices = settings.contains("gosubgcslices=1")
        }
        if let e = getenv("GOMEMLIMIT"), let v = Self.parseMemoryLimit(String(cString: e)) { gc.memoryLimit = v }
        // GC stress: 1 collects at every allocation with the world stopped; 2 starts a
        // cycle at every allocation and marks in the smallest slices between the mutator's steps
        switch getenv("GOSUB_GCSTRESS").map({ String(cString: $0) }) {
        case "1": heap.stressGC = true; gc.stopTheWorld = true
        case "2": heap.stressGC = true
        default: break
        }
        if getenv("GOSUB_GCPOISON").map({ String(cString: $0) }) == "1" { heap.poisonFreed = true }
        setPacing(marked: 0)
    }

    /// At a safepoint, when the allocator asked: a mark slice if a cycle is
    /// marking, else a new cycle if the heap reached the trigger.
    @inline(never)
    func collectIfRequested() {
        // only the CPU profiler's tick (a request with it handles the GC first; the tick stays set)
        guard heap.gcRequested else { return profileTick() }
        heap.gcRequested = false
        if gc.marking {
            markSlice(assist: true)
            return
        }
        // GC stress asks at every allocation; GOGC=off still means no automatic cycle
        if heap.stressGC && gcPercent < 0 && gc.memoryLimit == Int64.max { return }
        if heap.heapLive < heap.gcTrigger && !heap.stressGC { return }
        startCycle(forced: false)
        if gc.stopTheWorld { finishMarking() }
    }

    /// The CPU profiler's tick reached a safepoint: a sample of the running goroutine's stack.
    @inline(never)
    func profileTick() {
        heap.gcRequest.pointee &= ~CPUProfiler.tickBit
        if let p = cpuProfiler, let g = current { p.sample(frames(g, limit: 64)) }
    }

    /// runtime.GC: finishes a cycle in progress, then runs a whole one with the world stopped.
    func collect(forced: Bool) {
        heap.gcRequested = false
        if gc.marking { finishMarking() }
        startCycle(forced: forced)
        finishMarking()
    }

    /// Sweep termination and the roots (Go's gcStart), with the world stopped:
    /// afterwards the mutator runs between mark slices, behind the write barrier.
    private func startCycle(forced: Bool) {
        let t0 = Self.realNanos()
        gc.cycle = CycleRecord(forced: forced, start: t0, liveAtStart: heap.heapLive)
        clearPools()
        heap.gcStartMark()
        heap.resetScanWork()
        markRoots()
        gc.marking = true
        heap.marking.pointee = 1
        // assists: scan about twice the expected work over the runway to the goal
        let expected = max(Double(heap.heapMarked), Double(heap.heapLive) / 2)
        let goal = heap.gcRecord.nextGC
        let runway = max(Double(goal) - Double(heap.heapLive), Double(1 << 20))
        gc.assistRatio = 2 * expected / runway
        gc.liveAtLastSlice = heap.heapLive
        gc.cycle.startPause = Self.realNanos() - t0
    }

    /// The longest a mark slice runs (250 µs), whatever its share.
    static let sliceNs: UInt64 = 250_000

    /// Marks a share of the grey objects; ends the cycle when none is left.
    /// An assist's share is proportional to what was allocated since the last slice.
    func markSlice(assist: Bool) {
        let t = Self.realNanos()
        var budget = 256 << 10
        if assist {
            let allocated = Double(heap.heapLive &- gc.liveAtLastSlice)
            budget = max(64 << 10, Int(min(allocated * gc.assistRatio, Double(1 << 30))))
        }
        if heap.stressGC { budget = 512 }   // stress: the smallest slices, the most interleaving
        // no slice scans more than 256 KiB (a fraction of a millisecond)...
        budget = min(budget, 256 << 10)
        gc.liveAtLastSlice = heap.heapLive
        let done = heap.drain(budget: budget, deadline: t + Self.sliceNs)
        let took = Self.realNanos() - t
        gc.cycle.markNs += took
        gc.cycle.slices += 1
        gc.cycle.longestSlice = max(gc.cycle.longestSlice, took)
        // ...unless the heap outgrows its goal by a tenth: then marking ends at once (Go's hard goal)
        if done || Double(heap.heapLive) > 1.1 * Double(max(heap.gcRecord.nextGC, 4 << 20)) { finishMarking() }
    }

    /// The rest of the marking, then mark termination (Go's gcMarkTermination).
    func finishMarking() {
        let t = Self.realNanos()
        heap.drain()
        gc.cycle.markNs += Self.realNanos() - t
        let t2 = Self.realNanos()
        markFinalizable()
        forgetDeadKeys()
        let liveAtEnd = heap.heapLive
        heap.marking.pointee = 0
        gc.marking = false
        heap.gcFinishMark()
        let marked = heap.heapMarked
        let goal = setPacing(marked: marked)
        let t3 = Self.realNanos()
        let c = gc.cycle
        record(forced: c.forced, start: c.start, pauses: (c.startPause, t3 - t2),
               concurrent: t2 - c.start - c.startPause, markNs: c.markNs,
               sizes: (c.liveAtStart, liveAtEnd, marked, goal))
        tracer?.cycle(n: Int(heap.gcRecord.numGC), before: c.liveAtStart, marked: marked, goal: goal, forced: c.forced)
        startFinalizers()
    }

    /// Tables keyed by an object's address drop the entries of objects that died,
    /// so a new object at the same address does not inherit them.
    private func forgetDeadKeys() {
        func dead(_ k: UInt64) -> Bool { heap.findObject(UInt(k)) != nil && !heap.isMarked(UInt(k)) }
        chanWaiters = chanWaiters.filter { !dead($0.key) }
        syncWaiters = syncWaiters.filter { !dead($0.key) }
        notifyLists = notifyLists.filter { !dead($0.key) }
        timers.forgetObjects(where: dead)
        pools.removeAll(where: dead)
    }

    /// sync.Pool (at its first Put): heap and static pools are cleared at every cycle.
    func registerPool(_ p: UInt64) {
        if heap.findObject(UInt(p)) != nil || image.isStatic(p) { pools.append(p) }
    }

    /// Go's poolCleanup: each pool's values become its victims, the old victims are dropped.
    /// Runs before sweeping: a pool kept in the table was marked last cycle, so it is still allocated.
    private func clearPools() {
        for p in pools {
            let w = UnsafeMutablePointer<UInt64>(bitPattern: UInt(p))!
            w[2] = w[0]   // victim = local
            w[0] = 0      // local = nil
        }
    }
}

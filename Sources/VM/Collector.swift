// The garbage collector's cycle (Go's gcStart … gcMarkTermination), run with
// the world stopped at a safepoint: the running goroutine's registers are
// saved, every other goroutine is parked at a safepoint of its own, so every
// live value is in a frame slot, a heap object, the static segment or a
// reference the runtime holds.
//
//   1. sweep termination: sync.Pools' values become victims (the last
//      victims are dropped), finish sweeping the last cycle, allocate-black
//      on (MHeap.gcStartMark)
//   2. mark: shade the roots, then drain the grey stack (Runtime/Mark.swift)
//        - the static segment (globals, os.Args, closures of functions)
//        - each goroutine's stack segments: the frames below the innermost
//          one whole, the innermost one up to its frame size
//        - the runtime's references: deferred-call records, panic values,
//          timers' channels and functions, fmt's staged method results
//      then the finalizer queue (Finalizers.swift); the runtime's tables
//      keyed by object address forget objects that died (weak keys)
//   3. mark termination: heapMarked, sweepgen += 2, mcaches flushed
//      (MHeap.gcFinishMark); the pacer sets the next goal and trigger
//   4. sweeping is lazy (allocation) and in the background (the scheduler
//      sweeps a few spans at every switch).
//
// Stacks: each frame's slots live at the instruction the frame stopped at
// (a call, a back-edge, a native), from the function's stack map
// (Liveness.swift), are scanned as possible pointers: a variable after its
// last use, temporaries of finished statements and variables of closed
// blocks are not. A live slot holding a non-pointer is harmless (a word
// that is not the address of an allocated object is ignored). While a panic
// runs deferred calls the stack is scanned whole.
//
// Pacer (Go 1.18+): goal = marked + (marked + stacks + globals) × GOGC/100,
// at least 4 MiB × GOGC/100; the next cycle is requested when heapLive
// reaches 95% of the way from marked to goal (Go's trigger bound). GOGC=off
// never triggers; runtime.GC always runs. GOMEMLIMIT caps the goal.

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
            gc.trace = String(cString: e).split(separator: ",").contains("gctrace=1")
        }
        if let e = getenv("GOMEMLIMIT"), let v = Self.parseMemoryLimit(String(cString: e)) { gc.memoryLimit = v }
        if getenv("GOSUB_GCSTRESS").map({ String(cString: $0) }) == "1" { heap.stressGC = true }
        if getenv("GOSUB_GCPOISON").map({ String(cString: $0) }) == "1" { heap.poisonFreed = true }
        setPacing(marked: 0)
    }

    /// A collection at a safepoint, if the allocator asked for one.
    @inline(never)
    func collectIfRequested() {
        guard heap.gcRequested else { return }
        // GC stress asks at every allocation; GOGC=off still means no automatic cycle
        if heap.stressGC && gcPercent < 0 && gc.memoryLimit == Int64.max {
            heap.gcRequested = false
            return
        }
        collect(forced: false)
    }

    /// One full cycle. `forced`: runtime.GC (runs even with GOGC=off).
    func collect(forced: Bool) {
        heap.gcRequested = false
        let t0 = Self.realNanos()
        let liveAtStart = heap.heapLive
        clearPools()
        heap.gcStartMark()
        let t1 = Self.realNanos()
        heap.resetScanWork()
        markRoots()
        heap.drain()
        markFinalizable()
        forgetDeadKeys()
        let liveAtEnd = heap.heapLive
        let t2 = Self.realNanos()
        heap.gcFinishMark()
        let marked = heap.heapMarked
        let goal = setPacing(marked: marked)
        let t3 = Self.realNanos()
        record(forced: forced, start: t0, phases: (t1 - t0, t2 - t1, t3 - t2),
               sizes: (liveAtStart, liveAtEnd, marked, goal))
        startFinalizers()
    }

    // MARK: roots

    private func markRoots() {
        heap.shadeRange(UInt(bitPattern: image.staticBase), words: image.staticSize / 8)
        var stackBytes: UInt64 = 0
        for g in allGs.values where !g.dead {
            stackBytes += markStack(g)
            for r in g.defers {
                // a record: kind, frame, function, n, callee, n argument words (Defer.swift)
                heap.shade(UInt(r))
                let w = UnsafePointer<UInt64>(bitPattern: UInt(r))!
                heap.shadeRange(UInt(r) + 32, words: 1 + Int(w[3]))
            }
            for p in g.panics + (g.panicking.map { [$0] } ?? []) {
                heap.shade(UInt(p.typ))
                heap.shade(UInt(p.data))
            }
        }
        gc.lastStackScan = stackBytes
        timers.forEachTimer { t in
            heap.shade(UInt(t.chan))
            heap.shade(UInt(t.function))
            heap.shade(UInt(t.location))
        }
        for (key, results) in fmtNestedResults {
            heap.shade(UInt(key))
            for (v, a) in results {
                heap.shade(v.address)
                heap.shade(UInt(a.type))
                heap.shade(UInt(a.data))
            }
        }
        for (key, v) in fmtNestedPending {
            heap.shade(UInt(key))
            heap.shade(v.address)
        }
        for (obj, f) in finalizers {
            // what the object reaches stays alive; the object itself does not (Go's markrootSpans)
            heap.shade(UInt(f.function))
            scanFinalizable(obj)
        }
    }

    /// Shades g's live stack words; returns the bytes scanned.
    private func markStack(_ g: Goroutine) -> UInt64 {
        guard g.panics.isEmpty && g.panicking == nil, let frames = stoppedFrames(g) else { return markSegments(g) }
        let tops = image.program.liveTops
        var bytes: UInt64 = 0
        for (k, f) in frames.enumerated() {
            let meta = image.program.funcs[f.fn]
            let words = UnsafePointer<UInt>(bitPattern: f.fp)!
            if f.offset < 0 {
                // not started: its arguments
                heap.shadeRange(f.fp, words: meta.frameSlots)
                bytes += UInt64(meta.frameSlots * 8)
            } else if let lv = liveness(f.fn), let bits = lv.live(at: f.offset, innermost: k == 0) {
                for (j, b) in bits.enumerated() where b != 0 {
                    var m = b
                    while m != 0 {
                        heap.shade(words[j * 64 + m.trailingZeroBitCount])
                        m &= m - 1
                    }
                }
                bytes += UInt64(meta.frameSlots * 8)
            } else {
                let slots = min(Int(tops[meta.entry + f.offset]), meta.frameSlots)
                heap.shadeRange(f.fp, words: slots)
                bytes += UInt64(slots * 8)
            }
        }
        return bytes
    }

    /// g's frames, innermost first: frame base, function, and the code offset of the
    /// instruction it stopped at (-1: not started); nil if a frame is not at a known
    /// instruction (the stack is then scanned whole).
    private func stoppedFrames(_ g: Goroutine) -> [(fp: UInt, fn: Int, offset: Int)]? {
        let codeBase = UnsafePointer(image.code)
        var frames: [(fp: UInt, fn: Int, offset: Int)] = []
        var fp = g.fp, fn = g.fn, pc = g.scanPC ?? g.pc
        while true {
            guard fn >= 0 && fn < image.program.funcs.count else { return nil }
            let meta = image.program.funcs[fn]
            let k = pc - codeBase - 1
            if k == meta.entry - 1 {
                frames.append((UInt(bitPattern: fp), fn, -1))
            } else {
                guard k >= meta.entry && k < meta.entry + meta.length && k < image.program.liveTops.count else { return nil }
                frames.append((UInt(bitPattern: fp), fn, k - meta.entry))
            }
            let caller = fp[FrameHeader.callerFP]
            if caller == 0 { return frames }
            guard let ret = UnsafePointer<Word>(bitPattern: UInt(fp[FrameHeader.returnPC])), ret != image.panicStub,
                  let up = UnsafeMutablePointer<UInt64>(bitPattern: UInt(caller)) else { return nil }
            pc = ret
            fn = Int(fp[FrameHeader.callerFunc])
            fp = up
        }
    }

    /// The conservative scan: every segment whole below the innermost frame's end.
    private func markSegments(_ g: Goroutine) -> UInt64 {
        let segments = g.stack.segments
        var bytes: UInt64 = 0
        for (k, seg) in segments.enumerated() {
            var hi = seg.hi
            if k == segments.count - 1 {
                let top = UInt(bitPattern: g.fp) + UInt(image.funcs[g.fn].frameSlots * 8)
                hi = min(max(top, seg.lo), seg.hi)
            }
            heap.shadeRange(seg.lo, words: Int(hi - seg.lo) / 8)
            bytes += UInt64(hi - seg.lo)
        }
        return bytes
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
        let base = UInt64(UInt(bitPattern: image.staticBase))
        if heap.findObject(UInt(p)) != nil || (p >= base && p < base + UInt64(image.staticSize)) { pools.append(p) }
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

    // MARK: pacing and records

    /// Sets the next goal and trigger from the bytes marked; returns the goal.
    @discardableResult
    func setPacing(marked: UInt64) -> UInt64 {
        guard gcPercent >= 0 || gc.memoryLimit != Int64.max else {
            heap.gcTrigger = .max
            heap.gcRecord.nextGC = 0
            return 0
        }
        var goal = UInt64.max
        if gcPercent >= 0 {
            let percent = UInt64(gcPercent)
            let scannable = marked + gc.lastStackScan + UInt64(image.staticSize)
            goal = max(marked + scannable * percent / 100, (4 << 20) * percent / 100)
        }
        if gc.memoryLimit != Int64.max {
            // what the limit leaves for the heap after the runtime's other memory, less 3% headroom
            let m = heap.memStatsNoFlush()
            let other = m.sys - m.heapSys
            let limit = UInt64(gc.memoryLimit)
            var room = limit > other ? limit - other : 0
            room -= max(room * 3 / 100, min(room, 1 << 20))
            goal = min(goal, max(room, marked))
        }
        let runway = goal > marked ? goal - marked : 0
        heap.gcTrigger = marked + runway * 61 / 64
        heap.gcRecord.nextGC = goal
        return goal
    }

    private func record(forced: Bool, start: UInt64, phases: (UInt64, UInt64, UInt64),
                        sizes: (UInt64, UInt64, UInt64, UInt64)) {
        let pause = phases.0 + phases.1 + phases.2
        gc.totalNs += pause
        var wall = timespec()
        clock_gettime(CLOCK_REALTIME, &wall)
        let unixNs = UInt64(wall.tv_sec) &* 1_000_000_000 &+ UInt64(wall.tv_nsec)
        var r = heap.gcRecord
        let slot = Int(r.numGC % 256)
        r.pauseNs[slot] = pause
        r.pauseEnd[slot] = unixNs
        r.pauseTotalNs += pause
        r.lastGC = unixNs
        r.numGC += 1
        if forced { r.numForcedGC += 1 }
        let elapsed = max(Self.realNanos() - gc.startNs, 1)
        r.gcCPUFraction = Double(gc.totalNs) / (Double(elapsed) * Double(max(gomaxprocs, 1)))
        heap.gcRecord = r
        guard gc.trace else { return }
        let procs = UInt64(max(gomaxprocs, 1))
        let ms = Self.fmtNSAsMS
        let at = Double(start - gc.startNs) / 1e9
        var line = "gc \(r.numGC) @\(Self.fixed3(at))s \(Int(r.gcCPUFraction * 100))%: "
        line += "\(ms(phases.0))+\(ms(phases.1))+\(ms(phases.2)) ms clock, "
        line += "\(ms(phases.0 * procs))+0/\(ms(phases.1))/0+\(ms(phases.2 * procs)) ms cpu, "
        line += "\(sizes.0 >> 20)->\(sizes.1 >> 20)->\(sizes.2 >> 20) MB, \(sizes.3 >> 20) MB goal, "
        line += "\(gc.lastStackScan >> 20) MB stacks, \(UInt64(image.staticSize) >> 20) MB globals, \(procs) P"
        if forced { line += " (forced)" }
        out.flush()
        out.writeErr(line + "\n")
    }

    /// Go's fmtNSAsMS: whole milliseconds from 10 ms, else two significant digits, at most three decimals.
    static func fmtNSAsMS(_ ns: UInt64) -> String {
        if ns >= 10_000_000 { return String(ns / 1_000_000) }
        var x = ns / 1000
        if x == 0 { return "0" }
        var dec = 3
        while x >= 100 { x /= 10; dec -= 1 }
        var s = String(x)
        if dec == 0 { return s }
        while s.count <= dec { s = "0" + s }
        s.insert(".", at: s.index(s.endIndex, offsetBy: -dec))
        return s
    }

    static func fixed3(_ v: Double) -> String {
        let m = Int((v * 1000).rounded(.down))
        let frac = String(m % 1000)
        return "\(m / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    /// GOMEMLIMIT's syntax: a byte count with an optional B, KiB, MiB, GiB or TiB suffix; "off" is none.
    static func parseMemoryLimit(_ s: String) -> Int64? {
        if s == "off" { return Int64.max }
        let units: [(String, Int64)] = [("TiB", 1 << 40), ("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10), ("B", 1)]
        for (u, m) in units where s.hasSuffix(u) {
            guard let n = Int64(s.dropLast(u.count)), n >= 0 else { return nil }
            return n.multipliedReportingOverflow(by: m).overflow ? Int64.max : n * m
        }
        return Int64(s)
    }
}

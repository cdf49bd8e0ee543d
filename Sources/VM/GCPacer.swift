// The collector's pacer and records: the next cycle's goal and trigger from
// the bytes marked (Go 1.18+'s formula, GOGC and GOMEMLIMIT), what a cycle
// leaves in runtime.MemStats (NumGC, pauses, LastGC, GCCPUFraction), and
// GODEBUG=gctrace=1's line in Go's format (with fmtNSAsMS's numbers).

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
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

    func record(forced: Bool, start: UInt64, pauses: (UInt64, UInt64), concurrent: UInt64, markNs: UInt64,
                        sizes: (UInt64, UInt64, UInt64, UInt64)) {
        let pause = pauses.0 + pauses.1
        gc.totalNs += pause + markNs
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
        guard gc.trace || gc.traceSlices else { return }
        let procs = UInt64(max(gomaxprocs, 1))
        let ms = Self.fmtNSAsMS
        let at = Double(start - gc.startNs) / 1e9
        var line = "gc \(r.numGC) @\(Self.fixed3(at))s \(Int(r.gcCPUFraction * 100))%: "
        line += "\(ms(pauses.0))+\(ms(concurrent))+\(ms(pauses.1)) ms clock, "
        line += "\(ms(pauses.0 * procs))+\(ms(markNs))/0/0+\(ms(pauses.1 * procs)) ms cpu, "
        line += "\(sizes.0 >> 20)->\(sizes.1 >> 20)->\(sizes.2 >> 20) MB, \(sizes.3 >> 20) MB goal, "
        line += "\(gc.lastStackScan >> 20) MB stacks, \(UInt64(image.staticSize) >> 20) MB globals, \(procs) P"
        if forced { line += " (forced)" }
        if gc.traceSlices {
            // gosub's own line: the steps that kept goroutines from running
            let c = gc.cycle
            line += "\ngosub gc \(r.numGC): start \(ms(pauses.0)) ms, \(c.slices) mark slices (longest \(ms(c.longestSlice)) ms), "
            line += "termination \(ms(pauses.1)) ms"
        }
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

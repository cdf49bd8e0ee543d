// CPU profiles of interpreted code (`gosub run -cpuprofile FILE`), in
// pprof's format, as Go's runtime/pprof writes them: the process's CPU
// time is sampled 100 times a second (setitimer's ITIMER_PROF, SIGPROF);
// each tick sets a bit in the word the interpreter already reads at its
// safepoints (loop back-edges and calls), and the next safepoint records
// the running goroutine's interpreted call stack. A sample is thus the
// stack at most one safepoint after the tick: time spent in natives shows
// in the function that called them. Nothing is checked when no profile is
// being taken beyond the safepoint test that is there anyway.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#endif

/// Where the signal handler sets the tick (the heap's safepoint word).
nonisolated(unsafe) private var tickWord: UnsafeMutablePointer<UInt32>?

public final class CPUProfiler {
    static let tickBit: UInt32 = 2
    /// Samples per second, as Go's default.
    public static let hz = 100
    /// Stacks (innermost first, as encodePC) and how many ticks found them.
    private(set) var counts: [[UInt64]: Int] = [:]
    private var startNs: UInt64 = 0
    private var startWallNs: Int64 = 0
    public private(set) var samples = 0

    public init() {}

    /// Starts the ticks for machine m.
    public func start(_ m: Machine) {
        tickWord = m.heap.gcRequest
        startNs = Machine.realNanos()
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        startWallNs = Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
        var sa = sigaction()
        sa.__sigaction_handler.sa_handler = { _ in tickWord?.pointee |= CPUProfiler.tickBit }
        sigemptyset(&sa.sa_mask)
        sa.sa_flags = SA_RESTART
        sigaction(SIGPROF, &sa, nil)
        let period = timeval(tv_sec: 0, tv_usec: 1_000_000 / Self.hz)
        var it = itimerval(it_interval: period, it_value: period)
        setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &it, nil)
    }

    /// The profile in pprof's format, built when the run ended (finish).
    public private(set) var bytes: [UInt8] = []

    /// Innermost function of each sample, by name (for tests and summaries).
    public private(set) var innermost: [String: Int] = [:]

    /// The share of samples whose innermost frame is function `name`.
    public func hottestShare(of name: String) -> Double {
        samples == 0 ? 0 : Double(innermost[name] ?? 0) / Double(samples)
    }

    /// The run has ended: stops the ticks and builds the profile while the machine's names are there.
    public func finish(_ m: Machine) {
        stop()
        bytes = profileBytes(m)
        for (stack, n) in counts {
            if let pc = stack.first, let (fn, _) = m.decodePC(pc) { innermost[m.image.program.funcs[fn].name, default: 0] += n }
        }
    }

    /// Stops the ticks.
    func stop() {
        var it = itimerval()
        setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &it, nil)
        signal(SIGPROF, SIG_IGN)
        tickWord = nil
    }

    func sample(_ frames: [FrameInfo]) {
        guard !frames.isEmpty else { return }
        counts[frames.map(Machine.encodePC), default: 0] += 1
        samples += 1
    }

    /// profile.proto bytes: samples/count and cpu/nanoseconds per stack, each
    /// location a function and line of the interpreted program.
    func profileBytes(_ m: Machine) -> [UInt8] {
        var table = StringTable()
        func str(_ s: String) -> Int64 { table.index(s) }
        let period = Int64(1_000_000_000 / Self.hz)
        var p = ProtoWriter()
        for (t, u) in [("samples", "count"), ("cpu", "nanoseconds")] {
            let (ti, ui) = (str(t), str(u))
            p.message(1) { $0.int(1, ti); $0.int(2, ui) }
        }
        var locationIDs: [UInt64: Int64] = [:]
        var functionIDs: [Int: Int64] = [:]
        var locations = ProtoWriter(), functions = ProtoWriter()
        func location(_ pc: UInt64) -> Int64 {
            if let id = locationIDs[pc] { return id }
            let id = Int64(locationIDs.count + 1)
            locationIDs[pc] = id
            guard let (fn, off) = m.decodePC(pc) else { return id }
            let meta = m.image.program.funcs[fn]
            let fid: Int64
            if let f = functionIDs[fn] { fid = f } else {
                fid = Int64(functionIDs.count + 1)
                functionIDs[fn] = fid
                let (n, file) = (str(meta.name), str(m.filePath(meta.file)))
                functions.message(5) { $0.int(1, fid); $0.int(2, n); $0.int(3, n); $0.int(4, file); $0.int(5, Int64(meta.line(at: 0))) }
            }
            let line = Int64(meta.line(at: off))
            locations.message(4) { l in
                l.int(1, id)
                l.int(3, Int64(pc))
                l.message(4) { $0.int(1, fid); $0.int(2, line) }
            }
            return id
        }
        for (stack, n) in counts.sorted(by: { $0.value > $1.value }) {
            let ids = stack.map(location)
            p.message(2) { s in
                s.packed(1, ids)
                s.packed(2, [Int64(n), Int64(n) * period])
            }
        }
        p.bytes += locations.bytes
        p.bytes += functions.bytes
        let (cpu, ns) = (str("cpu"), str("nanoseconds"))
        for s in table.strings { p.bytes(6, Array(s.utf8)) }
        p.int(9, startWallNs)
        p.int(10, Int64(Machine.realNanos() - startNs))
        p.message(11) { $0.int(1, cpu); $0.int(2, ns) }
        p.int(12, period)
        return p.bytes
    }
}

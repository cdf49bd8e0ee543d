// The machine: one loaded program, the heap it allocates from, its output,
// and the main goroutine. `run()` executes runtime.main (package init, then
// main.main) and reports how it ended; the driver turns that into the exit
// status (0, 2 for a panic or fatal error, or os.Exit's code).

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class Machine {
    public let image: Image
    let heap: MHeap
    let mcache: MCache
    public let out: Output
    var main: Goroutine?
    /// The goroutine the loop is running.
    var current: Goroutine?
    /// Runnable goroutines (RunQueues.swift).
    var runq = RunQueues()
    /// Set by a hand-off that yields: the yielding goroutine goes to the local queue, not the global one.
    var yieldLocal = false
    /// Live goroutines by id.
    var allGs: [Int: Goroutine] = [:]
    var nextGoID = 1
    /// Goroutines waiting on each channel (by hchan address): receivers and senders, FIFO.
    var chanWaiters: [UInt64: ChanQueues] = [:]
    /// Goroutines waiting on a WaitGroup or Mutex (by its address), FIFO.
    var syncWaiters: [UInt64: WaitQueue] = [:]
    /// sync.Cond's notify lists, by the Cond's address (Sync.swift).
    var notifyLists: [UInt64: NotifyList] = [:]
    /// Map seeds, iteration starts and select's order (Random.swift).
    var rng = SeededRandom()
    /// Makes the run repeatable: map and select choices follow the seed.
    public var seed: UInt64? {
        didSet { if let s = seed { rng = SeededRandom(seed: s) } }
    }
    /// The clocks and armed timers (Timers.swift).
    var timers = TimerQueue()
    /// Runs on the Go playground's virtual clock (-faketime).
    public var fakeTime: Bool {
        get { timers.fake }
        set { timers.fake = newValue }
    }
    /// Per map type (by type id), its MapShape, built on first use.
    let mapShapes: UnsafeMutablePointer<MapShape>
    /// Pointer masks of the map shapes' group layouts.
    var mapMasks: [UnsafeMutablePointer<UInt8>] = []
    let mapLayouts = MapObjectLayouts()
    /// runtime.GOMAXPROCS (logical Ps) and debug.SetGCPercent's setting.
    var gomaxprocs = Machine.initialGOMAXPROCS
    var gcPercent = Machine.initialGCPercent
    /// The collector's settings and totals (Collector.swift).
    var gc = CollectorState()
    /// Objects with a finalizer (by address), and finalizers due to run (Finalizers.swift).
    var finalizers: [UInt64: Finalizer] = [:]
    var finalizerQueue: [(UInt64, Finalizer)] = []
    /// sync.Pools the collector clears at every cycle (Collector.swift), by address.
    var pools: [UInt64] = []
    /// `gosub trace`'s recorder of memory events (Tracer.swift).
    public var tracer: TraceRecorder? {
        didSet {
            tracer?.machine = self
            heap.setEventSink(tracer)
        }
    }
    /// Stack maps computed so far, by function (Liveness.swift).
    var livenessCache: [Int: FrameLiveness?] = [:]
    public var args: [String] = []
    /// os.Args[0].
    public var programName = "prog"
    /// How tracebacks name source files (the driver gives absolute paths, as Go prints them).
    public var filePath: (String) -> String = { $0 }
    var printBuf: [UInt8] = []
    var scratchBuf: UnsafeMutablePointer<UInt64>?
    var scratchCap = 0
    var keyBuf: UnsafeMutableRawPointer?
    var panicMessageIndex = 0
    var panicMessagePC: UnsafePointer<Word>?
    var keyBufCap = 0
    var itabCache: [UInt64: (UInt64, Int, UInt64)] = [:]
    /// Set when fmt met a value whose String/Error method it could not call.
    var fmtNeedsMethod: String?
    /// Per fmt operand array (its address): results of nested String/Error methods, and the one pending.
    var fmtNestedResults: [UInt64: [NestedValue: FmtArg]] = [:]
    var fmtNestedPending: [UInt64: NestedValue] = [:]
    /// Set when an interface needed a method gosub does not implement yet: the program ends with it.
    var refusal: String?

    /// Go's staticuint64s (the values 0…255, boxed without allocating) and
    /// zeroVal (what "" and nil slices box to): outside the Go heap.
    let staticUint64s: UnsafeMutablePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for i in 0..<256 { p[i] = UInt64(i) }
        return p
    }()
    /// strconv's smallsString: "00010203…99", the decimal strings of 0…99 without allocating.
    let smallDecimals: UnsafeMutablePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 200)
        for i in 0..<100 { p[2 * i] = UInt8(48 + i / 10); p[2 * i + 1] = UInt8(48 + i % 10) }
        return p
    }()
    /// The CPU profiler sampling this run (`gosub run -cpuprofile`), if any.
    public var cpuProfiler: CPUProfiler?
    /// The frame buffer the next string operation may use (set by tmpBuf, taken by the operation).
    var stringBuf: UnsafeMutableRawPointer?
    var stringBufBytes = 0
    let zeroValue: UnsafeMutableRawPointer = {
        let p = UnsafeMutableRawPointer.allocate(byteCount: 1024, alignment: 16)
        p.initializeMemory(as: UInt8.self, repeating: 0, count: 1024)
        return p
    }()

    public init(program: Program, output: Output = Output()) {
        image = Image(program)
        heap = MHeap()
        mcache = heap.makeMCache()
        out = output
        mapShapes = .allocate(capacity: max(program.types.count, 1))
        mapShapes.initialize(repeating: MapShape(), count: max(program.types.count, 1))
        for i in 0..<program.types.count { heap.registerLayout(image.layouts[i]) }
        for l in mapLayouts.all + [ChanLayout.header] { heap.registerLayout(l) }
    }

    deinit {
        for g in allGs.values { g.stack.releaseAll() }
        scratchBuf?.deallocate()
        staticUint64s.deallocate()
        zeroValue.deallocate()
        smallDecimals.deallocate()
        keyBuf?.deallocate()
        mapShapes.deallocate()
        for m in mapMasks { m.deallocate() }
        mapLayouts.release()
    }

    /// Runs the program to its end. Returns the process exit status.
    public func run() -> Int32 {
        let g: Goroutine
        do {
            g = try Goroutine(id: 1, heap: heap, entry: image.program.mainFunc, image: image)
        } catch {
            out.writeErr("fatal error: out of memory\n")
            return 2
        }
        main = g
        current = g
        allGs = [g.id: g]
        startCollector()
        timers.startNano = timers.nanotime() - 1
        if image.program.osArgsOffset >= 0 {
            // os.Args: the program's name, then its arguments
            let hdr = (image.staticBase + image.program.osArgsOffset).assumingMemoryBound(to: UInt64.self)
            newStringSlice(hdr, ([programName] + args).map { Array($0.utf8) })
        }
        var r = schedule(g)
        // Go prints an error or Stringer panic value with its method, called before printing
        while r == .panicked, startPanicMessage(g) { r = execute(g) }
        out.flush()
        switch r {
        case .finished: return 0
        case .exit(let c): return c
        case .panicked:
            reportPanic(g)
            return 2
        case .fatal, .yield, .park:
            return 2
        }
    }

    // MARK: stack segments

    /// Places a frame that does not fit on a new segment; copies the header
    /// area and arguments. Nil after reporting a stack overflow.
    func newSegment(_ nfp: UnsafeMutablePointer<UInt64>, _ f: FuncEntry) -> UnsafeMutablePointer<UInt64>? {
        guard let g = current else { return nil }
        let bytes = f.frameSlots * 8 + 64
        guard let seg = g.stack.push(atLeast: bytes) else {
            stackOverflow(g)
            return nil
        }
        let moved = UnsafeMutablePointer<UInt64>(bitPattern: seg.lo)!
        moved.update(from: nfp, count: FrameHeader.size + f.resultSlot - FrameHeader.size + f.resultSlots)
        moved[FrameHeader.copyBack] = UInt64(UInt(bitPattern: nfp))
        g.stackHi = UnsafeMutablePointer<UInt64>(bitPattern: seg.hi)!
        return moved
    }

    /// Back to the previous segment after returning from a moved frame.
    func popSegment(_ g: Goroutine) -> UnsafeMutablePointer<UInt64> {
        let below = g.stack.pop()!
        g.stackHi = UnsafeMutablePointer<UInt64>(bitPattern: below.hi)!
        return g.stackHi
    }

    /// Largest single allocation gosub attempts (4 GiB): beyond it the request is reported as Go
    /// reports a failed one, rather than driving the host into its OOM killer.
    static let maxSingleAlloc = 1 << 32

    /// Reports `fatal error: runtime: out of memory` (Go's wording) for a request too large to map.
    func outOfMemory() {
        out.flush()
        out.writeErr("fatal error: runtime: out of memory\n")
        if let g = current {
            out.writeErr("\ngoroutine \(g.id) [running]:\n")
            traceback(g)
        }
    }

    /// Ends the program on a refusal (exit status 2, as a compile-time refusal).
    func refuse() -> RunResult {
        out.flush()
        out.writeErr((refusal ?? "gosub: not supported yet") + "\n")
        return .exit(2)
    }

    func fatal(_ msg: String) {
        out.flush()
        out.writeErr("fatal error: \(msg)\n")
    }

    /// A fatal error of the running goroutine (runtime.fatal): the message, then its traceback.
    func fatalWithTrace(_ msg: String) {
        fatal(msg)
        guard let g = current else { return }
        out.writeErr("\ngoroutine \(g.id) [running]:\n")
        traceback(g)
    }
}

// Timers and clocks (runtime/time.go in miniature). The machine keeps one
// min-heap of armed timers ordered by when (monotonic nanoseconds), FIFO
// among equal whens. A timer is a time.Sleep (it wakes its goroutine), a
// channel timer of NewTimer/After/NewTicker/Tick (it sends the current Time
// on its channel without blocking, then re-arms itself when it has a
// period), or an AfterFunc timer (it starts a goroutine running its
// function). time.Timer and time.Ticker values find their runtime timer by
// their own address. Re-arming or stopping a timer bumps its sequence
// number, so heap entries left from earlier settings are skipped when they
// surface.
//
// The scheduler fires due timers at every switch between goroutines; when
// nothing is runnable it waits for the earliest timer (real clock) or jumps
// the clock to it (-faketime: the Go playground's virtual clock, which starts
// at 2009-11-10 23:00:00 UTC and moves only when every goroutine is blocked).
//
// A channel timer's channel has a one-element buffer that Stop and Reset
// drain (Go 1.23's guarantee that no stale value is received after them);
// it is flagged in the hchan so that len and cap report 0 as Go's do.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

final class RuntimeTimer {
    var when: Int64 = 0
    var period: Int64 = 0
    /// The channel a channel timer sends on (0 otherwise).
    var chan: UInt64 = 0
    /// The func() closure of an AfterFunc timer (0 otherwise).
    var function: UInt64 = 0
    /// The goroutine a time.Sleep wakes.
    var sleeper: Goroutine?
    /// The *time.Location the Time values sent carry (time.Local).
    var location: UInt64 = 0
    /// The time.Timer or time.Ticker it belongs to (its address), 0 for a Sleep.
    var key: UInt64 = 0
    /// Bumped at every arm and stop: heap entries with another seq are stale.
    var seq: UInt64 = 0
    var armed = false
}

/// The machine's clocks and armed timers.
struct TimerQueue {
    struct Entry {
        let when: Int64
        let order: UInt64
        let seq: UInt64
        let timer: RuntimeTimer
        func precedes(_ o: Entry) -> Bool { when < o.when || (when == o.when && order < o.order) }
    }

    private(set) var heap: [Entry] = []
    private var nextOrder: UInt64 = 0
    /// time.Timer and time.Ticker values (by address) and their runtime timers.
    var byObject: [UInt64: RuntimeTimer] = [:]

    /// The playground's virtual clock instead of the system's.
    var fake = false
    /// The virtual clock: nanoseconds since the Unix epoch (it serves as both clocks).
    private(set) var fakeNanos: Int64 = 1_257_894_000 * 1_000_000_000
    /// The monotonic reading at start, less one (Go's startNano: monotonic readings start at 1).
    var startNano: Int64 = 0

    /// The monotonic clock, in nanoseconds.
    func nanotime() -> Int64 {
        if fake { return fakeNanos }
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Int64(ts.tv_sec) &* 1_000_000_000 &+ Int64(ts.tv_nsec)
    }

    /// The wall clock: seconds and nanoseconds since the Unix epoch.
    func walltime() -> (sec: Int64, nsec: Int64) {
        if fake { return (fakeNanos / 1_000_000_000, fakeNanos % 1_000_000_000) }
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return (Int64(ts.tv_sec), Int64(ts.tv_nsec))
    }

    /// The wall and ext words of time.Now() in Go's Time encoding (a monotonic
    /// reading when the seconds fit the wall word's 33 bits since 1885).
    func nowWords() -> (wall: UInt64, ext: Int64) { timeWords(at: nanotime()) }

    /// The Time words of the moment the monotonic clock read `mono` (not later than now).
    func timeWords(at mono: Int64) -> (wall: UInt64, ext: Int64) {
        let (nowSec, nowNsec) = walltime()
        let late = max(nanotime() - mono, 0)
        let ns = nowNsec - late % 1_000_000_000
        let sec = nowSec - late / 1_000_000_000 + (ns < 0 ? -1 : 0)
        let nsec = ns < 0 ? ns + 1_000_000_000 : ns
        let unixToInternal: Int64 = 62_135_596_800, wallToInternal: Int64 = 59_453_308_800
        let s = sec + unixToInternal - wallToInternal
        if UInt64(bitPattern: s) >> 33 != 0 { return (UInt64(nsec), sec + unixToInternal) }
        return (1 << 63 | UInt64(s) << 30 | UInt64(nsec), mono - startNano)
    }

    /// The monotonic time d nanoseconds from now, saturating.
    func when(after d: Int64) -> Int64 {
        let now = nanotime()
        if d <= 0 { return now }
        let (w, overflow) = now.addingReportingOverflow(d)
        return overflow ? Int64.max : w
    }

    var earliest: Int64? { heap.first?.when }

    /// Every timer the runtime holds: armed ones and those of live Timer and Ticker values.
    func forEachTimer(_ body: (RuntimeTimer) -> Void) {
        for e in heap { body(e.timer) }
        for t in byObject.values { body(t) }
    }

    /// Forgets the timers of Timer and Ticker values that died (an armed one still fires).
    mutating func forgetObjects(where dead: (UInt64) -> Bool) {
        byObject = byObject.filter { !dead($0.key) }
    }

    mutating func arm(_ t: RuntimeTimer, when: Int64) {
        t.seq &+= 1
        t.when = when
        t.armed = true
        push(Entry(when: when, order: nextOrder, seq: t.seq, timer: t))
        nextOrder &+= 1
    }

    /// Disarms t; whether it was armed.
    mutating func disarm(_ t: RuntimeTimer) -> Bool {
        let was = t.armed
        t.armed = false
        t.seq &+= 1
        return was
    }

    /// The next timer due at `now`, disarmed (a caller re-arms a periodic one).
    mutating func popDue(_ now: Int64) -> RuntimeTimer? {
        while let top = heap.first, top.when <= now {
            pop()
            if top.timer.armed && top.seq == top.timer.seq {
                top.timer.armed = false
                return top.timer
            }
        }
        return nil
    }

    /// Drops entries no longer armed from the top, so `earliest` names a live timer.
    mutating func pruneTop() {
        while let top = heap.first, !(top.timer.armed && top.seq == top.timer.seq) { pop() }
    }

    /// The earliest when of the armed timers that satisfy `live`.
    func earliest(where live: (RuntimeTimer) -> Bool) -> Int64? {
        var best: Int64?
        for e in heap where e.timer.armed && e.seq == e.timer.seq && live(e.timer) {
            if best == nil || e.when < best! { best = e.when }
        }
        return best
    }

    mutating func advanceFakeClock(to when: Int64) {
        if when > fakeNanos { fakeNanos = when }
    }

    private mutating func push(_ e: Entry) {
        heap.append(e)
        var i = heap.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !heap[i].precedes(heap[parent]) { break }
            heap.swapAt(i, parent)
            i = parent
        }
    }

    private mutating func pop() {
        let last = heap.removeLast()
        guard !heap.isEmpty else { return }
        heap[0] = last
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < heap.count && heap[l].precedes(heap[m]) { m = l }
            if r < heap.count && heap[r].precedes(heap[m]) { m = r }
            if m == i { break }
            heap.swapAt(i, m)
            i = m
        }
    }
}

extension Machine {
    /// Whether a timer is due now (checked when a time slice ends).
    var timerDue: Bool {
        guard let w = timers.earliest else { return false }
        return w <= timers.nanotime()
    }

    /// Fires every timer due now.
    func fireDueTimers() {
        guard timers.earliest != nil else { return }
        let now = timers.nanotime()
        while let t = timers.popDue(now) {
            if let g = t.sleeper {
                t.sleeper = nil
                ready(g)
                continue
            }
            if t.chan != 0 {
                sendTime(t)
                // a fired one-shot channel timer is forgotten: Stop and Reset find its channel
                if t.period == 0 { timers.byObject[t.key] = nil }
            }
            if t.function != 0 {
                var closure = t.function
                _ = goStart(&closure, 0)
            }
            if t.period > 0 {
                // the next tick after now, skipping ticks missed
                let missed = (now - t.when) / t.period
                let (next, overflow) = t.when.addingReportingOverflow(t.period &* (missed + 1))
                timers.arm(t, when: overflow ? Int64.max : next)
            }
        }
    }

    /// Nothing can run: waits for (or, with the virtual clock, jumps to) the
    /// earliest timer that can wake a goroutine and fires the timers due then.
    /// False when there is none: as in Go, a channel timer keeps the program
    /// alive only while a goroutine waits to receive from its channel.
    func waitForTimer() -> Bool {
        timers.pruneTop()
        guard let w = timers.earliest(where: canWake) else { return false }
        if timers.fake {
            timers.advanceFakeClock(to: w)
        } else {
            out.flush()
            let d = w - timers.nanotime()
            if d > 0 {
                var ts = timespec(tv_sec: Int(d / 1_000_000_000), tv_nsec: Int(d % 1_000_000_000))
                var left = timespec()
                while nanosleep(&ts, &left) != 0 && errno == EINTR { ts = left }
            }
        }
        fireDueTimers()
        return true
    }

    /// Whether firing t makes a goroutine runnable (or starts one).
    func canWake(_ t: RuntimeTimer) -> Bool {
        if t.sleeper != nil || t.function != 0 { return true }
        return chanWaiters[t.chan]?.recvq.contains { $0.token?.done != true } == true
    }

    /// A channel timer's send: the Time it was due, without blocking (a full buffer drops it).
    func sendTime(_ t: RuntimeTimer) {
        let c = t.chan
        let h = UnsafeMutablePointer<UInt64>(bitPattern: UInt(c))!
        let (wall, ext) = timers.timeWords(at: t.when)
        var v: (UInt64, UInt64, UInt64) = (wall, UInt64(bitPattern: ext), t.location)
        withUnsafeMutablePointer(to: &v) { p in
            p.withMemoryRebound(to: UInt64.self, capacity: 3) { slots in
                if let r = chanWaiters[c]?.popReceiver() {
                    for i in 0..<r.count { r.slots[i] = slots[i] }
                    fire(r, ok: 1)
                } else if h[0] < h[1] {
                    storeSlots(chanElem(h), slots, to: chanSlot(h, h[4]))
                    h[4] = (h[4] + 1) % h[1]
                    h[0] += 1
                }
            }
        }
    }

    /// Empties a timer channel's buffer; whether it held a value.
    func drainTimerChan(_ c: UInt64) -> Bool {
        guard c != 0 else { return false }
        let h = UnsafeMutablePointer<UInt64>(bitPattern: UInt(c))!
        guard h[0] > 0 else { return false }
        heap.shadeOld(chanSlot(h, 0), bytes: Int(h[1] * h[2]))
        memset(chanSlot(h, 0), 0, Int(h[1] * h[2]))
        h[0] = 0; h[4] = 0; h[5] = 0
        return true
    }

    func startTimer(key: UInt64, d: Int64, period: Int64, chan: UInt64, function: UInt64, location: UInt64) {
        let t = timers.byObject[key] ?? RuntimeTimer()
        timers.byObject[key] = t
        t.key = key
        t.period = period
        t.chan = chan
        t.function = function
        t.location = location
        if chan != 0 {
            // a timer channel: len and cap report 0
            UnsafeMutablePointer<UInt64>(bitPattern: UInt(chan))![7] = 1
        }
        timers.arm(t, when: timers.when(after: d))
    }

    /// Stops a Timer's or Ticker's runtime timer and drains its channel:
    /// whether it was pending (a one-shot value not yet received counts).
    func stopTimer(key: UInt64, chan: UInt64) -> Bool {
        var pending = false
        if let t = timers.byObject[key] { pending = timers.disarm(t) }
        if drainTimerChan(chan) && (timers.byObject[key]?.period ?? 0) == 0 { pending = true }
        return pending
    }

    /// Package time's natives.
    func timeNative(_ n: NativeID, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        switch n {
        case .timeSleep:
            let d = Int64(bitPattern: a[0])
            guard d > 0, let g = current else { return .finished }
            let t = RuntimeTimer()
            t.sleeper = g
            timers.arm(t, when: timers.when(after: d))
            g.waitReason = "sleep"
            return .park
        case .timeRuntimeNano:
            a[0] = UInt64(bitPattern: timers.nanotime())
        case .timeNow:
            let (wall, ext) = timers.nowWords()
            a[0] = wall; a[1] = UInt64(bitPattern: ext)
        case .timeStartTimer:
            // (key unsafe.Pointer, d, period int64, c chan Time, f func(), loc *Location)
            startTimer(key: a[0], d: Int64(bitPattern: a[1]), period: Int64(bitPattern: a[2]),
                       chan: a[3], function: a[4], location: a[5])
        case .timeStopTimer:
            // (key, c) -> whether it was pending
            a[0] = stopTimer(key: a[0], chan: a[1]) ? 1 : 0
        case .timeResetTimer:
            // (key, d, period, c, loc) -> whether it was pending
            let pending = stopTimer(key: a[0], chan: a[3])
            let t = timers.byObject[a[0]]
            startTimer(key: a[0], d: Int64(bitPattern: a[1]), period: Int64(bitPattern: a[2]),
                       chan: a[3], function: t?.function ?? 0, location: a[4])
            a[0] = pending ? 1 : 0
        default:
            fatal("gosub: native \(n.name) missing")
            return .fatal
        }
        return .finished
    }
}

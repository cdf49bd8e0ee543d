// defer, panic and recover (runtime/panic.go, in miniature).
//
// A deferred call is a record outside the Go heap (as Go's come from its
// defer pool or the frame: a defer allocates nothing a program can count),
// freed once the call is started; the collector scans the records as roots:
//
//   [0] kind (0 closure, 1 native)   [1] owner frame fp   [2] owner function
//   [3] argument slots n             [4] closure pointer or native id
//   [5…5+n) the arguments, evaluated at the defer statement
//
// listed on the goroutine, newest last. `deferRun` (on every return path of
// a function with defers) pops the newest record of the current frame and
// calls it with its frame above the current one and `deferRun` itself as
// return address, so the next record runs when it returns — no Swift
// recursion. A panic runs records the same way, newest first, with the
// `panicCont` stub as return address; `recover` in a function called that
// way (directly: its return address is the stub) marks the panic recovered,
// and panicCont then resumes the record's owner frame at its recovery
// landing (remaining defers, named results, return).

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    /// deferPush: copies [callee, n argument slots] from `a` into a new record.
    func deferPush(_ g: Goroutine, _ a: UnsafeMutablePointer<UInt64>, _ n: Int, kind: Int, fp: UnsafeMutablePointer<UInt64>, fn: Int,
                   belowRunningFrames: Bool = false) {
        let words = 5 + n
        let r = UnsafeMutablePointer<UInt64>.allocate(capacity: words)
        let p = UInt(bitPattern: r)
        r[0] = UInt64(kind)
        r[1] = UInt64(UInt(bitPattern: fp))
        r[2] = UInt64(fn)
        r[3] = UInt64(n)
        r[4] = a[0]
        for i in 0..<n { r[5 + i] = a[1 + i] }
        // A defer in a range-over-func body belongs to a frame below the
        // running ones (deferPushTo): it goes below their records, so that
        // returns and panics run every frame's records newest first, deepest
        // frame first.
        var at = g.defers.count
        let owner = UInt64(UInt(bitPattern: fp))
        if belowRunningFrames {
            while at > 0 {
                let other = UnsafeMutablePointer<UInt64>(bitPattern: UInt(g.defers[at - 1]))![1]
                guard other != owner, frameLive(owner, from: other) else { break }
                at -= 1
            }
        }
        g.defers.insert(UInt64(p), at: at)
    }

    /// Pops and starts the newest deferred call of the frame g.fp, returning
    /// to `ret` when it is done. False when the frame has no record left.
    func deferRunNext(_ g: Goroutine, returnTo ret: UnsafePointer<Word>) -> RunResult? {
        guard let last = g.defers.last else { return nil }
        let r = UnsafeMutablePointer<UInt64>(bitPattern: UInt(last))!
        if r[1] != UInt64(UInt(bitPattern: g.fp)) { return nil }
        g.defers.removeLast()
        return startDeferred(g, r, returnTo: ret)
    }

    /// Calls a deferred record on top of frame g.fp (and frees it); .finished
    /// when the call is set up (or a native ran).
    func startDeferred(_ g: Goroutine, _ r: UnsafeMutablePointer<UInt64>, returnTo ret: UnsafePointer<Word>) -> RunResult {
        defer { r.deallocate() }
        let n = Int(r[3])
        if r[0] == 1 {
            // a native runs right away; execution continues at `ret`
            g.pc = ret
            let res = callNative(Int(r[4]), r + 5)
            return res
        }
        let clo = r[4]
        if clo == 0 { nilError(); return .panicked }
        let idx = Int(UnsafeMutablePointer<UInt64>(bitPattern: UInt(clo))!.pointee)
        let f = image.funcs[idx]
        var base = g.fp + image.funcs[g.fn].frameSlots
        if base + f.frameSlots > g.stackHi {
            guard let seg = g.stack.push(atLeast: f.frameSlots * 8 + 64) else {
                stackOverflow(g)
                return .fatal
            }
            base = UnsafeMutablePointer<UInt64>(bitPattern: seg.lo)!
            g.stackHi = UnsafeMutablePointer<UInt64>(bitPattern: seg.hi)!
            // results are dropped: copy them back into scratch space
            let need = f.resultSlot + f.resultSlots
            base[FrameHeader.copyBack] = scratchAddress(need)
        } else {
            base[FrameHeader.copyBack] = 0
        }
        base[FrameHeader.callerFP] = UInt64(UInt(bitPattern: g.fp))
        base[FrameHeader.returnPC] = UInt64(UInt(bitPattern: ret))
        base[FrameHeader.callerFunc] = UInt64(g.fn)
        base[FrameHeader.closure] = clo
        for i in 0..<n { base[FrameHeader.size + i] = r[5 + i] }
        g.fp = base
        g.fn = idx
        g.pc = f.code
        return .finished
    }

    /// Starts the panic in g.panicking: runs deferred calls until one recovers. False: nothing left to run.
    func startPanic(_ g: Goroutine) -> Bool {
        guard var p = g.panicking else { return false }
        g.panicking = nil
        p.pc = g.pc
        for i in g.panics.indices where !g.panics[i].recovered { g.panics[i].aborted = true }
        g.panics.append(p)
        return runNextPanicDefer(g)
    }

    func runNextPanicDefer(_ g: Goroutine) -> Bool {
        while let last = g.defers.popLast() {
            let r = UnsafeMutablePointer<UInt64>(bitPattern: UInt(last))!
            g.panics[g.panics.count - 1].ownerFP = r[1]
            g.panics[g.panics.count - 1].ownerFn = Int(r[2])
            let savedPC = g.pc
            let native = r[0] == 1
            switch startDeferred(g, r, returnTo: image.panicStub) {
            case .finished:
                if native { g.pc = savedPC; continue }   // a native ran; next record
                g.panics[g.panics.count - 1].callFP = UInt64(UInt(bitPattern: g.fp))
                return true
            case .panicked:
                // the deferred call itself panicked (a nil func): that panic replaces this one
                return startPanic(g)
            default:
                return false
            }
        }
        return false
    }

    /// panicCont: a deferred call run by a panic returned (g.fp is the panicking frame again).
    func panicContinue(_ g: Goroutine) -> Bool {
        guard let p = g.panics.last else { return false }
        if p.recovered {
            // earlier panics whose deferred call is still running below the
            // resumed frame go on; those whose deferred call is unwound are over
            g.panics.removeLast()
            g.panics.removeAll { !frameLive($0.callFP, from: p.ownerFP) }
            let ofp = UnsafeMutablePointer<UInt64>(bitPattern: UInt(p.ownerFP))!
            // drop stack segments above the owner's
            while let top = g.stack.segments.last, !(UInt(p.ownerFP) >= top.lo && UInt(p.ownerFP) < top.hi) {
                guard let below = g.stack.pop() else { break }
                g.stackHi = UnsafeMutablePointer<UInt64>(bitPattern: below.hi)!
            }
            g.fp = ofp
            g.fn = p.ownerFn
            guard let landing = image.funcs[p.ownerFn].recoverPC else {
                fatal("recovered panic in a function without a recovery landing")
                return false
            }
            g.pc = landing
            return true
        }
        return runNextPanicDefer(g)
    }

    /// Whether frame `target` is `fp` or below it on the frame chain.
    func frameLive(_ target: UInt64, from fp: UInt64) -> Bool {
        var f = fp
        var steps = 0
        while f != 0 && steps < 1 << 24 {
            if f == target { return true }
            f = UnsafeMutablePointer<UInt64>(bitPattern: UInt(f))![FrameHeader.callerFP]
            steps += 1
        }
        return false
    }

    /// recover(): the panic value if called directly by a call deferred by a panic.
    func recover(_ g: Goroutine, _ fp: UnsafeMutablePointer<UInt64>, into d: UnsafeMutablePointer<UInt64>) {
        d[0] = 0; d[1] = 0
        guard let i = g.panics.indices.last, !g.panics[i].recovered, !g.panics[i].aborted || true else { return }
        guard fp[FrameHeader.returnPC] == UInt64(UInt(bitPattern: image.panicStub)) else { return }
        if g.panics[i].recovered || g.panics[i].goexit { return }
        g.panics[i].recovered = true
        d[0] = g.panics[i].typ; d[1] = g.panics[i].data
    }

    func scratchAddress(_ n: Int) -> UInt64 {
        if scratchBuf == nil || scratchCap < n {
            scratchBuf?.deallocate()
            scratchBuf = .allocate(capacity: max(n, 64))
            scratchCap = max(n, 64)
        }
        return UInt64(UInt(bitPattern: scratchBuf!))
    }

    func stackOverflow(_ g: Goroutine) {
        out.flush()
        out.writeErr("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\nruntime stack:\n")
        out.writeErr("\ngoroutine \(g.id) [running]:\n")
        traceback(g)
    }
}

extension Machine {
    /// Before printing an unrecovered panic: call the value's Error or String method (in Go, on this
    /// goroutine, returning to the panicMsg stub). False when no message is left to compute.
    func startPanicMessage(_ g: Goroutine) -> Bool {
        if let p = g.panicking { g.panics.append(p); g.panicking = nil }
        guard let i = g.panics.firstIndex(where: { !$0.messageDone && $0.typ != 0 }) else { return false }
        g.panics[i].messageDone = true
        guard let idx = fmtMethod(g.panics[i].typ, g.panics[i].data) else { return startPanicMessage(g) }
        let f = image.funcs[idx]
        let base = g.fp + image.funcs[g.fn].frameSlots
        if base + f.frameSlots > g.stackHi { return startPanicMessage(g) }
        base[FrameHeader.callerFP] = UInt64(UInt(bitPattern: g.fp))
        base[FrameHeader.returnPC] = UInt64(UInt(bitPattern: image.panicStub + 1))
        base[FrameHeader.callerFunc] = UInt64(g.fn)
        base[FrameHeader.closure] = 0
        base[FrameHeader.copyBack] = 0
        base[FrameHeader.size] = g.panics[i].data
        panicMessageIndex = i
        panicMessagePC = g.pc
        g.fp = base
        g.fn = idx
        g.pc = f.code
        return true
    }

    /// panicMsg: the method returned; its string result is in the callee frame just above g.fp.
    func panicMessageReturned(_ g: Goroutine) {
        let base = g.fp + image.funcs[g.fn].frameSlots
        let s = base + FrameHeader.size + 1
        if panicMessageIndex < g.panics.count {
            g.panics[panicMessageIndex].message = String(decoding: Strings.bytes(s), as: UTF8.self)
        }
        if let pc = panicMessagePC { g.pc = pc }
    }
}

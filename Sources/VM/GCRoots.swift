// The collector's roots, shaded when a cycle starts: the static segment,
// every goroutine's live frame slots (the functions' stack maps from
// Liveness.swift; a panicking goroutine's stack whole), deferred-call
// records, panic values, timers, fmt's staged results and what finalizable
// objects point to.
//
// Frame objects (the values escape analysis kept in frames) are roots of
// their own, scanned whole for every frame on the stack: code compiled
// without escape decisions (generic instances, the standard packages in Go)
// may hold a caller's frame address in a heap cell, where a scan that
// started from the frame's live slots would not find it in time.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    // MARK: roots

    func markRoots() {
        heap.shadeRange(UInt(bitPattern: image.staticBase), words: image.staticSize / 8)
        var stackBytes: UInt64 = 0
        for g in allGs.values where !g.dead {
            stackBytes += markStack(g)
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

    /// Shades what g's live stack words, frame objects and deferred calls point to; returns the bytes scanned.
    private func markStack(_ g: Goroutine) -> UInt64 {
        markDefers(g)
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
                continue
            }
            if let lv = liveness(f.fn), let bits = lv.live(at: f.offset, innermost: k == 0) {
                for (j, b) in bits.enumerated() where b != 0 {
                    var m = b
                    while m != 0 {
                        heap.shade(words[j * 64 + m.trailingZeroBitCount])
                        m &= m - 1
                    }
                }
                for r in meta.frameObjects { heap.shadeRange(f.fp + UInt(r.lowerBound * 8), words: r.count) }
                bytes += UInt64(meta.frameSlots * 8)
            } else {
                let slots = min(Int(tops[meta.entry + f.offset]), meta.frameSlots)
                heap.shadeRange(f.fp, words: slots)
                bytes += UInt64(slots * 8)
            }
        }
        return bytes
    }

    /// g's deferred-call records: kind, frame, function, n, callee, n argument words (Defer.swift).
    private func markDefers(_ g: Goroutine) {
        for r in g.defers {
            let w = UnsafePointer<UInt>(bitPattern: UInt(r))!
            heap.shadeRange(UInt(r) + 32, words: 1 + Int(w[3]))
        }
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
}

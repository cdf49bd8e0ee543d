// The interpreted call stack as the runtime sees it: a walk over a parked
// or running goroutine's frames (innermost first, crossing the stubs that
// panics call deferred functions through), its traceback text as Go prints
// it, and the program counters of runtime.Callers. A program counter here
// is (function index + 1) << 32 | (instruction offset + 1), so that pc - 1
// is still inside the call, as Go's return addresses are.

import Bytecode
import Runtime

struct FrameInfo {
    let fn: Int
    /// The instruction the frame is at (its call, for callers).
    let offset: Int
    /// A panic called the frame above this one.
    let belowPanic: Bool
}

extension Machine {
    /// g's frames, innermost first, up to runtime.main (not included).
    func frames(_ g: Goroutine, limit: Int = 100) -> [FrameInfo] {
        var result: [FrameInfo] = []
        var fp = g.fp
        var fn = g.fn
        var pc = g.pc
        var belowPanic = false
        // each panic stub crossed leads to the frame where the previous panic was raised
        var crossing = g.panics.count - 2
        while result.count < limit {
            let meta = image.program.funcs[fn]
            if meta.name == "runtime.main" { break }
            let off = (pc - UnsafePointer(image.code)) - 1 - meta.entry
            result.append(FrameInfo(fn: fn, offset: max(off, 0), belowPanic: belowPanic))
            let caller = fp[FrameHeader.callerFP]
            if caller == 0 { break }
            pc = UnsafePointer<Word>(bitPattern: UInt(fp[FrameHeader.returnPC]))!
            belowPanic = pc == image.panicStub
            if belowPanic {
                // a call made by a panic: the frame below resumes where the panic was raised
                if crossing >= 0, let ppc = g.panics[crossing].pc { pc = ppc }
                crossing -= 1
            }
            fn = Int(fp[FrameHeader.callerFunc])
            fp = UnsafeMutablePointer<UInt64>(bitPattern: UInt(caller))!
        }
        return result
    }

    /// Go's traceback lines for g: `name(...)`, `\tfile:line +0xoff` per frame.
    func tracebackText(_ g: Goroutine) -> String {
        let fs = frames(g, limit: 101)
        var lines = ""
        for (i, f) in fs.prefix(100).enumerated() {
            if f.belowPanic && i > 0 { lines += "panic(...)\n" }
            let meta = image.program.funcs[f.fn]
            lines += "\(meta.name)(\(meta.paramSlots == 0 ? "" : "..."))\n\t\(filePath(meta.file)):\(meta.line(at: f.offset)) +0x\(String(f.offset * 8, radix: 16))\n"
        }
        if fs.count > 100 { lines += "...additional frames elided...\n" }
        return lines
    }

    /// runtime.Stack's text: the running goroutine, then (all) the others by id.
    func stackText(all: Bool) -> String {
        guard let g = current else { return "" }
        var text = "goroutine \(g.id) [running]:\n" + tracebackText(g)
        if all {
            for o in allGs.values.sorted(by: { $0.id < $1.id }) where o !== g && !o.dead {
                text += "\ngoroutine \(o.id) [\(o.waitReason ?? "runnable")]:\n" + tracebackText(o)
            }
        }
        return text
    }

    static func encodePC(_ f: FrameInfo) -> UInt64 { UInt64(f.fn + 1) << 32 | UInt64(f.offset + 1) }

    /// The function index and instruction offset of a pc from encodePC.
    func decodePC(_ pc: UInt64) -> (fn: Int, offset: Int)? {
        let fn = Int(pc >> 32) - 1
        guard fn >= 0, fn < image.program.funcs.count else { return nil }
        return (fn, max(Int(pc & 0xffff_ffff) - 1, 0))
    }
}

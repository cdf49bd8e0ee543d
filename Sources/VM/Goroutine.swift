// A goroutine: its stack segments and, while it is not running, the saved
// registers of the loop (pc, fp, current function). Panics in progress and
// (later) defer records and wait state hang off it. One exists today (main);
// the scheduler issue adds more.

import Bytecode
import Runtime

public final class Goroutine {
    public let id: Int
    let stack: GoStack
    var pc: UnsafePointer<Word>
    var fp: UnsafeMutablePointer<UInt64>
    var fn: Int
    var stackHi: UnsafeMutablePointer<UInt64>
    /// Set when the goroutine yielded at a loop back-edge: the instruction after
    /// the jump, whose live slots bound its frame (pc holds the jump's target).
    var scanPC: UnsafePointer<Word>?
    /// A panic just raised, not yet started (set by the raising site).
    var panicking: PanicInfo?
    /// Panics in progress, oldest first (a later one aborted or followed a recovered one).
    var panics: [PanicInfo] = []
    /// Deferred calls not yet run: heap records (Defer.swift), newest last.
    var defers: [UInt64] = []

    /// Why a parked goroutine waits (Go's wait reason: "chan receive", …); nil when runnable.
    var waitReason: String?
    var dead = false

    init(id: Int, heap: MHeap, entry: Int, image: Image) throws(VMError) {
        self.id = id
        stack = GoStack(heap: heap)
        guard let seg = stack.push(atLeast: GoStack.firstSegmentBytes) else { throw VMError.outOfMemory }
        fp = UnsafeMutablePointer<UInt64>(bitPattern: seg.lo)!
        stackHi = UnsafeMutablePointer<UInt64>(bitPattern: seg.hi)!
        fn = entry
        pc = image.funcs[entry].code
        // the entry frame: no caller
        for i in 0..<FrameHeader.size { fp[i] = 0 }
    }
}

public enum VMError: Error {
    case outOfMemory
}

/// What a panic carries until it is printed or recovered.
struct PanicInfo {
    /// The text after `panic: ` (Go's printpanicval of the value).
    var message: String
    /// A runtime.Error (its value is a runtime.errorString or boundsError).
    var isRuntimeError: Bool
    /// Extra line for hardware-style faults (nil dereference).
    var signal: String?
    /// The panic value as an interface {type word, data word}.
    var typ: UInt64 = 0
    var data: UInt64 = 0
    var recovered = false
    var aborted = false
    /// runtime.Goexit: runs the deferred calls like a panic, cannot be recovered, ends the goroutine.
    var goexit = false
    /// The frame whose deferred call is running for this panic (where a recovery resumes).
    var ownerFP: UInt64 = 0
    var ownerFn = 0
    /// The frame of the deferred call this panic is running.
    var callFP: UInt64 = 0
    /// The message was computed by the value's Error/String method (or needs none).
    var messageDone = false
    /// Where the panic was raised (for the traceback).
    var pc: UnsafePointer<Word>?
}

extension Goroutine {
    /// A goroutine for `go f(args)`: its first frame calls the closure with the argument slots.
    convenience init(id: Int, heap: MHeap, closure: UInt64, args: UnsafeMutablePointer<UInt64>, count: Int, image: Image) throws(VMError) {
        let idx = Int(UnsafeMutablePointer<UInt64>(bitPattern: UInt(closure))!.pointee)
        try self.init(id: id, heap: heap, entry: idx, image: image)
        let f = image.funcs[idx]
        if fp + f.frameSlots > stackHi {
            guard let seg = stack.push(atLeast: f.frameSlots * 8 + 64) else { throw VMError.outOfMemory }
            fp = UnsafeMutablePointer<UInt64>(bitPattern: seg.lo)!
            stackHi = UnsafeMutablePointer<UInt64>(bitPattern: seg.hi)!
            for i in 0..<FrameHeader.size { fp[i] = 0 }
        }
        fp[FrameHeader.closure] = closure
        for i in 0..<count { fp[FrameHeader.size + i] = args[i] }
    }
}

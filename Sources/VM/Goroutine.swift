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
    /// The runtime error or panic value being raised, for the crash report.
    var panicking: PanicInfo?

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

/// What a panic carries until it is printed (or, later, recovered).
struct PanicInfo {
    /// The text after `panic: ` (Go's printpanicval of the value).
    var message: String
    /// A runtime.Error: `[recovered]` chains and error-typed values print the same.
    var isRuntimeError: Bool
    /// Extra line for hardware-style faults (nil dereference).
    var signal: String?
}

// The stack invariant, checked in debug builds (DESIGN.md "Stacks and
// escape analysis"): no heap object, global or other goroutine ever points
// into a goroutine stack. Escape analysis keeps an object in a frame only
// when it proves that; a store that would put a stack address anywhere but
// a stack means the analysis (or the compiler's use of it) is wrong, and
// the program stops with a fatal error naming the store instead of
// reading a dead frame later.
//
// The check sees the stores of the interpreted code (st64, stblk, cpblk)
// in functions compiled with the analysis's decisions. Functions compiled
// without them (generic instances, the standard packages written in Go,
// wrappers) put everything that needs an address in heap cells, and such a
// cell may hold a caller's frame address it was passed: the analysis of
// the call (gc's parameter tags) proved the cell dies with the call, so it
// is not reported. The operands carry no types: every word stored is read,
// so an integer that happens to equal a stack address (a uintptr made from
// a frame object's address) is reported too. Release builds do not check.

import Bytecode
import Runtime

#if DEBUG
extension Machine {
    /// Whether storing the `n` bytes at `src` to `dst` in function fn puts a
    /// stack address outside the stacks; if so, it is reported as a fatal
    /// error with the goroutine's traceback (the caller saves its registers first).
    func storesStackAddress(_ dst: UnsafeMutableRawPointer, _ src: UnsafeRawPointer, _ n: Int, fn: Int) -> Bool {
        if n < 8 || !image.program.funcs[fn].usesEscapeAnalysis || heap.isStackAddress(UInt(bitPattern: dst)) { return false }
        for off in stride(from: 0, through: n - 8, by: 8) {
            let v = src.loadUnaligned(fromByteOffset: off, as: UInt.self)
            if v != 0 && heap.isStackAddress(v) {
                let at = UInt(bitPattern: dst) + UInt(off)
                fatalWithTrace("gosub: pointer into a goroutine stack (0x\(String(v, radix: 16))) stored outside it at 0x\(String(at, radix: 16))")
                return true
            }
        }
        return false
    }
}
#endif

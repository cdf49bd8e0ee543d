// VM.swift — a map of the virtual machine (no code: each file opens with its design).
//
// | file | concept |
// |---|---|
// | `Image.swift` | a Program loaded for execution: code in one block, static segment relocated, raw function and type tables |
// | `Interpreter.swift` | the dispatch loop: pc, fp, stack limit and function in locals, a switch on the opcode byte |
// | `Machine.swift` | one program's heap, output, goroutines; `run()` and stack segment switching |
// | `Goroutine.swift` | a goroutine: stack segments, saved registers, panics and defers in progress |
// | `Stack.swift` | segmented goroutine stacks from the heap's manual spans, bounded by Go's 1 GB limit |
// | `Scheduler.swift` | FIFO run queue, time slices at loop back-edges, go statements, deadlock detection |
// | `Channels.swift`, `Select.swift` | hchan with buffer and wait queues; select with a shared wake-up token |
// | `Sync.swift` | sync.WaitGroup, sync.Mutex, sync/atomic as natives over the values' memory |
// | `Defer.swift` | defer records, deferRun, panics running deferred calls, recover, recovery landings |
// | `Panic.swift` | Go's runtime error values and texts, panic printing with chains, tracebacks, interface equality |
// | `Itabs.swift` | itabs built on demand, type assertions, fmt's method calls |
// | `Maps.swift` | open-addressing maps hashed and compared by type, iteration, fmt's key order |
// | `StringOps.swift`, `SliceOps.swift`, `Complex.swift` | strings, slices (growslice), complex arithmetic |
// | `NativeCalls.swift`, `NativeLib.swift` | natives: print/println, fmt, os, strings, strconv, math, unicode, sort, bits |
// | `Fmt.swift`, `Printf.swift`, `FloatFormat.swift`, `Quote.swift` | fmt over raw memory driven by RType |
// | `Output.swift` | buffered stdout flushed before every stderr write, at exit and when full |
//
// Invariants: no Swift value holds Go data on the hot path (slots and heap
// memory are raw); a frame never moves (segments), so bookkeeping may point
// into a parked goroutine's frame; every Go-level fault becomes a Go panic
// raised through startPanic, never a Swift trap.

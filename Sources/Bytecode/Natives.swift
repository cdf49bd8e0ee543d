// Native (Swift) functions the compiler may call with `callNat`: the list is
// shared by compiler and VM (the VM's table is indexed the same way and
// BytecodeTests checks both cover it). A native receives the slots from A:
// its arguments in order (each taking its slot shape), and writes its
// results from slot A on.

public enum NativeID: Int, CaseIterable, Sendable {
    // builtin print/println pieces (runtime.print*)
    case printBool, printInt, printUint, printFloat, printFloat32, printComplex, printString, printPointer, printSpace, printNewline, printSlice, printIface
    case printLock, printUnlock
    // fmt (args: a []any slice; Sprint*/Errorf return a string)
    case fmtPrint, fmtPrintln, fmtPrintf, fmtSprint, fmtSprintln, fmtSprintf
    /// fmt.Errorf's message: Sprintf with %w as %v
    case fmtErrorfMessage
    /// (format string, operand count) -> mask of the operands fmt formats through a method (FormatVerbs)
    case fmtMethodOperands
    /// (mode, format, []any) -> (found, the next nested value whose String/Error fmt calls); and its result stored
    case fmtNested, fmtNestedStore
    // os
    case osExit
    // strings, strconv (a first few)
    case stringsRepeat, stringsContains, stringsIndex, stringsHasPrefix, stringsHasSuffix, stringsToUpper, stringsToLower
    case strconvItoa, strconvQuote
    /// strconv's ASCII-only quoting and IsPrint
    case strconvQuoteToASCII, strconvQuoteRuneToASCII, strconvIsPrint
    case mathNaN, mathInf, mathIsNaN, mathIsInf, mathSqrt, mathFloor, mathCeil, mathAbs, mathPow, mathTrunc, mathMod
    case mathLog, mathExp, mathMax, mathMin, mathRound, mathSin, mathCos, mathHypot, mathLog2, mathLog10
    case mathCopysign, mathFloat64frombits, mathFloat64bits, mathFloat32bits, mathFloat32frombits, mathSignbit
    // the C library's functions (VM/NativeLib.swift)
    case mathTan, mathAtan, mathAtan2, mathAsin, mathAcos, mathSinh, mathCosh, mathTanh, mathAsinh, mathAcosh, mathAtanh
    case mathCbrt, mathExp2, mathExpm1, mathLog1p, mathErf, mathErfc, mathGamma, mathLgamma, mathJ0, mathJ1, mathY0, mathY1
    case mathJn, mathYn, mathFMA, mathRemainder, mathRoundToEven
    case stringsFields, stringsSplit, stringsJoin, stringsTrimSpace, stringsReplaceAll, stringsReplace, stringsCount
    case stringsLastIndex, stringsTrimPrefix, stringsTrimSuffix, stringsContainsRune, stringsIndexByte, stringsTrim
    case stringsTrimLeft, stringsTrimRight, stringsCut, stringsEqualFold
    case strconvFormatInt, strconvFormatFloat, strconvParseFloat
    case utf8RuneLen, utf8RuneCountInString, utf8ValidString, utf8DecodeRuneInString, utf8AppendRune, utf8DecodeRune, utf8FullRune, utf8ValidRune
    case sortInts, sortStrings, sortFloat64s
    /// sort's swapper of any slice (the Go implementation's sliceLen/sliceSwap)
    case sortSliceLen, sortSliceSwap
    /// a yield function called after its range-over-func loop stopped (arg: the loop's #next)
    case rangeFuncPanic
    /// unsafe.String (arg 0) / unsafe.Slice (1) of (ptr, len): Go's panics for a bad len
    case unsafeLenCheck
    /// os's system calls (the Go implementation's sysOpen, sysRead, …)
    case osSysOpen, osSysRead, osSysWrite, osSysClose, osErrnoText, osSysGetenv, osSysRemove
    case osSysGetwd, osSysChdir, osSysMkdir, osSysRename, osSysSetenv, osSysUnsetenv, osSysEnviron, osSysGetpid, osSysIsDir
    case osSysStat, osSysReadDir, osSysSeek
    case unicodeIsUpper, unicodeIsLower, unicodeIsDigit, unicodeIsLetter, unicodeIsSpace, unicodeToUpper, unicodeToLower, unicodeToTitle
    case unicodeIsPunct, unicodeIsSymbol, unicodeIsMark, unicodeIsNumber, unicodeIsTitle, unicodeIsPrint, unicodeIsGraphic
    case bitsOnesCount, bitsLeadingZeros64, bitsTrailingZeros, bitsLen, bitsReverse8, bitsRotateLeft32, bitsAdd64, bitsMul64
    // fmt.Fprint* to os.Stderr (to os.Stdout they compile as Print*)
    case fmtEprint, fmtEprintln, fmtEprintf
    case runtimeGosched, runtimeGC, runtimeNumGoroutine
    /// runtime.SetFinalizer (Finalizers.swift) and debug.SetMemoryLimit (the pacer's limit)
    case runtimeSetFinalizer, debugSetMemoryLimit
    case runtimeGOMAXPROCS, runtimeNumCPU, runtimeReadMemStats, debugSetGCPercent, debugFreeOSMemory
    /// runtime.Goexit; the call stack for runtime's Go code (Frames.swift): callers, pcInfo, stack
    case runtimeGoexit, runtimeCallerPCs, runtimePCInfo, runtimeStackText
    // close(ch) as a deferred call
    case closeChan
    // sync (receiver pointer first) and sync/atomic
    case syncWaitGroupAdd, syncWaitGroupWait
    case atomicAddInt32, atomicAddInt64, atomicLoadInt32, atomicLoadInt64, atomicStoreInt32, atomicStoreInt64
    case atomicCompareAndSwapInt32, atomicCompareAndSwapInt64
    case atomicInt32Add, atomicInt32Load, atomicInt32Store, atomicInt64Add, atomicInt64Load, atomicInt64Store
    // sync's runtime semaphores and notify lists (for RWMutex and Cond), and its fatal errors
    case syncSemacquire, syncSemrelease, syncNotifyListAdd, syncNotifyListWait, syncNotifyListNotifyOne, syncNotifyListNotifyAll, syncFatal
    case syncNanotime, syncMutexTraceEnabled, syncMutexTrace
    /// sync.Pool's registration with the collector (its caches are cleared at every cycle)
    case syncRegisterPool
    // package time's clocks and timers (Timers.swift)
    case timeSleep, timeRuntimeNano, timeNow, timeStartTimer, timeStopTimer, timeResetTimer

    /// The Go name a call site uses (nil for runtime helpers).
    public var goName: String? {
        switch self {
        case .fmtPrint: return "fmt.Print"
        case .fmtPrintln: return "fmt.Println"
        case .fmtPrintf: return "fmt.Printf"
        case .fmtSprint: return "fmt.Sprint"
        case .fmtSprintln: return "fmt.Sprintln"
        case .fmtSprintf: return "fmt.Sprintf"
        case .osExit: return "os.Exit"
        case .stringsRepeat: return "strings.Repeat"
        case .stringsContains: return "strings.Contains"
        case .stringsIndex: return "strings.Index"
        case .stringsHasPrefix: return "strings.HasPrefix"
        case .stringsHasSuffix: return "strings.HasSuffix"
        case .stringsToUpper: return "strings.ToUpper"
        case .stringsToLower: return "strings.ToLower"
        case .strconvItoa: return "strconv.Itoa"
        case .strconvQuote: return "strconv.Quote"
        case .strconvQuoteToASCII: return "strconv.QuoteToASCII"
        case .strconvQuoteRuneToASCII: return "strconv.QuoteRuneToASCII"
        case .strconvIsPrint: return "strconv.IsPrint"
        case .strconvParseFloat: return "strconv.parseFloat"
        case .osSysOpen: return "os.sysOpen"
        case .osSysRead: return "os.sysRead"
        case .osSysWrite: return "os.sysWrite"
        case .osSysClose: return "os.sysClose"
        case .osErrnoText: return "os.errnoText"
        case .osSysGetenv: return "os.sysGetenv"
        case .osSysRemove: return "os.sysRemove"
        case .osSysGetwd: return "os.sysGetwd"
        case .osSysChdir: return "os.sysChdir"
        case .osSysMkdir: return "os.sysMkdir"
        case .osSysRename: return "os.sysRename"
        case .osSysSetenv: return "os.sysSetenv"
        case .osSysUnsetenv: return "os.sysUnsetenv"
        case .osSysEnviron: return "os.sysEnviron"
        case .osSysGetpid: return "os.sysGetpid"
        case .osSysIsDir: return "os.sysIsDir"
        case .osSysStat: return "os.sysStat"
        case .osSysReadDir: return "os.sysReadDir"
        case .osSysSeek: return "os.sysSeek"
        case .sortSliceLen: return "sort.sliceLen"
        case .sortSliceSwap: return "sort.sliceSwap"
        case .fmtEprint, .fmtEprintln, .fmtEprintf, .closeChan, .fmtErrorfMessage, .fmtMethodOperands: return nil
        case .runtimeGosched: return "runtime.Gosched"
        case .runtimeGC: return "runtime.GC"
        case .runtimeNumGoroutine: return "runtime.NumGoroutine"
        case .syncWaitGroupAdd: return "sync.waitGroupAdd"
        case .syncWaitGroupWait: return "sync.waitGroupWait"
        case .syncSemacquire: return "sync.semacquire"
        case .syncSemrelease: return "sync.semrelease"
        case .syncNotifyListAdd: return "sync.notifyListAdd"
        case .syncNotifyListWait: return "sync.notifyListWait"
        case .syncNotifyListNotifyOne: return "sync.notifyListNotifyOne"
        case .syncNotifyListNotifyAll: return "sync.notifyListNotifyAll"
        case .syncFatal: return "sync.fatal"
        case .syncNanotime: return "sync.nanotime"
        case .syncMutexTraceEnabled: return "sync.mutexTraceEnabled"
        case .syncMutexTrace: return "sync.mutexTrace"
        case .syncRegisterPool: return "sync.registerPool"
        case .runtimeCallerPCs: return "runtime.callers"
        case .runtimePCInfo: return "runtime.pcInfo"
        case .runtimeStackText: return "runtime.stack"
        case .timeSleep: return "time.Sleep"
        case .timeRuntimeNano: return "time.runtimeNano"
        case .timeNow: return "time.now"
        case .timeStartTimer: return "time.startTimer"
        case .timeStopTimer: return "time.stopTimer"
        case .timeResetTimer: return "time.resetTimer"
        case .atomicInt32Add: return "sync/atomic.(*Int32).Add"
        case .atomicInt32Load: return "sync/atomic.(*Int32).Load"
        case .atomicInt32Store: return "sync/atomic.(*Int32).Store"
        case .atomicInt64Add: return "sync/atomic.(*Int64).Add"
        case .atomicInt64Load: return "sync/atomic.(*Int64).Load"
        case .atomicInt64Store: return "sync/atomic.(*Int64).Store"
        default:
            let n = "\(self)"
            for (prefix, pkg) in Self.prefixes where n.hasPrefix(prefix) {
                return pkg + "." + n.dropFirst(prefix.count)
            }
            return nil
        }
    }

    public var name: String { goName ?? "runtime.\(self)" }

    static let prefixes: [(String, String)] = [
        ("math", "math"), ("strings", "strings"), ("strconv", "strconv"), ("utf8", "unicode/utf8"),
        ("sort", "sort"), ("unicode", "unicode"), ("bits", "math/bits"), ("atomic", "sync/atomic"),
        ("runtime", "runtime"), ("debug", "runtime/debug"),
    ]

    public static let byGoName: [String: NativeID] = {
        var m: [String: NativeID] = [:]
        for n in allCases { if let g = n.goName { m[g] = n } }
        return m
    }()
}

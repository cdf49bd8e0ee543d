// Natives of package runtime and runtime/debug that read or set the
// runtime's state: GOMAXPROCS and NumCPU, ReadMemStats (the allocator's
// statistics written into a runtime.MemStats in gc's layout), the GC
// percent and FreeOSMemory.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    func callRuntimeNative(_ n: NativeID, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        switch n {
        case .runtimeGOMAXPROCS:
            let old = gomaxprocs
            let want = Int64(bitPattern: a[0])
            if want > 0 { gomaxprocs = Int(min(want, 1 << 20)) }
            a[0] = UInt64(old)
        case .runtimeNumCPU:
            a[0] = UInt64(Self.numCPU)
        case .runtimeReadMemStats:
            guard let p = UnsafeMutableRawPointer(bitPattern: UInt(a[0])) else {
                nilError()
                return .panicked
            }
            writeMemStats(heap.readMemStats(), to: p)
        case .debugSetGCPercent:
            let old = gcPercent
            gcPercent = Int(max(Int64(bitPattern: a[0]), -1))
            // turning the collector off waits for a cycle in progress (Go's gcWaitOnMark)
            if gcPercent < 0 && gc.marking { finishMarking() }
            setPacing(marked: heap.heapMarked)
            a[0] = UInt64(bitPattern: Int64(old))
        case .debugFreeOSMemory:
            // Go's FreeOSMemory forces a collection, then returns free pages
            collect(forced: true)
            heap.sweepAll()
            _ = heap.freeOSMemory()
        case .runtimeSetFinalizer:
            return setFinalizer(a)
        case .debugSetMemoryLimit:
            let old = gc.memoryLimit
            let limit = Int64(bitPattern: a[0])
            if limit >= 0 {
                gc.memoryLimit = limit
                setPacing(marked: heap.heapMarked)
            }
            a[0] = UInt64(bitPattern: old)
        case .unsafeLenCheck:
            let what = a[0] == 0 ? "unsafe.String" : "unsafe.Slice"
            let n = Int64(bitPattern: a[2])
            if n < 0 || n > Int64(Machine.maxSingleAlloc) {
                runtimeError("\(what): len out of range")
                return .panicked
            }
            if a[1] == 0 && n > 0 {
                runtimeError("\(what): ptr is nil and len is not zero")
                return .panicked
            }
        case .rangeFuncPanic:
            switch Int64(bitPattern: a[0]) {
            case -1: runtimeError("range function continued iteration after whole loop exit")
            case -2: runtimeError("range function continued iteration after loop body panic")
            case -3: runtimeError("range function recovered a loop body panic and did not resume panicking")
            default: runtimeError("range function continued iteration after function for loop body returned false")
            }
            return .panicked
        default:
            return callOSNative(n, a)
        }
        return .finished
    }

    static var numCPU: Int { max(Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), 1) }

    /// GOMAXPROCS at start: the environment's, or the number of CPUs.
    static var initialGOMAXPROCS: Int {
        if let e = getenv("GOMAXPROCS"), let n = Int(String(cString: e)), n > 0 { return n }
        return numCPU
    }

    /// GOGC at start: the environment's percent ("off" is -1), or 100.
    static var initialGCPercent: Int {
        guard let e = getenv("GOGC") else { return 100 }
        let v = String(cString: e)
        if v == "off" { return -1 }
        return Int(v) ?? 100
    }

    /// runtime.MemStats in gc's layout (5776 bytes; offsets as Go 1.27's).
    func writeMemStats(_ m: MemStats, to p: UnsafeMutableRawPointer) {
        let words: [UInt64] = [m.alloc, m.totalAlloc, m.sys, m.lookups, m.mallocs, m.frees,
                               m.heapAlloc, m.heapSys, m.heapIdle, m.heapInuse, m.heapReleased, m.heapObjects,
                               m.stackInuse, m.stackSys, m.mSpanInuse, m.mSpanSys, m.mCacheInuse, m.mCacheSys,
                               m.buckHashSys, m.gcSys, m.otherSys, m.nextGC, m.lastGC, m.pauseTotalNs]
        for (i, w) in words.enumerated() { p.storeBytes(of: w, toByteOffset: 8 * i, as: UInt64.self) }
        for i in 0..<256 {
            p.storeBytes(of: m.pauseNs[i], toByteOffset: 192 + 8 * i, as: UInt64.self)
            p.storeBytes(of: m.pauseEnd[i], toByteOffset: 2240 + 8 * i, as: UInt64.self)
        }
        p.storeBytes(of: m.numGC, toByteOffset: 4288, as: UInt32.self)
        p.storeBytes(of: m.numForcedGC, toByteOffset: 4292, as: UInt32.self)
        p.storeBytes(of: m.gcCPUFraction, toByteOffset: 4296, as: Double.self)
        p.storeBytes(of: UInt8(m.enableGC ? 1 : 0), toByteOffset: 4304, as: UInt8.self)
        p.storeBytes(of: UInt8(m.debugGC ? 1 : 0), toByteOffset: 4305, as: UInt8.self)
        for (i, c) in m.bySize.prefix(61).enumerated() {
            let e = 4312 + 24 * i
            p.storeBytes(of: c.size, toByteOffset: e, as: UInt32.self)
            p.storeBytes(of: c.mallocs, toByteOffset: e + 8, as: UInt64.self)
            p.storeBytes(of: c.frees, toByteOffset: e + 16, as: UInt64.self)
        }
    }
}

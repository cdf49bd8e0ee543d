// Slices in raw memory: {ptr, len, cap} in three slots. make, Go's
// growslice (runtime/slice.go: double below 256 elements, then grow by
// (newcap + 3*256)/4 until enough, then round the byte size up to a size
// class with roundupsize), and slicing with Go's bounds-check messages.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    static let maxAlloc = 1 << 47

    func makeSlice(_ d: UnsafeMutablePointer<UInt64>, _ len: Int64, _ cap: Int64, _ elem: TypeLayout) -> RunResult {
        let es = elem.size
        let (mem, over) = es.multipliedReportingOverflow(by: Int(cap))
        if over || mem > Self.maxAlloc || len < 0 || len > cap {
            let (lmem, lover) = es.multipliedReportingOverflow(by: Int(len))
            if lover || lmem > Self.maxAlloc || len < 0 {
                runtimeError("makeslice: len out of range")
            } else {
                runtimeError("makeslice: cap out of range")
            }
            return .panicked
        }
        if mem > Machine.maxSingleAlloc {
            outOfMemory()
            return .fatal
        }
        let p = mem == 0 ? heap.zerobase : mcache.malloc(mem, type: elem)
        d[0] = UInt64(p); d[1] = u64(len); d[2] = u64(cap)
        return .finished
    }

    /// Grows slice s to capacity for `newLen` elements, copying the old ones.
    @discardableResult
    func growSlice(_ s: UnsafeMutablePointer<UInt64>, _ newLen: Int, _ elem: TypeLayout) -> Bool {
        let oldCap = Int(s[2])
        let oldLen = Int(s[1])
        let es = elem.size
        if es == 0 {
            s[0] = UInt64(heap.zerobase); s[2] = UInt64(newLen)
            return true
        }
        var newcap = oldCap
        let doublecap = newcap + newcap
        if newLen > doublecap {
            newcap = newLen
        } else if oldCap < 256 {
            newcap = doublecap
        } else {
            while true {
                newcap += (newcap + 3 * 256) >> 2
                if UInt(newcap) >= UInt(newLen) { break }
            }
            if newcap <= 0 { newcap = newLen }
        }
        let noscan = elem.ptrBytes == 0
        let (m, over) = newcap.multipliedReportingOverflow(by: es)
        if over || m > Self.maxSingleAlloc { return false }
        let capmem = SizeClasses.roundUpSize(m, noscan: noscan)
        newcap = capmem / es
        let p = noscan ? mcache.mallocNoScan(capmem) : mcache.malloc(capmem, type: elem)
        if oldLen > 0 { memmove(UnsafeMutableRawPointer(bitPattern: p)!, ptr(s[0]), oldLen * es) }
        s[0] = UInt64(p); s[2] = UInt64(newcap)
        return true
    }

    /// d = b[lo:hi:max]; flags: 1 lo given, 2 hi given, 4 max given, 8 the base is an array.
    func sliceOp(_ d: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>, _ x: UnsafeMutablePointer<UInt64>,
                 _ flags: Int, _ es: Int) -> Bool {
        let len = i64(b[1]), cap = i64(b[2])
        let lo = flags & 1 != 0 ? i64(x[0]) : 0
        let hi = flags & 2 != 0 ? i64(x[1]) : len
        let three = flags & 4 != 0
        let mx = three ? i64(x[2]) : cap
        let arr = flags & 8 != 0
        func u(_ v: Int64) -> UInt64 { UInt64(bitPattern: v) }
        if three {
            if u(mx) > u(cap) {
                boundsError(mx < 0 ? "slice bounds out of range [::\(mx)]" : "slice bounds out of range [::\(mx)] with \(arr ? "length" : "capacity") \(cap)")
                return false
            }
            if u(hi) > u(mx) {
                boundsError(hi < 0 ? "slice bounds out of range [:\(hi):]" : "slice bounds out of range [:\(hi):\(mx)]")
                return false
            }
            if u(lo) > u(hi) {
                boundsError(lo < 0 ? "slice bounds out of range [\(lo)::]" : "slice bounds out of range [\(lo):\(hi):]")
                return false
            }
        } else {
            if flags & 2 != 0 && u(hi) > u(cap) {
                boundsError(hi < 0 ? "slice bounds out of range [:\(hi)]" : "slice bounds out of range [:\(hi)] with \(arr ? "length" : "capacity") \(cap)")
                return false
            }
            if u(lo) > u(hi) {
                boundsError(lo < 0 ? "slice bounds out of range [\(lo):]" : "slice bounds out of range [\(lo):\(hi)]")
                return false
            }
        }
        let newCap = mx - lo
        d[0] = newCap == 0 ? b[0] : b[0] &+ UInt64(lo) &* UInt64(es)
        d[1] = u(hi - lo)
        d[2] = u(newCap)
        return true
    }
}

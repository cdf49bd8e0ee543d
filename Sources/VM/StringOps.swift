// Strings in raw memory: a string is {ptr, len} in two slots; its bytes are
// immutable (static segment or a heap object without pointers). These
// helpers implement concatenation, comparison, UTF-8 decoding and the
// conversions string(rune), string([]byte), []byte(s), []rune(s),
// string([]rune) with Go's results (runtime/string.go, utf8).

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Strings {
    /// Bytewise comparison of two strings in slots: <0, 0, >0.
    static func compare(_ a: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>) -> Int {
        let la = Int(a[1]), lb = Int(b[1])
        let n = min(la, lb)
        if n > 0 && a[0] != b[0] {
            let c = memcmp(ptr(a[0]), ptr(b[0]), n)
            if c != 0 { return Int(c) }
        }
        return la < lb ? -1 : (la > lb ? 1 : 0)
    }

    /// The rune at byte i of s and its width; invalid encodings give (U+FFFD, 1).
    static func decodeRune(_ s: UnsafeMutableRawPointer, _ n: Int, _ i: Int) -> (Int32, Int) {
        let p = s.assumingMemoryBound(to: UInt8.self)
        let c0 = p[i]
        if c0 < 0x80 { return (Int32(c0), 1) }
        func cont(_ k: Int) -> UInt32? {
            guard i + k < n else { return nil }
            let c = p[i + k]
            return c & 0xC0 == 0x80 ? UInt32(c & 0x3F) : nil
        }
        if c0 >= 0xC2 && c0 <= 0xDF, let c1 = cont(1) {
            return (Int32(UInt32(c0 & 0x1F) << 6 | c1), 2)
        }
        if c0 >= 0xE0 && c0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) {
            let r = UInt32(c0 & 0x0F) << 12 | c1 << 6 | c2
            if r >= 0x800 && !(r >= 0xD800 && r <= 0xDFFF) { return (Int32(r), 3) }
        }
        if c0 >= 0xF0 && c0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            let r = UInt32(c0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3
            if r >= 0x10000 && r <= 0x10FFFF { return (Int32(r), 4) }
        }
        return (0xFFFD, 1)
    }

    /// UTF-8 bytes of a rune (invalid runes encode U+FFFD).
    static func encode(_ r: Int64) -> [UInt8] {
        var v = UInt32(0xFFFD)
        if r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF) { v = UInt32(r) }
        switch v {
        case 0..<0x80: return [UInt8(v)]
        case 0x80..<0x800: return [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)]
        case 0x800..<0x10000: return [UInt8(0xE0 | v >> 12), UInt8(0x80 | (v >> 6) & 0x3F), UInt8(0x80 | v & 0x3F)]
        default: return [UInt8(0xF0 | v >> 18), UInt8(0x80 | (v >> 12) & 0x3F), UInt8(0x80 | (v >> 6) & 0x3F), UInt8(0x80 | v & 0x3F)]
        }
    }

    /// The bytes of a string in slots (for native code).
    static func bytes(_ s: UnsafeMutablePointer<UInt64>) -> [UInt8] {
        let n = Int(s[1])
        if n == 0 { return [] }
        return Array(UnsafeRawBufferPointer(start: ptr(s[0]), count: n))
    }

    static func bytes(ptr p: UInt64, len: Int) -> [UInt8] {
        if len == 0 { return [] }
        return Array(UnsafeRawBufferPointer(start: ptr(p), count: len))
    }
}

extension Machine {
    /// A new string holding `bytes` (heap, no pointers) written to slots d.
    func newString(_ d: UnsafeMutablePointer<UInt64>, _ bytes: [UInt8]) {
        if bytes.isEmpty { d[0] = 0; d[1] = 0; return }
        let p = mcache.mallocNoScan(bytes.count, needzero: false)
        bytes.withUnsafeBytes { UnsafeMutableRawPointer(bitPattern: p)!.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        d[0] = UInt64(p); d[1] = UInt64(bytes.count)
    }

    /// The frame buffer a `tmpBuf` offered the string operation now running, if
    /// `n` bytes fit (gc's tmpBuf for results that do not escape); taken either way.
    func takeStringBuf(fitting n: Int) -> UInt? {
        guard let b = stringBuf else { return nil }
        stringBuf = nil
        return n <= stringBufBytes ? UInt(bitPattern: b) : nil
    }

    func concat(_ d: UnsafeMutablePointer<UInt64>, _ a: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>) {
        let la = Int(a[1]), lb = Int(b[1])
        let buf = takeStringBuf(fitting: la + lb)
        if la == 0 { d[0] = b[0]; d[1] = b[1]; return }
        if lb == 0 { d[0] = a[0]; d[1] = a[1]; return }
        let p = buf ?? mcache.mallocNoScan(la + lb, needzero: false)
        let raw = UnsafeMutableRawPointer(bitPattern: p)!
        raw.copyMemory(from: ptr(a[0]), byteCount: la)
        (raw + la).copyMemory(from: ptr(b[0]), byteCount: lb)
        d[0] = UInt64(p); d[1] = UInt64(la + lb)
    }

    func runeToString(_ d: UnsafeMutablePointer<UInt64>, _ r: Int64) {
        newString(d, Strings.encode(r))
    }

    /// string(b): a one-byte string from the static table, else a copy (in the frame buffer when offered and fits).
    func bytesToString(_ d: UnsafeMutablePointer<UInt64>, _ s: UnsafeMutablePointer<UInt64>) {
        let n = Int(s[1])
        let buf = takeStringBuf(fitting: n)
        if n == 0 { d[0] = 0; d[1] = 0; return }
        if n == 1 {
            d[0] = UInt64(UInt(bitPattern: staticUint64s + Int(ptr(s[0]).load(as: UInt8.self)))); d[1] = 1
            return
        }
        let p = buf ?? mcache.mallocNoScan(n, needzero: false)
        UnsafeMutableRawPointer(bitPattern: p)!.copyMemory(from: ptr(s[0]), byteCount: n)
        d[0] = UInt64(p); d[1] = UInt64(n)
    }

    func stringToBytes(_ d: UnsafeMutablePointer<UInt64>, _ s: UnsafeMutablePointer<UInt64>) {
        let n = Int(s[1])
        if let b = takeStringBuf(fitting: n) {
            // the buffer whole is the capacity, zeroed past the bytes (gc's buf[:len(s)])
            let raw = UnsafeMutableRawPointer(bitPattern: b)!
            memset(raw, 0, stringBufBytes)
            if n > 0 { raw.copyMemory(from: ptr(s[0]), byteCount: n) }
            d[0] = UInt64(b); d[1] = UInt64(n); d[2] = UInt64(stringBufBytes)
            return
        }
        if n == 0 {
            d[0] = UInt64(heap.zerobase); d[1] = 0; d[2] = 0
            return
        }
        let cap = SizeClasses.roundUpSize(n, noscan: true)
        let p = mcache.mallocNoScan(cap, needzero: false)
        let raw = UnsafeMutableRawPointer(bitPattern: p)!
        raw.copyMemory(from: ptr(s[0]), byteCount: n)
        if cap > n { memset(raw + n, 0, cap - n) }
        d[0] = UInt64(p); d[1] = UInt64(n); d[2] = UInt64(cap)
    }

    func stringToRunes(_ d: UnsafeMutablePointer<UInt64>, _ s: UnsafeMutablePointer<UInt64>) {
        let n = Int(s[1])
        var runes: [Int32] = []
        var i = 0
        while i < n {
            let (r, w) = Strings.decodeRune(ptr(s[0]), n, i)
            runes.append(r); i += w
        }
        if let b = takeStringBuf(fitting: runes.count * 4) {
            let q = UnsafeMutablePointer<Int32>(bitPattern: b)!
            memset(q, 0, stringBufBytes)
            for (k, r) in runes.enumerated() { q[k] = r }
            d[0] = UInt64(b); d[1] = UInt64(runes.count); d[2] = UInt64(stringBufBytes / 4)
            return
        }
        if runes.isEmpty { d[0] = UInt64(heap.zerobase); d[1] = 0; d[2] = 0; return }
        let mem = SizeClasses.roundUpSize(runes.count * 4, noscan: true)
        let p = mcache.mallocNoScan(mem)
        let q = UnsafeMutablePointer<Int32>(bitPattern: p)!
        for (k, r) in runes.enumerated() { q[k] = r }
        d[0] = UInt64(p); d[1] = UInt64(runes.count); d[2] = UInt64(mem / 4)
    }

    func runesToString(_ d: UnsafeMutablePointer<UInt64>, _ s: UnsafeMutablePointer<UInt64>) {
        var out: [UInt8] = []
        let q = UnsafeMutablePointer<Int32>(bitPattern: UInt(s[0]))
        for k in 0..<Int(s[1]) { out += Strings.encode(Int64(q![k])) }
        if let b = takeStringBuf(fitting: out.count), !out.isEmpty {
            out.withUnsafeBytes { UnsafeMutableRawPointer(bitPattern: b)!.copyMemory(from: $0.baseAddress!, byteCount: out.count) }
            d[0] = UInt64(b); d[1] = UInt64(out.count)
            return
        }
        newString(d, out)
    }

    /// s[lo:hi] of a string; flags as the slice op (1 lo, 2 hi).
    func stringSlice(_ d: UnsafeMutablePointer<UInt64>, _ s: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>, _ flags: Int) -> Bool {
        let len = i64(s[1])
        let lo = flags & 1 != 0 ? i64(b[0]) : 0
        let hi = flags & 2 != 0 ? i64(b[1]) : len
        if UInt64(bitPattern: hi) > UInt64(bitPattern: len) {
            boundsError(hi < 0 ? "slice bounds out of range [:\(hi)]" : "slice bounds out of range [:\(hi)] with length \(len)")
            return false
        }
        if UInt64(bitPattern: lo) > UInt64(bitPattern: hi) {
            boundsError(lo < 0 ? "slice bounds out of range [\(lo):]" : "slice bounds out of range [\(lo):\(hi)]")
            return false
        }
        d[0] = hi - lo == 0 ? s[0] : s[0] &+ UInt64(lo)
        d[1] = UInt64(hi - lo)
        return true
    }
}

/// Float to integer conversions as amd64 performs them (CVTTSD2SQ): out of
/// range and NaN give the "integer indefinite" value, never a host trap.
enum Convert {
    static func f2i(_ x: Double) -> Int64 {
        if x.isNaN || x >= 9.223372036854775807e18 || x < -9.223372036854775808e18 { return Int64.min }
        return Int64(x)
    }

    static func f2u(_ x: Double) -> UInt64 {
        // gc on amd64: values below 2^63 convert as signed, others subtract 2^63 first
        if x.isNaN { return 1 << 63 }
        if x < 9.223372036854775808e18 { return UInt64(bitPattern: f2i(x)) }
        let y = x - 9.223372036854775808e18
        return UInt64(bitPattern: f2i(y)) ^ (1 << 63)
    }
}

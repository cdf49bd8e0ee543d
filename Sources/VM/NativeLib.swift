// Natives of math, strings, strconv, unicode, unicode/utf8, sort and
// math/bits with Go's results (and Go's error values for strconv). They
// work on slots in slot shape; results are written from the first slot.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    func callLibNative(_ n: NativeID, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        @inline(__always) func f(_ i: Int) -> Double { Double(bitPattern: a[i]) }
        @inline(__always) func setF(_ v: Double) { a[0] = v.bitPattern }
        @inline(__always) func str(_ i: Int) -> [UInt8] { Strings.bytes(a + i) }
        @inline(__always) func setB(_ b: Bool) { a[0] = b ? 1 : 0 }
        switch n {
        case .mathNaN: setF(Double.nan)
        case .mathInf: setF(Int64(bitPattern: a[0]) >= 0 ? Double.infinity : -Double.infinity)
        case .mathIsNaN: setB(f(0).isNaN)
        case .mathIsInf:
            let x = f(0), s = Int64(bitPattern: a[1])
            setB(x.isInfinite && (s == 0 || (s > 0) == (x > 0)))
        case .mathSqrt: setF(f(0).squareRoot())
        case .mathFloor: setF(f(0).rounded(.down))
        case .mathCeil: setF(f(0).rounded(.up))
        case .mathAbs: setF(abs(f(0)))
        case .mathPow: setF(pow(f(0), f(1)))
        case .mathTrunc: setF(f(0).rounded(.towardZero))
        case .mathMod: setF(fmod(f(0), f(1)))
        case .mathLog: setF(log(f(0)))
        case .mathLog2: setF(log2(f(0)))
        case .mathLog10: setF(log10(f(0)))
        case .mathExp: setF(exp(f(0)))
        case .mathMax:
            let x = f(0), y = f(1)
            if x.isNaN || y.isNaN { setF(.nan) } else if x == 0 && y == 0 { setF(x.sign == .minus ? y : x) } else { setF(max(x, y)) }
        case .mathMin:
            let x = f(0), y = f(1)
            if x.isNaN || y.isNaN { setF(.nan) } else if x == 0 && y == 0 { setF(x.sign == .minus ? x : y) } else { setF(min(x, y)) }
        case .mathRound: setF(f(0).rounded(.toNearestOrAwayFromZero))
        case .mathSin: setF(sin(f(0)))
        case .mathCos: setF(cos(f(0)))
        case .mathHypot: setF(hypot(f(0), f(1)))
        case .mathTan: setF(tan(f(0)))
        case .mathAtan: setF(atan(f(0)))
        case .mathAtan2: setF(atan2(f(0), f(1)))
        case .mathAsin: setF(asin(f(0)))
        case .mathAcos: setF(acos(f(0)))
        case .mathSinh: setF(sinh(f(0)))
        case .mathCosh: setF(cosh(f(0)))
        case .mathTanh: setF(tanh(f(0)))
        case .mathAsinh: setF(asinh(f(0)))
        case .mathAcosh: setF(acosh(f(0)))
        case .mathAtanh: setF(atanh(f(0)))
        case .mathCbrt: setF(cbrt(f(0)))
        case .mathExp2: setF(exp2(f(0)))
        case .mathExpm1: setF(expm1(f(0)))
        case .mathLog1p: setF(log1p(f(0)))
        case .mathErf: setF(erf(f(0)))
        case .mathErfc: setF(erfc(f(0)))
        case .mathGamma: setF(tgamma(f(0)))
        case .mathLgamma:
            // (x) -> (lgamma, sign)
            var sign: Int32 = 1
            let v = lgamma_r(f(0), &sign)
            a[0] = v.bitPattern
            a[1] = UInt64(bitPattern: Int64(sign))
        case .mathJ0: setF(j0(f(0)))
        case .mathJ1: setF(j1(f(0)))
        case .mathY0: setF(y0(f(0)))
        case .mathY1: setF(y1(f(0)))
        case .mathJn: setF(jn(Int32(truncatingIfNeeded: Int64(bitPattern: a[0])), f(1)))
        case .mathYn: setF(yn(Int32(truncatingIfNeeded: Int64(bitPattern: a[0])), f(1)))
        case .mathFMA: setF(fma(f(0), f(1), f(2)))
        case .mathRemainder: setF(remainder(f(0), f(1)))
        case .mathRoundToEven: setF(f(0).rounded(.toNearestOrEven))
        case .mathCopysign: setF(f(1).sign == .minus ? -abs(f(0)) : abs(f(0)))
        case .mathFloat64frombits, .mathFloat64bits: break   // the same 64 bits
        case .mathFloat32bits: a[0] = a[0] & 0xFFFF_FFFF
        case .mathFloat32frombits: a[0] = a[0] & 0xFFFF_FFFF
        case .mathSignbit: setB(f(0).sign == .minus)
        case .stringsTrimLeft, .stringsTrimRight:
            let cut = Set(String(decoding: str(2), as: UTF8.self).unicodeScalars)
            var s = String(decoding: str(0), as: UTF8.self).unicodeScalars[...]
            if n == .stringsTrimLeft { while let c = s.first, cut.contains(c) { s.removeFirst() } }
            else { while let c = s.last, cut.contains(c) { s.removeLast() } }
            newString(a, Array(String(String.UnicodeScalarView(s)).utf8))
        case .stringsCut:
            let s = str(0), sep = str(2)
            let i = index(s, sep)
            if i >= 0 {
                let before = Array(s[..<i]), after = Array(s[(i + sep.count)...])
                newString(a, before); newString(a + 2, after); a[4] = 1
            } else {
                newString(a, s); a[2] = 0; a[3] = 0; a[4] = 0
            }
        case .stringsEqualFold:
            let x = String(decoding: str(0), as: UTF8.self), y = String(decoding: str(2), as: UTF8.self)
            setB(x.lowercased() == y.lowercased() || x.uppercased() == y.uppercased())
        case .strconvFormatFloat:
            let fmtc = UInt8(truncatingIfNeeded: a[1])
            let prec = Int(Int64(bitPattern: a[2]))
            let bits = Int(Int64(bitPattern: a[3]))
            // a float32 is formatted as the float32 the value rounds to
            let x = bits == 32 ? Double(Float(f(0))) : f(0)
            var out: String
            if x.isNaN { out = "NaN" } else if x.isInfinite { out = x < 0 ? "-Inf" : "+Inf" } else {
                switch (fmtc, prec < 0) {
                case (UInt8(ascii: "b"), _): out = Self.binaryExponentFormat(x, bits: bits)
                case (UInt8(ascii: "x"), _), (UInt8(ascii: "X"), _):
                    out = ValueFormatter.hexFloat(x, prec: prec < 0 ? nil : prec)
                    if fmtc == UInt8(ascii: "X") { out = out.uppercased() }
                case (UInt8(ascii: "g"), true): out = FloatFormat.shortestG(x, bits: bits)
                case (UInt8(ascii: "f"), true):
                    let (d, dp) = FloatFormat.shortest(bits == 32 ? Float(x).description : x.description)
                    out = (x.sign == .minus ? "-" : "") + FloatFormat.fFormat(d, dp)
                case (UInt8(ascii: "e"), true):
                    let (d, dp) = FloatFormat.shortest(bits == 32 ? Float(x).description : x.description)
                    out = (x.sign == .minus ? "-" : "") + (d == [48] ? "0e+00" : FloatFormat.eFormat(d, dp - 1))
                default:
                    let c = Character(UnicodeScalar(fmtc))
                    out = FloatFormat.printf("%.\(max(prec, 0))\(c)", x)
                }
            }
            newString(a, Array(out.utf8))
        case .utf8AppendRune:
            let enc = Strings.encode(Int64(bitPattern: a[3]))
            let old = Int(a[1])
            let layout = TypeLayout(descriptor: 0, size: 1, ptrBytes: 0, gcmask: nil)
            if old + enc.count > Int(a[2]) { growSlice(a, old + enc.count, layout) }
            let p = UnsafeMutablePointer<UInt8>(bitPattern: UInt(a[0]))!
            for (i, b) in enc.enumerated() { p[old + i] = b }
            a[1] = UInt64(old + enc.count)
        case .utf8DecodeRune:
            let n = Int(a[1])
            if n == 0 { a[0] = 0xFFFD; a[1] = 0 } else {
                let (r, w) = Strings.decodeRune(ptr(a[0]), n, 0)
                a[0] = UInt64(r); a[1] = UInt64(w)
            }
        case .utf8FullRune:
            let n = Int(a[1])
            if n == 0 { setB(false) } else {
                let p = UnsafeMutablePointer<UInt8>(bitPattern: UInt(a[0]))!
                let c0 = p[0]
                let need = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4
                let (r, _) = Strings.decodeRune(ptr(a[0]), n, 0)
                setB(n >= need || r != 0xFFFD || c0 < 0xC2 || c0 > 0xF4)
            }
        case .utf8ValidRune:
            let r = Int64(bitPattern: a[0])
            setB(r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF))
        case .bitsReverse8:
            var x = UInt8(truncatingIfNeeded: a[0]), r: UInt8 = 0
            for _ in 0..<8 { r = r << 1 | x & 1; x >>= 1 }
            a[0] = UInt64(r)
        case .bitsRotateLeft32:
            let x = UInt32(truncatingIfNeeded: a[0]), k = Int(Int64(bitPattern: a[1])) & 31
            a[0] = UInt64(x << UInt32(k) | x >> UInt32((32 - k) & 31))
        case .bitsAdd64:
            let (s1, o1) = a[0].addingReportingOverflow(a[1])
            let (s2, o2) = s1.addingReportingOverflow(a[2])
            a[0] = s2; a[1] = (o1 || o2) ? 1 : 0
        case .bitsMul64:
            let (hi, lo) = a[0].multipliedFullWidth(by: a[1])
            a[0] = hi; a[1] = lo
        case .stringsFields:
            var out: [[UInt8]] = []
            var cur: [UInt8] = []
            var inField = false
            let s = str(0)
            var i = 0
            while i < s.count {
                let (r, w) = s.withUnsafeBufferPointer { Strings.decodeRune(UnsafeMutableRawPointer(mutating: $0.baseAddress!), s.count, i) }
                let space = r == 32 || (r >= 9 && r <= 13) || r == 0x85 || r == 0xA0 || (r > 0xFF && Unicode.Scalar(UInt32(r))?.properties.isWhitespace == true)
                if space {
                    if inField { out.append(cur); cur = []; inField = false }
                } else {
                    cur += s[i..<(i + w)]; inField = true
                }
                i += w
            }
            if inField { out.append(cur) }
            newStringSlice(a, out)
        case .stringsSplit:
            let s = str(0), sep = str(2)
            var out: [[UInt8]] = []
            if sep.isEmpty {
                var i = 0
                while i < s.count {
                    let (_, w) = s.withUnsafeBufferPointer { Strings.decodeRune(UnsafeMutableRawPointer(mutating: $0.baseAddress!), s.count, i) }
                    out.append(Array(s[i..<(i + w)])); i += w
                }
            } else {
                var start = 0, i = 0
                while i + sep.count <= s.count {
                    if Array(s[i..<(i + sep.count)]) == sep { out.append(Array(s[start..<i])); i += sep.count; start = i } else { i += 1 }
                }
                out.append(Array(s[start...]))
            }
            newStringSlice(a, out)
        case .stringsJoin:
            let n = Int(a[1])
            let p = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a[0]))
            let sep = str(3)
            var out: [UInt8] = []
            for i in 0..<n {
                if i > 0 { out += sep }
                out += Strings.bytes(p! + 2 * i)
            }
            newString(a, out)
        case .stringsTrimSpace:
            var s = Substring(String(decoding: str(0), as: UTF8.self))
            while let c = s.first, c.isWhitespace { s.removeFirst() }
            while let c = s.last, c.isWhitespace { s.removeLast() }
            newString(a, Array(s.utf8))
        case .stringsReplaceAll, .stringsReplace:
            let s = str(0), old = str(2), new = str(4)
            var limit = n == .stringsReplace ? Int(Int64(bitPattern: a[6])) : -1
            if limit < 0 { limit = Int.max }
            var out: [UInt8] = []
            var i = 0, done = 0
            if old.isEmpty {
                // insert before each rune and at the end
                while done < limit && i <= s.count {
                    out += new; done += 1
                    if i == s.count { i += 1; break }
                    let (_, w) = s.withUnsafeBufferPointer { Strings.decodeRune(UnsafeMutableRawPointer(mutating: $0.baseAddress!), s.count, i) }
                    out += s[i..<(i + w)]; i += w
                }
                if i <= s.count { out += s[min(i, s.count)...] }
            } else {
                while i < s.count {
                    if done < limit && i + old.count <= s.count && Array(s[i..<(i + old.count)]) == old {
                        out += new; i += old.count; done += 1
                    } else { out.append(s[i]); i += 1 }
                }
            }
            newString(a, out)
        case .stringsCount:
            let s = str(0), sub = str(2)
            if sub.isEmpty {
                a[0] = UInt64(String(decoding: s, as: UTF8.self).unicodeScalars.count + 1)
            } else {
                var c = 0, i = 0
                while i + sub.count <= s.count { if Array(s[i..<(i + sub.count)]) == sub { c += 1; i += sub.count } else { i += 1 } }
                a[0] = UInt64(c)
            }
        case .stringsLastIndex:
            let s = str(0), sub = str(2)
            var r = -1
            if sub.count <= s.count {
                for i in stride(from: s.count - sub.count, through: 0, by: -1) where Array(s[i..<(i + sub.count)]) == sub { r = i; break }
            }
            a[0] = UInt64(bitPattern: Int64(r))
        case .stringsTrimPrefix:
            let s = str(0), p = str(2)
            newString(a, s.starts(with: p) ? Array(s[p.count...]) : s)
        case .stringsTrimSuffix:
            let s = str(0), p = str(2)
            newString(a, s.count >= p.count && Array(s[(s.count - p.count)...]) == p ? Array(s[..<(s.count - p.count)]) : s)
        case .stringsTrim:
            let cut = Set(String(decoding: str(2), as: UTF8.self).unicodeScalars)
            var s = String(decoding: str(0), as: UTF8.self).unicodeScalars[...]
            while let c = s.first, cut.contains(c) { s.removeFirst() }
            while let c = s.last, cut.contains(c) { s.removeLast() }
            newString(a, Array(String(String.UnicodeScalarView(s)).utf8))
        case .stringsContainsRune:
            let s = str(0)
            let r = Strings.encode(Int64(bitPattern: a[2]))
            setB(index(s, r) >= 0)
        case .stringsIndexByte:
            let s = str(0)
            a[0] = UInt64(bitPattern: Int64(s.firstIndex(of: UInt8(truncatingIfNeeded: a[2])) ?? -1))
        case .strconvParseFloat:
            // Go's syntax was checked by the Go side; Swift's conversion rounds correctly
            let text = String(decoding: str(0), as: UTF8.self)
            if Int64(bitPattern: a[2]) == 32 {
                if let v = Float(text) { setF(Double(v)); a[1] = 1 } else { a[0] = 0; a[1] = 0 }
            } else {
                if let v = Double(text) { setF(v); a[1] = 1 } else { a[0] = 0; a[1] = 0 }
            }
        case .strconvFormatInt:
            let v = Int64(bitPattern: a[0]), b = Int(a[1])
            newString(a, Array(String(v, radix: max(2, min(36, b))).utf8))
        case .utf8RuneLen:
            let r = Int64(bitPattern: a[0])
            a[0] = UInt64(bitPattern: r < 0 ? -1 : r < 0x80 ? 1 : r < 0x800 ? 2 : (r >= 0xD800 && r <= 0xDFFF) ? -1 : r < 0x10000 ? 3 : r <= 0x10FFFF ? 4 : -1)
        case .utf8RuneCountInString:
            let s = str(0)
            var i = 0, c = 0
            while i < s.count {
                let (_, w) = s.withUnsafeBufferPointer { Strings.decodeRune(UnsafeMutableRawPointer(mutating: $0.baseAddress!), s.count, i) }
                i += w; c += 1
            }
            a[0] = UInt64(c)
        case .utf8ValidString:
            setB(String(validating: str(0), as: UTF8.self) != nil)
        case .utf8DecodeRuneInString:
            let s = str(0)
            if s.isEmpty { a[0] = 0xFFFD; a[1] = 0 } else {
                let (r, w) = s.withUnsafeBufferPointer { Strings.decodeRune(UnsafeMutableRawPointer(mutating: $0.baseAddress!), s.count, 0) }
                a[0] = UInt64(r); a[1] = UInt64(w)
            }
        case .sortSliceLen, .sortSliceSwap:
            guard let t = image.rtype(descriptor: a[0]), t.kind == .slice,
                  let hdr = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a[1])) else {
                let name = a[0] == 0 ? "nil" : image.rtype(descriptor: a[0])?.name ?? "?"
                current?.panicking = PanicInfo(message: "reflect: call of Swapper on \(name) Value", isRuntimeError: false, signal: nil)
                return .panicked
            }
            if n == .sortSliceLen { a[0] = hdr[1]; break }
            let i = Int64(bitPattern: a[2]), j = Int64(bitPattern: a[3]), len = Int64(bitPattern: hdr[1])
            guard i >= 0 && i < len else { indexError(i, len); return .panicked }
            guard j >= 0 && j < len else { indexError(j, len); return .panicked }
            let size = image.program.types[t.elem].size
            if i != j && size > 0 {
                let base = UnsafeMutableRawPointer(bitPattern: UInt(hdr[0]))!
                let x = base + Int(i) * size, y = base + Int(j) * size
                heap.shadeOld(x, bytes: size)
                heap.shadeOld(y, bytes: size)
                withUnsafeTemporaryAllocation(byteCount: size, alignment: 8) { tmp in
                    tmp.baseAddress!.copyMemory(from: x, byteCount: size)
                    x.copyMemory(from: y, byteCount: size)
                    y.copyMemory(from: tmp.baseAddress!, byteCount: size)
                }
            }
        case .sortInts:
            if let p = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) {
                var b = UnsafeMutableBufferPointer(start: p, count: Int(a[1])); b.sort()
            }
        case .sortFloat64s:
            if let p = UnsafeMutablePointer<Double>(bitPattern: UInt(a[0])) {
                var b = UnsafeMutableBufferPointer(start: p, count: Int(a[1]))
                b.sort { $0 < $1 || ($0.isNaN && !$1.isNaN) }
            }
        case .sortStrings:
            if let p = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a[0])) {
                let n = Int(a[1])
                var pairs: [(UInt64, UInt64)] = (0..<n).map { (p[2 * $0], p[2 * $0 + 1]) }
                pairs.sort { x, y in
                    var xs = [x.0, x.1], ys = [y.0, y.1]
                    return xs.withUnsafeMutableBufferPointer { xb in ys.withUnsafeMutableBufferPointer { yb in
                        Strings.compare(xb.baseAddress!, yb.baseAddress!) < 0 } }
                }
                heap.shadeOld(p, bytes: 16 * n)
                for (i, e) in pairs.enumerated() { p[2 * i] = e.0; p[2 * i + 1] = e.1 }
            }
        case .unicodeIsUpper, .unicodeIsLower, .unicodeIsDigit, .unicodeIsLetter, .unicodeIsSpace, .unicodeToUpper, .unicodeToLower,
             .unicodeToTitle, .unicodeIsPunct, .unicodeIsSymbol, .unicodeIsMark, .unicodeIsNumber, .unicodeIsTitle, .unicodeIsPrint,
             .unicodeIsGraphic:
            let r = UInt32(truncatingIfNeeded: a[0])
            guard let u = Unicode.Scalar(r) else {
                if n == .unicodeToUpper || n == .unicodeToLower || n == .unicodeToTitle { return .finished }
                a[0] = 0; return .finished
            }
            let p = u.properties
            switch n {
            case .unicodeIsUpper: setB(p.generalCategory == .uppercaseLetter)
            case .unicodeIsPunct: setB(Self.punctuation.contains(p.generalCategory))
            case .unicodeIsSymbol: setB(Self.symbols.contains(p.generalCategory))
            case .unicodeIsMark: setB(Self.marks.contains(p.generalCategory))
            case .unicodeIsNumber: setB(Self.numbers.contains(p.generalCategory))
            case .unicodeIsTitle: setB(p.generalCategory == .titlecaseLetter)
            case .unicodeIsPrint, .unicodeIsGraphic:
                // letters, marks, numbers, punctuation, symbols; and U+0020 (Print) or any Zs (Graphic)
                let c = p.generalCategory
                let graphic = Self.letters.contains(c) || Self.marks.contains(c) || Self.numbers.contains(c)
                    || Self.punctuation.contains(c) || Self.symbols.contains(c)
                setB(graphic || (n == .unicodeIsPrint ? r == 0x20 : c == .spaceSeparator))
            case .unicodeIsLower: setB(p.generalCategory == .lowercaseLetter)
            case .unicodeIsDigit: setB(p.generalCategory == .decimalNumber)
            case .unicodeIsLetter: setB(Self.letters.contains(p.generalCategory))
            case .unicodeIsSpace: setB(r == 32 || (r >= 9 && r <= 13) || r == 0x85 || r == 0xA0 || (r > 0xFF && p.isWhitespace))
            case .unicodeToUpper: a[0] = UInt64(Self.simpleCase(u, .upper).value)
            case .unicodeToTitle: a[0] = UInt64(Self.simpleCase(u, .title).value)
            default: a[0] = UInt64(Self.simpleCase(u, .lower).value)
            }
        case .bitsOnesCount: a[0] = UInt64(a[0].nonzeroBitCount)
        case .bitsLeadingZeros64: a[0] = UInt64(a[0].leadingZeroBitCount)
        case .bitsTrailingZeros: a[0] = UInt64(a[0].trailingZeroBitCount)
        case .bitsLen: a[0] = UInt64(64 - a[0].leadingZeroBitCount)
        case .syncWaitGroupAdd, .syncWaitGroupWait, .syncNanotime, .syncRegisterPool, .syncMutexTraceEnabled, .syncMutexTrace,
             .atomicAddInt32, .atomicAddInt64, .atomicLoadInt32, .atomicLoadInt64, .atomicStoreInt32, .atomicStoreInt64,
             .atomicCompareAndSwapInt32, .atomicCompareAndSwapInt64,
             .atomicInt32Add, .atomicInt32Load, .atomicInt32Store, .atomicInt64Add, .atomicInt64Load, .atomicInt64Store,
             .syncSemacquire, .syncSemrelease, .syncNotifyListAdd, .syncNotifyListWait, .syncNotifyListNotifyOne,
             .syncNotifyListNotifyAll, .syncFatal:
            return syncNative(n, a)
        case .timeSleep, .timeRuntimeNano, .timeNow, .timeStartTimer, .timeStopTimer, .timeResetTimer:
            return timeNative(n, a)
        default:
            fatal("gosub: native \(n.name) missing")
            return .fatal
        }
        return .finished
    }

    /// A []string of the given strings, written to slots d (ptr, len, cap).
    func newStringSlice(_ d: UnsafeMutablePointer<UInt64>, _ items: [[UInt8]]) {
        if items.isEmpty { d[0] = 0; d[1] = 0; d[2] = 0; return }
        let id = image.program.stringType
        let p = mcache.malloc(16 * items.count, type: image.layouts[id])
        let q = UnsafeMutablePointer<UInt64>(bitPattern: p)!
        for (i, s) in items.enumerated() { newString(q + 2 * i, s) }
        d[0] = UInt64(p); d[1] = UInt64(items.count); d[2] = UInt64(items.count)
    }

    /// An `error` interface value holding a pointer to an error-string type with message msg.
}

extension Machine {
    // Unicode general categories by Go's category groups (L, M, N, P, S)
    static let letters: Set<Unicode.GeneralCategory> = [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]
    static let marks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
    static let numbers: Set<Unicode.GeneralCategory> = [.decimalNumber, .letterNumber, .otherNumber]
    static let punctuation: Set<Unicode.GeneralCategory> = [.connectorPunctuation, .dashPunctuation, .openPunctuation,
                                                             .closePunctuation, .initialPunctuation, .finalPunctuation, .otherPunctuation]
    static let symbols: Set<Unicode.GeneralCategory> = [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]

    /// strconv's 'b' format: the decimal mantissa, p, the binary exponent (-ddddp±ddd).
    static func binaryExponentFormat(_ x: Double, bits: Int) -> String {
        let mantbits = bits == 32 ? 23 : 52, expbits = bits == 32 ? 8 : 11, bias = bits == 32 ? -127 : -1023
        let raw = bits == 32 ? UInt64(Float(x).bitPattern) : x.bitPattern
        var exp = Int(raw >> UInt64(mantbits)) & (1 << expbits - 1)
        var mant = raw & (1 << UInt64(mantbits) - 1)
        if exp == 0 { exp += 1 } else { mant |= 1 << UInt64(mantbits) }
        exp += bias - mantbits
        let neg = raw >> UInt64(bits - 1) & 1 == 1
        return (neg ? "-" : "") + String(mant) + "p" + (exp >= 0 ? "+" : "") + String(exp)
    }

    enum CaseKind { case upper, lower, title }

    /// Go's simple case mapping of one rune (UnicodeData's, not SpecialCasing's): the
    /// one-scalar full mapping where there is one, the few simple mappings whose full
    /// mapping has more scalars (İ to i, Greek iota subscripts to prosgegrammeni),
    /// else the rune itself (ß stays ß).
    static func simpleCase(_ s: Unicode.Scalar, _ kind: CaseKind) -> Unicode.Scalar {
        let p = s.properties
        let m = (kind == .upper ? p.uppercaseMapping : kind == .lower ? p.lowercaseMapping : p.titlecaseMapping).unicodeScalars
        if m.count == 1 { return m.first! }
        let r = s.value
        if kind == .lower && r == 0x130 { return "i" }
        if kind != .lower {
            switch r {
            case 0x1F80...0x1F87, 0x1F90...0x1F97, 0x1FA0...0x1FA7: return Unicode.Scalar(r + 8)!
            case 0x1FB3, 0x1FC3, 0x1FF3: return Unicode.Scalar(r + 9)!
            default: break
            }
        }
        return s
    }
}

// Native functions entered from the loop with their argument slots
// (NativeID in Bytecode lists them): builtin print/println pieces, fmt,
// os.Exit and a few strings/strconv functions. A native reads its
// arguments in slot shape from `a` and writes its results from `a` on.
// None of them calls back into Go code.

import Bytecode
import Runtime

extension Machine {
    func callNative(_ id: Int, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        guard let n = NativeID(rawValue: id) else { fatal("unknown native \(id)"); return .fatal }
        switch n {
        case .printLock: printBuf.removeAll(keepingCapacity: true)
        case .printUnlock: out.writeErr(printBuf); printBuf.removeAll(keepingCapacity: true)
        case .printBool: printBuf += Array((a[0] != 0 ? "true" : "false").utf8)
        case .printInt: printBuf += Array(String(Int64(bitPattern: a[0])).utf8)
        case .printUint: printBuf += Array(String(a[0]).utf8)
        case .printFloat: printBuf += Array(FloatFormat.shortestG(Double(bitPattern: a[0]), bits: 64).utf8)
        case .printComplex:
            let re = FloatFormat.shortestG(Double(bitPattern: a[0]), bits: 64)
            var im = FloatFormat.shortestG(Double(bitPattern: a[1]), bits: 64)
            if !im.hasPrefix("-") && !im.hasPrefix("+") { im = "+" + im }
            printBuf += Array("(\(re)\(im)i)".utf8)
        case .printFloat32: printBuf += Array(FloatFormat.shortestG(Double(f32(a[0])), bits: 32).utf8)
        case .printString: printBuf += Strings.bytes(a)
        case .printPointer: printBuf += Array(hex(a[0]).utf8)
        case .printSpace: printBuf.append(UInt8(ascii: " "))
        case .printNewline: printBuf.append(UInt8(ascii: "\n"))
        case .printSlice: printBuf += Array("[\(a[1])/\(a[2])]\(hex(a[0]))".utf8)
        case .printIface: printBuf += Array("(\(hex(a[0])),\(hex(a[1])))".utf8)
        case .fmtNested: fmtNestedNext(a)
        case .fmtNestedStore: fmtNestedStore(a)
        case .fmtPrint, .fmtPrintln, .fmtSprint, .fmtSprintln:
            var v = ValueFormatter(machine: self)
            v.nested = takeNestedResults(a)
            let args = fmtArgs(a)
            if n == .fmtPrint || n == .fmtSprint { v.doPrint(args) } else { v.doPrintln(args) }
            if let r = fmtRefused() { return r }
            finishFmt(n == .fmtPrint || n == .fmtPrintln, v.buf, a)
        case .fmtErrorfMessage:
            var v = ValueFormatter(machine: self)
            v.nested = takeNestedResults(a + 2)
            v.errorfMode = true
            v.doPrintf(Strings.bytes(a), fmtArgs(a + 2))
            if let r = fmtRefused() { return r }
            newString(a, v.buf)
        case .fmtMethodOperands:
            a[0] = FormatVerbs.methodMask(Strings.bytes(a), count: Int(a[2]))
        case .fmtPrintf, .fmtSprintf:
            var v = ValueFormatter(machine: self)
            v.nested = takeNestedResults(a + 2)
            v.doPrintf(Strings.bytes(a), fmtArgs(a + 2))
            if let r = fmtRefused() { return r }
            finishFmt(n == .fmtPrintf, v.buf, a)
        case .fmtEprint, .fmtEprintln:
            var v = ValueFormatter(machine: self)
            v.nested = takeNestedResults(a)
            if n == .fmtEprint { v.doPrint(fmtArgs(a)) } else { v.doPrintln(fmtArgs(a)) }
            if let r = fmtRefused() { return r }
            out.writeErr(v.buf)
            a[0] = UInt64(v.buf.count); a[1] = 0; a[2] = 0
        case .fmtEprintf:
            var v = ValueFormatter(machine: self)
            v.nested = takeNestedResults(a + 2)
            v.doPrintf(Strings.bytes(a), fmtArgs(a + 2))
            if let r = fmtRefused() { return r }
            out.writeErr(v.buf)
            a[0] = UInt64(v.buf.count); a[1] = 0; a[2] = 0
        case .osExit:
            out.flush()
            return .exit(Int32(truncatingIfNeeded: Int64(bitPattern: a[0])))
        case .stringsRepeat:
            let s = Strings.bytes(a)
            let c = Int64(bitPattern: a[2])
            if c < 0 { panicString("strings: negative Repeat count"); return .panicked }
            if s.count > 0 && c > Int64(Int.max / s.count) { panicString("strings: Repeat output length overflow"); return .panicked }
            if s.count * Int(c) > Machine.maxSingleAlloc { outOfMemory(); return .fatal }
            var out: [UInt8] = []
            out.reserveCapacity(s.count * Int(c))
            for _ in 0..<c { out += s }
            newString(a, out)
        case .stringsContains:
            a[0] = index(Strings.bytes(a), Strings.bytes(a + 2)) >= 0 ? 1 : 0
        case .stringsIndex:
            a[0] = UInt64(bitPattern: Int64(index(Strings.bytes(a), Strings.bytes(a + 2))))
        case .stringsHasPrefix:
            a[0] = Strings.bytes(a).starts(with: Strings.bytes(a + 2)) ? 1 : 0
        case .stringsHasSuffix:
            let s = Strings.bytes(a), x = Strings.bytes(a + 2)
            a[0] = s.count >= x.count && Array(s[(s.count - x.count)...]) == x ? 1 : 0
        case .stringsToUpper, .stringsToLower:
            // strings.Map(unicode.ToUpper/ToLower, s): rune by rune, Go's simple mappings
            let b = Strings.bytes(a)
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            b.withUnsafeBufferPointer { buf in
                var i = 0
                while i < buf.count {
                    let (r, w) = Strings.decodeRune(UnsafeMutableRawPointer(mutating: buf.baseAddress!), buf.count, i)
                    let s = Unicode.Scalar(UInt32(r)) ?? "\u{FFFD}"
                    out += Strings.encode(Int64(Self.simpleCase(s, n == .stringsToUpper ? .upper : .lower).value))
                    i += w
                }
            }
            newString(a, out)
        case .strconvItoa:
            let v = Int64(bitPattern: a[0])
            if v >= 0 && v < 100 {
                // strconv's small(i): a slice of a constant string, nothing allocated
                a[0] = UInt64(UInt(bitPattern: smallDecimals + Int(v) * 2 + (v < 10 ? 1 : 0)))
                a[1] = v < 10 ? 1 : 2
            } else {
                newString(a, Array(String(v).utf8))
            }
        case .strconvQuote:
            newString(a, Quote.quote(Strings.bytes(a)))
        case .strconvQuoteToASCII:
            newString(a, Quote.quote(Strings.bytes(a), ascii: true))
        case .strconvQuoteRuneToASCII:
            newString(a, Quote.quoteRune(Int64(bitPattern: a[0]), ascii: true))
        case .strconvIsPrint:
            let r = Int64(bitPattern: a[0])
            a[0] = r >= 0 && r <= 0x10FFFF && Quote.isPrint(UInt32(r)) ? 1 : 0
        case .runtimeGosched:
            // yield: the goroutine goes to the back of the run queue
            return hasOtherRunnable ? .yield : .finished
        case .runtimeGC:
            // a full cycle, then sweeping finishes (Go's runtime.GC)
            collect(forced: true)
            heap.sweepAll()
        case .runtimeGoexit:
            var p = PanicInfo(message: "", isRuntimeError: false, signal: nil)
            p.goexit = true
            current?.panicking = p
            return .panicked
        case .runtimeCallerPCs:
            // (skip int, pc []uintptr) -> n; frame 0 is the function that called callers
            guard let g = current else { break }
            let skip = max(Int(Int64(bitPattern: a[0])), 0), n = Int(a[2])
            let fs = frames(g, limit: skip + n).dropFirst(skip)
            let dst = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a[1]))
            for (i, f) in fs.enumerated() { dst?[i] = Machine.encodePC(f) }
            a[0] = UInt64(fs.count)
        case .runtimePCInfo:
            // (pc uintptr) -> (function, file string, line int, entry uintptr)
            guard let (fn, off) = decodePC(a[0]) else { a[0] = 0; a[1] = 0; a[2] = 0; a[3] = 0; a[4] = 0; a[5] = 0; break }
            let meta = image.program.funcs[fn]
            let line = meta.line(at: off)
            newString(a + 2, Array(filePath(meta.file).utf8))
            newString(a, Array(meta.name.utf8))
            a[4] = UInt64(line)
            a[5] = UInt64(fn + 1) << 32
        case .runtimeStackText:
            // (buf []byte, all bool) -> n
            let text = Array(stackText(all: a[3] != 0).utf8)
            let n = min(text.count, Int(a[1]))
            if n > 0, let dst = UnsafeMutablePointer<UInt8>(bitPattern: UInt(a[0])) {
                text.withUnsafeBufferPointer { dst.update(from: $0.baseAddress!, count: n) }
            }
            a[0] = UInt64(n)
        case .runtimeNumGoroutine:
            a[0] = UInt64(allGs.count)
        case .closeChan:
            if !chanClose(a[0]) { return .panicked }
        default:
            return callRuntimeNative(n, a)
        }
        return .finished
    }

    /// A value whose String/Error method fmt would call where gosub cannot yet: refuse, never print wrong output.
    func fmtRefused() -> RunResult? {
        guard let t = fmtNeedsMethod else { return nil }
        fmtNeedsMethod = nil
        out.flush()
        out.writeErr("gosub: fmt: calling the String or Error method of a nested \(t) value is not supported yet\n")
        return .exit(2)
    }

    /// The interface values of a []any in slots.
    func fmtArgs(_ s: UnsafeMutablePointer<UInt64>) -> [FmtArg] {
        let n = Int(s[1])
        guard n > 0, let p = UnsafeMutablePointer<UInt64>(bitPattern: UInt(s[0])) else { return [] }
        return (0..<n).map { FmtArg(type: p[2 * $0], data: p[2 * $0 + 1]) }
    }

    /// Writes fmt output (Print*) or returns it as a string (Sprint*).
    func finishFmt(_ toStdout: Bool, _ b: [UInt8], _ a: UnsafeMutablePointer<UInt64>) {
        if toStdout {
            out.write(b)
            a[0] = UInt64(b.count); a[1] = 0; a[2] = 0
        } else {
            newString(a, b)
        }
    }

    func index(_ s: [UInt8], _ x: [UInt8]) -> Int {
        if x.isEmpty { return 0 }
        if x.count > s.count { return -1 }
        for i in 0...(s.count - x.count) where s[i] == x[0] && Array(s[i..<(i + x.count)]) == x { return i }
        return -1
    }
}


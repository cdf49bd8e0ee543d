// fmt's drivers: Print (spaces between operands when neither is a string),
// Println (always spaces, then a newline) and Printf's format loop
// (fmt/print.go doPrintf), over an argument list of interface values.

import Bytecode

struct FmtArg {
    var type: UInt64
    var data: UInt64
}

extension ValueFormatter {
    mutating func arg(_ a: FmtArg, verb: UInt8) {
        if a.type == 0 {
            switch verb {
            case UInt8(ascii: "T"), UInt8(ascii: "v"): pad("<nil>")
            default: buf += Array("%!".utf8); buf += Strings.encode(Int64(verb)); buf += Array("(<nil>)".utf8)
            }
            return
        }
        if let t = image.rtype(descriptor: a.type), t.isPreformatted {
            let o = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a.data))!
            switch verb {
            case UInt8(ascii: "v"), UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                fmtString(Strings.bytes(ptr: o[0], len: Int(o[1])), verb: verb == UInt8(ascii: "v") ? UInt8(ascii: "s") : verb)
            default:
                arg(FmtArg(type: o[2], data: o[3]), verb: verb)
            }
            return
        }
        if verb == UInt8(ascii: "T") {
            pad(image.rtype(descriptor: a.type)?.name ?? "?")
            return
        }
        if verb == UInt8(ascii: "p") {
            guard let t = image.rtype(descriptor: a.type), [.pointer, .map, .chan, .function, .unsafePointer, .slice].contains(t.kind) else {
                badVerbIface(a, verb); return
            }
            let w = t.kind == .slice ? UnsafeRawPointer(bitPattern: UInt(a.data))!.load(as: UInt64.self) : a.data
            pad("0x" + String(w, radix: 16))
            return
        }
        iface(a.type, a.data, verb: verb, depth: 0)
    }

    mutating func badVerbIface(_ a: FmtArg, _ verb: UInt8) {
        buf += Array("%!".utf8); buf += Strings.encode(Int64(verb)); buf.append(UInt8(ascii: "("))
        buf += Array((image.rtype(descriptor: a.type)?.name ?? "?").utf8); buf.append(UInt8(ascii: "="))
        let saved = f; f = FmtFlags()
        iface(a.type, a.data, verb: UInt8(ascii: "v"), depth: 0)
        f = saved
        buf.append(UInt8(ascii: ")"))
    }

    func isString(_ a: FmtArg) -> Bool {
        guard a.type != 0, let t = image.rtype(descriptor: a.type) else { return false }
        if t.isPreformatted {
            let o = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a.data))!
            return isString(FmtArg(type: o[2], data: o[3]))
        }
        return t.kind == .string
    }

    mutating func doPrint(_ args: [FmtArg]) {
        for (i, a) in args.enumerated() {
            if i > 0 && !isString(a) && !isString(args[i - 1]) { buf.append(UInt8(ascii: " ")) }
            f = FmtFlags()
            arg(a, verb: UInt8(ascii: "v"))
        }
    }

    mutating func doPrintln(_ args: [FmtArg]) {
        for (i, a) in args.enumerated() {
            if i > 0 { buf.append(UInt8(ascii: " ")) }
            f = FmtFlags()
            arg(a, verb: UInt8(ascii: "v"))
        }
        buf.append(UInt8(ascii: "\n"))
    }

    mutating func doPrintf(_ format: [UInt8], _ args: [FmtArg]) {
        var argNum = 0
        var reordered = false
        var goodArgNum = true
        var i = 0
        let end = format.count
        func intArg(_ n: inout Int) -> Int? {
            guard n < args.count, let t = image.rtype(descriptor: args[n].type), t.kind.isSigned || t.kind.isUnsigned else {
                n += 1; return nil
            }
            let v = ValueFormatter.readInt(t, UnsafeRawPointer(bitPattern: UInt(args[n].data))!)
            n += 1
            return Int(truncatingIfNeeded: v)
        }
        func argIndex(_ i: inout Int) {
            // [n]
            guard i < end, format[i] == UInt8(ascii: "[") else { return }
            reordered = true
            var j = i + 1
            var n = 0
            var ok = false
            while j < end, format[j] >= 48, format[j] <= 57 { n = n * 10 + Int(format[j] - 48); j += 1; ok = true }
            if j < end, format[j] == UInt8(ascii: "]"), ok, n >= 1, n <= args.count {
                argNum = n - 1
                i = j + 1
            } else {
                goodArgNum = false
                while j < end, format[j] != UInt8(ascii: "]") { j += 1 }
                i = min(j + 1, end)
            }
        }
        while i < end {
            goodArgNum = true
            let lasti = i
            while i < end && format[i] != UInt8(ascii: "%") { i += 1 }
            if i > lasti { buf += format[lasti..<i] }
            if i >= end { break }
            i += 1
            f = FmtFlags()
            // flags
            flags: while i < end {
                switch format[i] {
                case UInt8(ascii: "#"): f.sharp = true
                case UInt8(ascii: "0"): f.zero = true
                case UInt8(ascii: "+"): f.plus = true
                case UInt8(ascii: "-"): f.minus = true
                case UInt8(ascii: " "): f.space = true
                default: break flags
                }
                i += 1
            }
            argIndex(&i)
            // width
            if i < end && format[i] == UInt8(ascii: "*") {
                i += 1
                if let w = intArg(&argNum) {
                    f.wid = w
                    if w < 0 { f.minus = true; f.wid = -w }
                } else { buf += Array("%!(BADWIDTH)".utf8) }
            } else {
                var w = 0, any = false
                while i < end, format[i] >= 48, format[i] <= 57 { w = w * 10 + Int(format[i] - 48); i += 1; any = true }
                if any { f.wid = w }
            }
            // precision
            if i + 1 <= end && i < end && format[i] == UInt8(ascii: ".") {
                i += 1
                argIndex(&i)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    if let p = intArg(&argNum) { f.prec = p < 0 ? nil : p } else { buf += Array("%!(BADPREC)".utf8) }
                } else {
                    var p = 0
                    while i < end, format[i] >= 48, format[i] <= 57 { p = p * 10 + Int(format[i] - 48); i += 1 }
                    f.prec = p
                }
            }
            argIndex(&i)
            if i >= end { buf += Array("%!(NOVERB)".utf8); break }
            // the verb (a rune)
            let (r, w) = format.withUnsafeBufferPointer { bp in
                Strings.decodeRune(UnsafeMutableRawPointer(mutating: bp.baseAddress!), end, i)
            }
            i += w
            var verb = r < 0x80 ? UInt8(r) : 0
            if verb == UInt8(ascii: "w") && errorfMode { verb = UInt8(ascii: "v") }   // Errorf's %w prints as %v
            if r == 0x25 { buf.append(UInt8(ascii: "%")); continue }
            if !goodArgNum {
                buf += Array("%!".utf8); buf += Strings.encode(Int64(r)); buf += Array("(BADINDEX)".utf8); continue
            }
            if argNum >= args.count {
                buf += Array("%!".utf8); buf += Strings.encode(Int64(r)); buf += Array("(MISSING)".utf8); continue
            }
            if verb == UInt8(ascii: "v") {
                if f.sharp { f.sharp = false; f.sharpV = true }
                if f.plus { f.plus = false; f.plusV = true }
            }
            if verb == 0 {
                badVerbIface(args[argNum], 0)
            } else {
                arg(args[argNum], verb: verb)
            }
            argNum += 1
        }
        if !reordered && argNum < args.count {
            f = FmtFlags()
            buf += Array("%!(EXTRA ".utf8)
            for (k, a) in args[argNum...].enumerated() {
                if k > 0 { buf += Array(", ".utf8) }
                if a.type == 0 { buf += Array("<nil>".utf8); continue }
                buf += Array((image.rtype(descriptor: a.type)?.name ?? "?").utf8)
                buf.append(UInt8(ascii: "="))
                arg(a, verb: UInt8(ascii: "v"))
            }
            buf.append(UInt8(ascii: ")"))
        }
    }
}

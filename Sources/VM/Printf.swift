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
            if t.id == image.program.formattedType && verb != UInt8(ascii: "T") && verb != UInt8(ascii: "p") {
                buf += Strings.bytes(ptr: o[0], len: Int(o[1]))   // what the Format method wrote
                return
            }
            switch verb {
            case UInt8(ascii: "v"), UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "X"):
                var text = Strings.bytes(ptr: o[0], len: Int(o[1]))
                if text.starts(with: Array("%!v(PANIC=".utf8)) {
                    // the method panicked (fmt's formatMethod): fmt writes it under the verb, unpadded
                    text[2] = verb
                    buf += text
                    return
                }
                fmtString(text, verb: verb == UInt8(ascii: "v") ? UInt8(ascii: "s") : verb)
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
                badVerbIface(a, Int64(verb)); return
            }
            let w = t.kind == .slice ? UnsafeRawPointer(bitPattern: UInt(a.data))!.load(as: UInt64.self) : a.data
            pad("0x" + String(w, radix: 16))
            return
        }
        iface(a.type, a.data, verb: verb, depth: 0)
    }

    mutating func badVerbIface(_ a: FmtArg, _ verb: Int64) {
        if let t = image.rtype(descriptor: a.type), t.isPreformatted {
            let o = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a.data))!
            return badVerbIface(FmtArg(type: o[2], data: o[3]), verb)
        }
        buf += Array("%!".utf8); buf += Strings.encode(Int64(verb)); buf.append(UInt8(ascii: "("))
        buf += Array(typeName(a).utf8); buf.append(UInt8(ascii: "="))
        erroring = true
        iface(a.type, a.data, verb: UInt8(ascii: "v"), depth: 0)
        erroring = false
        buf.append(UInt8(ascii: ")"))
    }

    /// The operand's type name as %T writes it (a preformatted value's is its original's).
    func typeName(_ a: FmtArg) -> String {
        guard let t = image.rtype(descriptor: a.type) else { return "?" }
        if t.isPreformatted {
            let o = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a.data))!
            return o[2] == 0 ? "<nil>" : typeName(FmtArg(type: o[2], data: o[3]))
        }
        return t.name
    }

    /// Whether the operand (or a preformatted operand's original) has an Error method.
    func isError(_ a: FmtArg) -> Bool {
        guard a.type != 0, let t = image.rtype(descriptor: a.type) else { return false }
        if t.isPreformatted {
            let o = UnsafeMutablePointer<UInt64>(bitPattern: UInt(a.data))!
            return isError(FmtArg(type: o[2], data: o[3]))
        }
        return t.methods.contains { $0.name == "Error" }
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
            // fmt's intFromArg: a uint beyond int, or anything beyond ±1e6, is no width
            if t.kind.isUnsigned && v < 0 { return nil }
            return FormatVerbs.tooLarge(v) ? nil : Int(v)
        }
        func argIndex(_ i: inout Int) {
            guard let k = FormatVerbs.argIndex(format, &i, count: args.count) else { return }
            reordered = true
            if k >= 0 { argNum = k } else { goodArgNum = false }
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
                f.wid = FormatVerbs.parseNum(format, &i)
            }
            // precision
            if i + 1 < end && format[i] == UInt8(ascii: ".") {
                i += 1
                argIndex(&i)
                if i < end && format[i] == UInt8(ascii: "*") {
                    i += 1
                    if let p = intArg(&argNum), p >= 0 { f.prec = p } else { buf += Array("%!(BADPREC)".utf8) }
                } else {
                    f.prec = FormatVerbs.parseNum(format, &i) ?? 0
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
            // Errorf's %w prints an error operand as %v; any other operand is a bad verb
            if verb == UInt8(ascii: "w") && errorfMode && argNum < args.count && isError(args[argNum]) { verb = UInt8(ascii: "v") }
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
                badVerbIface(args[argNum], Int64(r))
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
                buf += Array(typeName(a).utf8)
                buf.append(UInt8(ascii: "="))
                arg(a, verb: UInt8(ascii: "v"))
            }
            buf.append(UInt8(ascii: ")"))
        }
    }
}

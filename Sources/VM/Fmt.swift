// fmt over raw memory: Print, Println, Printf and the Sprint family, driven
// by type metadata (RType) instead of reflection. An argument is an
// interface value {type descriptor, data}; the data word points at the
// value in gc's layout (or is the value, for pointer-shaped types).
// Follows fmt/print.go and fmt/format.go: verbs, flags (# 0 + - space),
// width, precision, `*`, argument indexes, and the error forms
// %!d(string=hi), %!v(MISSING), %!(EXTRA …), %!(NOVERB), %!(BADINDEX).
// No Go method is called here: the compiler calls String and Error before
// the native runs (Compile/Call.swift preformat) for the operands fmt would
// format through them; a value whose method is needed deeper down (a
// Stringer inside a struct or slice) is refused with a clear message.

import Bytecode

struct FmtFlags {
    var minus = false, plus = false, sharp = false, space = false, zero = false
    var wid: Int?
    var prec: Int?
    var plusV = false, sharpV = false
}

struct ValueFormatter {
    unowned let machine: Machine
    var buf: [UInt8] = []
    var f = FmtFlags()
    /// Formatting for fmt.Errorf: %w is %v.
    var errorfMode = false
    /// Printing a bad verb's operand: fmt (p.erroring) calls no methods then.
    var erroring = false
    /// How many unexported struct fields the value being formatted lies inside:
    /// fmt calls no methods there (reflection cannot reach them as interfaces).
    var unexportedDepth = 0
    /// Results of String/Error methods of values inside the operands (FmtNested.swift).
    var nested: [NestedValue: FmtArg] = [:]
    /// Collecting: the first nested value whose method has no result yet.
    var collect = false
    var pending: (NestedValue, FmtArg)?
    /// The pending value is met under %#v: its GoString method is the one to call.
    var pendingGoString = false

    init(machine: Machine) { self.machine = machine }

    var image: Image { machine.image }
    func type(_ id: Int) -> RType { image.program.types[id] }

    // MARK: scalars read from memory

    static func readInt(_ t: RType, _ p: UnsafeRawPointer) -> Int64 {
        switch t.kind {
        case .int8: return Int64(p.load(as: Int8.self))
        case .int16: return Int64(p.loadUnaligned(as: Int16.self))
        case .int32: return Int64(p.loadUnaligned(as: Int32.self))
        case .uint8, .bool: return Int64(p.load(as: UInt8.self))
        case .uint16: return Int64(p.loadUnaligned(as: UInt16.self))
        case .uint32: return Int64(p.loadUnaligned(as: UInt32.self))
        default: return p.loadUnaligned(as: Int64.self)
        }
    }

    static func readFloat(_ t: RType, _ p: UnsafeRawPointer) -> Double {
        t.kind == .float32 ? Double(p.loadUnaligned(as: Float.self)) : p.loadUnaligned(as: Double.self)
    }

    func plainScalar(_ t: RType, ifaceData: UInt64) -> String {
        let p = UnsafeRawPointer(bitPattern: UInt(ifaceData))!
        if t.kind == .bool { return p.load(as: UInt8.self) != 0 ? "true" : "false" }
        let v = Self.readInt(t, p)
        return t.kind.isUnsigned ? String(UInt64(bitPattern: v)) : String(v)
    }

    /// Go 1.27's runtime float format (print, println, panic values): the shortest %g form.
    func runtimeFloat(_ t: RType, ifaceData: UInt64) -> String {
        FloatFormat.shortestG(Self.readFloat(t, UnsafeRawPointer(bitPattern: UInt(ifaceData))!), bits: t.kind == .float32 ? 32 : 64)
    }

    // MARK: padding

    mutating func pad(_ s: [UInt8]) {
        let n = String(decoding: s, as: UTF8.self).unicodeScalars.count
        guard let w = f.wid, w > n else { buf += s; return }
        // Go pads with zeros on the left under the 0 flag (strings and booleans too)
        let fill = [UInt8](repeating: UInt8(ascii: f.zero && !f.minus ? "0" : " "), count: w - n)
        if f.minus { buf += s; buf += fill } else { buf += fill; buf += s }
    }

    mutating func pad(_ s: String) { pad(Array(s.utf8)) }

    // MARK: integers

    mutating func fmtInteger(_ v: UInt64, signed: Bool, base: Int, verb: UInt8, upper: Bool) {
        let neg = signed && Int64(bitPattern: v) < 0
        var mag = neg ? 0 &- v : v
        var digits: [UInt8] = []
        let chars = Array((upper ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
        if mag == 0 { digits = [UInt8(ascii: "0")] }
        while mag > 0 { digits.insert(chars[Int(mag % UInt64(base))], at: 0); mag /= UInt64(base) }
        if let p = f.prec {
            if p == 0 && v == 0 { digits = [] }
            while digits.count < p { digits.insert(UInt8(ascii: "0"), at: 0) }
        }
        var prefix: [UInt8] = []
        if f.sharp {
            switch base {
            case 16: prefix = upper ? Array("0X".utf8) : Array("0x".utf8)
            case 8: if digits.first != UInt8(ascii: "0") { prefix = [UInt8(ascii: "0")] }
            case 2: prefix = Array("0b".utf8)
            default: break
            }
        }
        if verb == UInt8(ascii: "O") { prefix = Array("0o".utf8) }
        var sign: [UInt8] = []
        if neg { sign = [UInt8(ascii: "-")] } else if f.plus { sign = [UInt8(ascii: "+")] } else if f.space { sign = [UInt8(ascii: " ")] }
        if f.zero && !f.minus && f.prec == nil, let w = f.wid {
            // Go zero-pads the digits to the width less the sign; a 0x prefix comes on top
            let total = sign.count + digits.count
            if w > total { digits.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: w - total), at: 0) }
        }
        pad(sign + prefix + digits)
    }

    mutating func fmtFloat(_ v: Double, bits: Int, verb: UInt8) {
        var s: String
        let prec = f.prec
        let sharp = f.sharp && verb != UInt8(ascii: "v") ? "#" : ""
        if v.isNaN { s = "NaN" }
        else if v.isInfinite { s = v < 0 ? "-Inf" : "+Inf" }
        else {
            switch verb {
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                s = FloatFormat.printf("%\(sharp).\(prec ?? 6)e", v)
            case UInt8(ascii: "f"), UInt8(ascii: "F"):
                s = FloatFormat.printf("%\(sharp).\(prec ?? 6)f", v)
            case UInt8(ascii: "x"), UInt8(ascii: "X"):
                s = Self.hexFloat(v, prec: prec)
            default:
                if let p = prec { s = FloatFormat.printf("%\(sharp).\(p == 0 ? 1 : p)g", v) }
                else if !sharp.isEmpty { s = FloatFormat.printf("%#g", v) }
                else { s = FloatFormat.shortestG(v, bits: bits) }
            }
            if verb == UInt8(ascii: "E") || verb == UInt8(ascii: "G") || verb == UInt8(ascii: "X") { s = s.uppercased() }
        }
        if f.plus && !s.hasPrefix("-") && !s.hasPrefix("+") { s = "+" + s }
        else if f.space && !s.hasPrefix("-") && !s.hasPrefix("+") { s = " " + s }
        if v.isInfinite && !f.plus && s.hasPrefix("+") && verb != UInt8(ascii: "v") { }
        if f.zero && !f.minus, let w = f.wid, !v.isNaN && !v.isInfinite, s.count < w {
            var sign = ""
            if s.hasPrefix("-") || s.hasPrefix("+") || s.hasPrefix(" ") { sign = String(s.first!); s.removeFirst() }
            s = sign + String(repeating: "0", count: w - sign.count - s.count) + s
        }
        // infinities and NaN are padded with spaces
        let zero = f.zero
        if v.isNaN || v.isInfinite { f.zero = false }
        pad(s)
        f.zero = zero
    }

    /// Go's %x of a float: -0x1.8p+00 (the C library's %a with a two-digit exponent at least).
    static func hexFloat(_ v: Double, prec: Int?) -> String {
        var s = FloatFormat.printf(prec.map { "%.\($0)a" } ?? "%a", v)
        if let p = s.firstIndex(of: "p") {
            let sign = s[s.index(after: p)]
            let digits = s[s.index(p, offsetBy: 2)...]
            if digits.count < 2 { s = String(s[...p]) + String(sign) + "0" + digits }
        }
        return s
    }

    // MARK: strings

    mutating func fmtString(_ b: [UInt8], verb: UInt8) {
        var b = b
        switch verb {
        case UInt8(ascii: "q"):
            if let p = f.prec {
                let s = String(decoding: b, as: UTF8.self)
                b = Array(String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))).utf8)
            }
            pad(Quote.quote(b, ascii: f.plus, backquote: f.sharp))
        case UInt8(ascii: "x"), UInt8(ascii: "X"):
            let chars = Array((verb == UInt8(ascii: "X") ? "0123456789ABCDEF" : "0123456789abcdef").utf8)
            var out: [UInt8] = []
            if let p = f.prec, p < b.count { b = Array(b[0..<p]) }
            for (i, c) in b.enumerated() {
                if f.space && i > 0 { out.append(UInt8(ascii: " ")) }
                if f.sharp && (f.space || i == 0) { out += verb == UInt8(ascii: "X") ? Array("0X".utf8) : Array("0x".utf8) }
                out.append(chars[Int(c >> 4)]); out.append(chars[Int(c & 15)])
            }
            pad(out)
        default:
            if let p = f.prec {
                let s = String(decoding: b, as: UTF8.self)
                b = Array(String(String.UnicodeScalarView(s.unicodeScalars.prefix(p))).utf8)
            }
            pad(b)
        }
    }

    // MARK: values

    /// Formats the value of type t at address p with the verb.
    mutating func value(_ t: RType, _ p: UnsafeRawPointer, verb: UInt8, depth: Int) {
        let v = UInt8(ascii: "v")
        if f.sharpV && verb == v { return goSyntax(t, p, depth: depth) }
        if !erroring, unexportedDepth == 0, !t.methods.isEmpty, [v, UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "X")].contains(verb),
           t.methods.contains(where: { ($0.name == "Error" || $0.name == "String") && $0.stringer }) {
            // (a nil pointer gets its method called too: it may handle nil, or print as <nil>)
            // fmt calls the method here: its result was computed before (FmtNested.swift)
            let key = nestedKey(t, p)
            if let r = nested[key] { return arg(r, verb: verb) }
            if collect {
                if pending == nil { pending = (key, nestedOperand(t, p)) }
            } else {
                machine.fmtNeedsMethod = t.name
            }
        }
        switch t.kind {
        case .bool:
            if verb == v || verb == UInt8(ascii: "t") { pad(p.load(as: UInt8.self) != 0 ? "true" : "false") } else { badVerb(t, p, verb) }
        case .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            let x = UInt64(bitPattern: Self.readInt(t, p))
            let signed = t.kind.isSigned
            switch verb {
            case v, UInt8(ascii: "d"): fmtInteger(x, signed: signed, base: 10, verb: verb, upper: false)
            case UInt8(ascii: "b"): fmtInteger(x, signed: signed, base: 2, verb: verb, upper: false)
            case UInt8(ascii: "o"), UInt8(ascii: "O"): fmtInteger(x, signed: signed, base: 8, verb: verb, upper: false)
            case UInt8(ascii: "x"): fmtInteger(x, signed: signed, base: 16, verb: verb, upper: false)
            case UInt8(ascii: "X"): fmtInteger(x, signed: signed, base: 16, verb: verb, upper: true)
            case UInt8(ascii: "c"): pad(Strings.encode(Int64(bitPattern: x)))
            case UInt8(ascii: "q"): pad(Quote.quoteRune(Int64(bitPattern: x)))
            case UInt8(ascii: "U"):
                var h = String(x, radix: 16).uppercased()
                while h.count < 4 { h = "0" + h }
                var u = "U+" + h
                if f.sharp, x <= 0x10FFFF, Quote.isPrint(UInt32(x)) {
                    u += " '" + String(decoding: Strings.encode(Int64(x)), as: UTF8.self) + "'"
                }
                pad(u)
            default: badVerb(t, p, verb)
            }
        case .float32, .float64:
            let x = Self.readFloat(t, p)
            switch verb {
            case v, UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"),
                 UInt8(ascii: "x"), UInt8(ascii: "X"):
                fmtFloat(x, bits: t.kind == .float32 ? 32 : 64, verb: verb)
            default: badVerb(t, p, verb)
            }
        case .complex64, .complex128:
            switch verb {
            case v, UInt8(ascii: "g"), UInt8(ascii: "G"), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "F"):
                let small = t.kind == .complex64
                let re = small ? Double(p.loadUnaligned(as: Float.self)) : p.loadUnaligned(as: Double.self)
                let im = small ? Double(p.loadUnaligned(fromByteOffset: 4, as: Float.self)) : p.loadUnaligned(fromByteOffset: 8, as: Double.self)
                let oldPlus = f.plus
                buf.append(UInt8(ascii: "("))
                fmtFloat(re, bits: small ? 32 : 64, verb: verb)
                f.plus = true
                fmtFloat(im, bits: small ? 32 : 64, verb: verb)
                buf += Array("i)".utf8)
                f.plus = oldPlus
            default: badVerb(t, p, verb)
            }
        case .string:
            let s = Strings.bytes(ptr: p.load(as: UInt64.self), len: Int(p.load(fromByteOffset: 8, as: UInt64.self)))
            switch verb {
            case v, UInt8(ascii: "s"), UInt8(ascii: "q"), UInt8(ascii: "x"), UInt8(ascii: "X"): fmtString(s, verb: verb == v ? UInt8(ascii: "s") : verb)
            default: badVerb(t, p, verb)
            }
        case .map where verb != UInt8(ascii: "p"):
            let m = p.load(as: UInt64.self)
            buf += Array("map[".utf8)
            if m != 0 {
                let kt = type(t.key), vt = type(t.elem)
                let entries = machine.sortedMapEntries(m, keyType: kt)
                for (i, (k, val)) in entries.enumerated() {
                    if i > 0 { buf.append(UInt8(ascii: " ")) }
                    value(kt, k, verb: verb, depth: depth + 1)
                    buf.append(UInt8(ascii: ":"))
                    value(vt, val, verb: verb, depth: depth + 1)
                }
            }
            buf.append(UInt8(ascii: "]"))
        case .pointer, .unsafePointer, .function, .chan, .map:
            let a = p.load(as: UInt64.self)
            if verb != UInt8(ascii: "p") && depth == 0 && a != 0 && t.kind == .pointer {
                // Go's printValue: &{…}, &[…], &map[…] for a top-level pointer to a composite
                let e = type(t.elem)
                if e.kind == .structure || e.kind == .array || e.kind == .slice || e.kind == .map {
                    buf.append(UInt8(ascii: "&"))
                    value(e, UnsafeRawPointer(bitPattern: UInt(a))!, verb: verb, depth: depth + 1)
                    return
                }
            }
            if verb == v || verb == UInt8(ascii: "p") {
                if a == 0 && verb == v { pad("<nil>") } else { pad("0x" + String(a, radix: 16)) }
            } else if verb == UInt8(ascii: "x") || verb == UInt8(ascii: "X") || verb == UInt8(ascii: "d") {
                let save = f.sharp
                if verb != UInt8(ascii: "d") { f.sharp = !f.sharp }
                fmtInteger(a, signed: false, base: verb == UInt8(ascii: "d") ? 10 : 16, verb: verb, upper: verb == UInt8(ascii: "X"))
                f.sharp = save
            } else { badVerb(t, p, verb) }
        case .slice, .array:
            let e = type(t.elem)
            let base: UnsafeRawPointer?
            let n: Int
            if t.kind == .slice {
                base = UnsafeRawPointer(bitPattern: UInt(p.load(as: UInt64.self)))
                n = Int(p.load(fromByteOffset: 8, as: UInt64.self))
            } else { base = p; n = t.len }
            if e.kind == .uint8 && (verb == UInt8(ascii: "s") || verb == UInt8(ascii: "q") || verb == UInt8(ascii: "x") || verb == UInt8(ascii: "X")) {
                let b = n == 0 ? [] : Array(UnsafeRawBufferPointer(start: base, count: n))
                fmtString(b, verb: verb)
                return
            }
            buf.append(UInt8(ascii: "["))
            if let base {
                for i in 0..<n {
                    if i > 0 { buf.append(UInt8(ascii: " ")) }
                    value(e, base + i * e.size, verb: verb, depth: depth + 1)
                }
            }
            buf.append(UInt8(ascii: "]"))
        case .structure:
            buf.append(UInt8(ascii: "{"))
            for (i, fld) in t.fields.enumerated() {
                if i > 0 { buf.append(UInt8(ascii: " ")) }
                if f.plusV { buf += Array(fld.name.utf8); buf.append(UInt8(ascii: ":")) }
                if !fld.exported { unexportedDepth += 1 }
                value(type(fld.type), p + fld.offset, verb: verb, depth: depth + 1)
                if !fld.exported { unexportedDepth -= 1 }
            }
            buf.append(UInt8(ascii: "}"))
        case .interface:
            let tw = machine.interfaceType(t, p)
            let dw = p.load(fromByteOffset: 8, as: UInt64.self)
            if tw == 0 { pad("<nil>"); return }
            iface(tw, dw, verb: verb, depth: depth)
        default:
            pad("?")
        }
    }

    /// Formats an interface value {type word, data word}.
    mutating func iface(_ tw: UInt64, _ dw: UInt64, verb: UInt8, depth: Int) {
        guard let t = image.rtype(descriptor: tw) else { pad("?"); return }
        switch t.kind {
        case .pointer, .unsafePointer, .function, .chan, .map:
            var word = dw
            withUnsafeBytes(of: &word) { value(t, $0.baseAddress!, verb: verb, depth: depth) }
        default:
            value(t, UnsafeRawPointer(bitPattern: UInt(dw)) ?? UnsafeRawPointer(bitPattern: 8)!, verb: verb, depth: depth)
        }
    }

    /// %!verb(type=value): the value with %v under the same flags, no methods called.
    mutating func badVerb(_ t: RType, _ p: UnsafeRawPointer, _ verb: UInt8) {
        buf += Array("%!".utf8)
        buf += Strings.encode(Int64(verb))
        buf.append(UInt8(ascii: "("))
        buf += Array(t.name.utf8)
        buf.append(UInt8(ascii: "="))
        erroring = true
        value(t, p, verb: UInt8(ascii: "v"), depth: 0)
        erroring = false
        buf.append(UInt8(ascii: ")"))
    }
}

extension ValueFormatter {
    /// %#v: the value as Go syntax (fmt's sharpV paths).
    mutating func goSyntax(_ t: RType, _ p: UnsafeRawPointer, depth: Int) {
        func w(_ s: String) { buf += Array(s.utf8) }
        if depth > 0, !erroring, unexportedDepth == 0, t.methods.contains(where: { $0.name == "GoString" && $0.stringer }) {
            // a GoStringer inside the operand: its GoString result, computed before (FmtNested.swift)
            let key = nestedKey(t, p)
            if let r = nested[key] { return arg(r, verb: UInt8(ascii: "s")) }
            if collect {
                if pending == nil { pending = (key, nestedOperand(t, p)); pendingGoString = true }
            } else {
                machine.fmtNeedsMethod = t.name
            }
        }
        switch t.kind {
        case .bool: w(p.load(as: UInt8.self) != 0 ? "true" : "false")
        case .int, .int8, .int16, .int32, .int64: w(String(Self.readInt(t, p)))
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            w("0x" + String(UInt64(bitPattern: Self.readInt(t, p)), radix: 16))
        case .float32, .float64:
            w(FloatFormat.shortestG(Self.readFloat(t, p), bits: t.kind == .float32 ? 32 : 64))
        case .string:
            buf += Quote.quote(Strings.bytes(ptr: p.load(as: UInt64.self), len: Int(p.load(fromByteOffset: 8, as: UInt64.self))))
        case .pointer:
            let a = p.load(as: UInt64.self)
            if a == 0 { w("(\(t.name))(nil)"); return }
            let e = type(t.elem)
            if depth == 0 && (e.kind == .structure || e.kind == .array || e.kind == .slice || e.kind == .map) {
                w("&")
                goSyntax(e, UnsafeRawPointer(bitPattern: UInt(a))!, depth: depth + 1)
            } else {
                w("(\(t.name))(0x\(String(a, radix: 16)))")
            }
        case .unsafePointer, .chan, .function:
            let a = p.load(as: UInt64.self)
            w(a == 0 ? "(\(t.name))(nil)" : "(\(t.name))(0x\(String(a, radix: 16)))")
        case .slice, .array:
            let e = type(t.elem)
            var base: UnsafeRawPointer? = p
            var n = t.len
            if t.kind == .slice {
                base = UnsafeRawPointer(bitPattern: UInt(p.load(as: UInt64.self)))
                n = Int(p.load(fromByteOffset: 8, as: UInt64.self))
                if base == nil { w(t.name + "(nil)"); return }
            }
            w(t.name + "{")
            for i in 0..<n {
                if i > 0 { w(", ") }
                if e.kind == .uint8 && t.kind == .slice {
                    w("0x" + String(base!.load(fromByteOffset: i, as: UInt8.self), radix: 16))
                } else {
                    goSyntax(e, base! + i * e.size, depth: depth + 1)
                }
            }
            w("}")
        case .structure:
            w(t.name + "{")
            for (i, fld) in t.fields.enumerated() {
                if i > 0 { w(", ") }
                w(fld.name + ":")
                if !fld.exported { unexportedDepth += 1 }
                goSyntax(type(fld.type), p + fld.offset, depth: depth + 1)
                if !fld.exported { unexportedDepth -= 1 }
            }
            w("}")
        case .map:
            let m = p.load(as: UInt64.self)
            if m == 0 { w(t.name + "(nil)"); return }
            w(t.name + "{")
            let kt = type(t.key), vt = type(t.elem)
            let entries = machine.sortedMapEntries(m, keyType: kt)
            for (i, (k, val)) in entries.enumerated() {
                if i > 0 { w(", ") }
                goSyntax(kt, k, depth: depth + 1)
                w(":")
                goSyntax(vt, val, depth: depth + 1)
            }
            w("}")
        case .interface:
            let tw = machine.interfaceType(t, p)
            if tw == 0 { w(t.name + "(nil)"); return }
            guard let dt = image.rtype(descriptor: tw) else { return }
            var d = p.load(fromByteOffset: 8, as: UInt64.self)
            switch dt.kind {
            case .pointer, .map, .chan, .function, .unsafePointer:
                withUnsafeBytes(of: &d) { goSyntax(dt, $0.baseAddress!, depth: depth) }
            default:
                goSyntax(dt, UnsafeRawPointer(bitPattern: UInt(d))!, depth: depth)
            }
        default:
            w("?")
        }
    }
}

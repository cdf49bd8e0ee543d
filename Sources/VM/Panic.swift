// Panics: Go-level faults raised by the loop (index out of range, nil
// dereference, division by zero, ...) and panic(v) from the program. Until
// defer/recover exist every panic is fatal: it is printed as Go prints it
// (runtime/panic.go printpanics, traceback.go) — the `panic: ` line, the
// goroutine header and one `func(...)` / `\tfile:line` pair per frame —
// and the process exits with status 2.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    /// Raises a runtime error whose value has the runtime error type `typeID` (its message is its value).
    func raiseRuntimeError(_ text: String, typeID: Int, signal: String? = nil) {
        let full = "runtime error: " + text
        raise(PanicInfo(message: full, isRuntimeError: true, signal: signal), value: full, typeID: typeID)
    }

    /// A runtime.plainError: a runtime error whose message has no "runtime error: " prefix.
    func raisePlainError(_ msg: String) {
        raise(PanicInfo(message: msg, isRuntimeError: true, signal: nil), value: msg, typeID: image.program.plainErrorType)
    }

    /// panic(msg) of a string, as the standard library's Go code raises them.
    func panicString(_ msg: String) {
        var p = PanicInfo(message: msg, isRuntimeError: false, signal: nil)
        p.messageDone = true
        raise(p, value: msg, typeID: image.program.stringType)
    }

    /// Starts panic p whose value, of type `typeID`, is a string (or a type whose value is one).
    private func raise(_ p: PanicInfo, value: String, typeID: Int) {
        var p = p
        let cell = mcache.malloc(16, type: image.layouts[typeID])
        newString(UnsafeMutablePointer<UInt64>(bitPattern: cell)!, Array(value.utf8))
        p.typ = image.descriptorAddress(typeID)
        p.data = UInt64(cell)
        current?.panicking = p
    }

    func runtimeError(_ msg: String) {
        raiseRuntimeError(msg, typeID: image.program.errorStringType)
    }

    func indexError(_ i: Int64, _ n: Int64) {
        boundsError(i < 0 ? "index out of range [\(i)]" : "index out of range [\(i)] with length \(n)")
    }

    func boundsError(_ msg: String) { raiseRuntimeError(msg, typeID: image.program.boundsErrorType) }

    func nilError() {
        raiseRuntimeError("invalid memory address or nil pointer dereference", typeID: image.program.errorStringType,
                          signal: "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    }

    /// panic(v) with v an interface value in two slots.
    func panicValue(_ v: UnsafeMutablePointer<UInt64>) {
        if v[0] == 0 {
            // panic(nil) panics with a *runtime.PanicNilError (Go 1.21)
            raiseRuntimeError("panic called with nil argument", typeID: image.program.panicNilErrorType)
            return
        }
        var p = PanicInfo(message: panicValueString(v[0], v[1]), isRuntimeError: false, signal: nil)
        p.typ = v[0]; p.data = v[1]
        if let t = image.rtype(descriptor: v[0]), t.isRuntimeError { p.isRuntimeError = true }
        current?.panicking = p
    }

    /// Go's printpanicval for an interface value.
    func panicValueString(_ typ: UInt64, _ data: UInt64) -> String {
        guard let t = image.rtype(descriptor: typ) else { return "(?) \(hex(data))" }
        let f = ValueFormatter(machine: self)
        var s: String
        switch t.kind {
        case .bool, .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
            s = f.plainScalar(t, ifaceData: data)
        case .float32, .float64:
            s = f.runtimeFloat(t, ifaceData: data)
        case .string:
            let p = UnsafeMutablePointer<UInt64>(bitPattern: UInt(data))!
            s = String(decoding: Strings.bytes(p), as: UTF8.self)
            if t.named && !t.isRuntimeError { return "\(t.name)(\"\(s)\")" }
            return s
        default:
            return "(\(t.name)) \(hex(data))"
        }
        if t.named { s = "\(t.name)(\(s))" }
        return s
    }

    func hex(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }

    /// Prints an unrecovered panic and the goroutine's frames.
    func reportPanic(_ g: Goroutine) {
        if let p = g.panicking { g.panics.append(p); g.panicking = nil }
        guard !g.panics.isEmpty else { return }
        var text = ""
        var i = 0
        let chain = g.panics
        while i < chain.count {
            let p = chain[i]
            var msg = p.message
            if msg.contains("\n") { msg = msg.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\t") }
            if i > 0 { text += "\t" }
            text += "panic: " + msg
            // Go 1.25+: a recovered value panicked again prints once
            if p.recovered, i + 1 < chain.count, chain[i + 1].message == p.message, chain[i + 1].typ == p.typ {
                text += " [recovered, repanicked]\n"
                i += 2
                continue
            }
            if p.recovered { text += " [recovered]" }
            text += "\n"
            i += 1
        }
        if let s = chain.last?.signal { text += s + "\n" }
        text += "\ngoroutine \(g.id) [running]:\n"
        out.flush()
        out.writeErr(text)
        traceback(g)
    }

    /// One `name(...)` / `\tfile:line +0x0` pair per frame, innermost first.
    func traceback(_ g: Goroutine) {
        out.writeErr(tracebackText(g))
    }

    /// dst = interface value of type `id` holding the value in slots src.
    func box(_ dst: UnsafeMutablePointer<UInt64>, _ src: UnsafeMutablePointer<UInt64>, _ id: Int) {
        let t = image.program.types[id]
        dst[0] = image.descriptorAddress(id)
        switch t.kind {
        case .pointer, .map, .chan, .function, .unsafePointer:
            dst[1] = src[0]
            return
        default: break
        }
        if t.size == 0 { dst[1] = UInt64(heap.zerobase); return }
        let l = image.layouts[id]
        // the runtime's shortcuts (convT16/32/64, convTstring, convTslice): small
        // values from a static table, "" and nil slices as the zero value
        let small: Bool
        switch t.size {
        case 1: small = t.kind == .bool || t.kind == .int8 || t.kind == .uint8
        case 2, 4, 8: small = t.align == t.size && l.ptrBytes == 0
        default: small = false
        }
        if small {
            let v = t.size == 8 ? src[0] : src[0] & ((1 << UInt64(8 * t.size)) - 1)
            if v < 256 { dst[1] = UInt64(UInt(bitPattern: staticUint64s + Int(v))); return }
        }
        if t.kind == .string && src[1] == 0 || t.kind == .slice && src[0] == 0 {
            dst[1] = UInt64(UInt(bitPattern: zeroValue))
            return
        }
        let p = mcache.malloc(t.size, type: l)
        let raw = UnsafeMutableRawPointer(bitPattern: p)!
        // slot shape to memory layout
        switch t.kind {
        case .bool, .int8, .uint8: raw.storeBytes(of: UInt8(truncatingIfNeeded: src[0]), as: UInt8.self)
        case .int16, .uint16: raw.storeBytes(of: UInt16(truncatingIfNeeded: src[0]), as: UInt16.self)
        case .int32, .uint32, .float32: raw.storeBytes(of: UInt32(truncatingIfNeeded: src[0]), as: UInt32.self)
        default: raw.copyMemory(from: UnsafeRawPointer(src), byteCount: t.size)
        }
        dst[1] = UInt64(p)
    }
}

extension Machine {
    /// Interface equality: same dynamic type and equal values (by the type's layout).
    /// The dynamic type descriptor of an interface value of static type t in memory
    /// (for an interface with methods, the type its itab records).
    func interfaceType(_ t: RType, _ p: UnsafeRawPointer) -> UInt64 {
        let w = p.load(as: UInt64.self)
        guard w != 0, !t.imethods.isEmpty, let itab = UnsafePointer<UInt64>(bitPattern: UInt(w)) else { return w }
        return itab[0]
    }

    func ifaceEqual(_ a: UnsafeMutablePointer<UInt64>, _ b: UnsafeMutablePointer<UInt64>) -> Bool {
        if a[0] != b[0] { return false }
        if a[0] == 0 { return true }
        guard let t = image.rtype(descriptor: a[0]) else { return a[1] == b[1] }
        if !isComparable(t) {
            runtimeError("comparing uncomparable type \(t.name)")
            return false
        }
        switch t.kind {
        case .pointer, .chan, .unsafePointer: return a[1] == b[1]
        default:
            return valuesEqual(t, UnsafeRawPointer(bitPattern: UInt(a[1]))!, UnsafeRawPointer(bitPattern: UInt(b[1]))!)
        }
    }

    /// Whether == is defined on values of t (no slice, map or func inside it).
    func isComparable(_ t: RType) -> Bool {
        switch t.kind {
        case .slice, .map, .function: return false
        case .structure: return t.fields.allSatisfy { isComparable(image.program.types[$0.type]) }
        case .array: return isComparable(image.program.types[t.elem])
        default: return true
        }
    }

    func valuesEqual(_ t: RType, _ x: UnsafeRawPointer, _ y: UnsafeRawPointer) -> Bool {
        switch t.kind {
        case .float32: return x.load(as: Float.self) == y.load(as: Float.self)
        case .complex64:
            return x.load(as: Float.self) == y.load(as: Float.self) && x.load(fromByteOffset: 4, as: Float.self) == y.load(fromByteOffset: 4, as: Float.self)
        case .complex128:
            return x.load(as: Double.self) == y.load(as: Double.self) && x.load(fromByteOffset: 8, as: Double.self) == y.load(fromByteOffset: 8, as: Double.self)
        case .float64: return x.load(as: Double.self) == y.load(as: Double.self)
        case .string:
            let a = UnsafeMutablePointer<UInt64>(mutating: x.assumingMemoryBound(to: UInt64.self))
            let b = UnsafeMutablePointer<UInt64>(mutating: y.assumingMemoryBound(to: UInt64.self))
            return Strings.compare(a, b) == 0
        case .interface:
            // (an interface with methods holds an itab where ifaceEqual wants the type)
            return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 4) { buf in
                let w = buf.baseAddress!
                w[0] = interfaceType(t, x); w[1] = x.load(fromByteOffset: 8, as: UInt64.self)
                w[2] = interfaceType(t, y); w[3] = y.load(fromByteOffset: 8, as: UInt64.self)
                return ifaceEqual(w, w + 2)
            }
        case .structure:
            for f in t.fields where f.name != "_" {
                if !valuesEqual(image.program.types[f.type], x + f.offset, y + f.offset) { return false }
            }
            return true
        case .array:
            let e = image.program.types[t.elem]
            for i in 0..<t.len where !valuesEqual(e, x + i * e.size, y + i * e.size) { return false }
            return true
        default:
            return memcmp(x, y, t.size) == 0
        }
    }
}

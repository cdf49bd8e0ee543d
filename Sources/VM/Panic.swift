// Panics: Go-level faults raised by the loop (index out of range, nil
// dereference, division by zero, ...) and panic(v) from the program. Until
// defer/recover exist every panic is fatal: it is printed as Go prints it
// (runtime/panic.go printpanics, traceback.go) — the `panic: ` line, the
// goroutine header and one `func(...)` / `\tfile:line` pair per frame —
// and the process exits with status 2.

import Bytecode
import Runtime

extension Machine {
    func runtimeError(_ msg: String) {
        main?.panicking = PanicInfo(message: "runtime error: " + msg, isRuntimeError: true, signal: nil)
    }

    func indexError(_ i: Int64, _ n: Int64) {
        runtimeError(i < 0 ? "index out of range [\(i)]" : "index out of range [\(i)] with length \(n)")
    }

    func boundsError(_ msg: String) { runtimeError(msg) }

    func nilError() {
        main?.panicking = PanicInfo(message: "runtime error: invalid memory address or nil pointer dereference",
                                    isRuntimeError: true,
                                    signal: "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]")
    }

    /// panic(v) with v an interface value in two slots.
    func panicValue(_ v: UnsafeMutablePointer<UInt64>) {
        if v[0] == 0 {
            main?.panicking = PanicInfo(message: "panic called with nil argument", isRuntimeError: true, signal: nil)
            return
        }
        main?.panicking = PanicInfo(message: panicValueString(v[0], v[1]), isRuntimeError: false, signal: nil)
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
            if t.named { return "\(t.name)(\"\(s)\")" }
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
        guard let p = g.panicking else { return }
        var text = "panic: " + p.message
        if p.isRuntimeError == false, p.message.contains("\n") {
            text = "panic: " + p.message.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\t")
        }
        text += "\n"
        if let s = p.signal { text += s + "\n" }
        text += "\ngoroutine \(g.id) [running]:\n"
        out.flush()
        out.writeErr(text)
        traceback(g)
    }

    /// One `name(...)` / `\tfile:line +0x0` pair per frame, innermost first.
    func traceback(_ g: Goroutine) {
        var lines = ""
        var fp = g.fp
        var fn = g.fn
        var pc = g.pc
        var depth = 0
        while depth < 100 {
            let meta = image.program.funcs[fn]
            if meta.name == "runtime.main" { break }
            let off = (pc - UnsafePointer(image.code)) - 1 - meta.entry
            lines += "\(meta.name)(\(meta.paramSlots == 0 ? "" : "..."))\n\t\(meta.file):\(meta.line(at: max(off, 0))) +0x\(String(max(off, 0) * 8, radix: 16))\n"
            let caller = fp[FrameHeader.callerFP]
            if caller == 0 { break }
            pc = UnsafePointer<Word>(bitPattern: UInt(fp[FrameHeader.returnPC]))!
            fn = Int(fp[FrameHeader.callerFunc])
            fp = UnsafeMutablePointer<UInt64>(bitPattern: UInt(caller))!
            depth += 1
        }
        if depth >= 100 { lines += "...additional frames elided...\n" }
        out.writeErr(lines)
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

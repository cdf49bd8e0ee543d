// Itabs, built on demand: for a dynamic type (descriptor) and an interface
// type, the functions implementing the interface's methods in its sorted
// order. An itab lives in runtime memory and is never freed:
//
//   +0   the dynamic type's descriptor
//   +8   the interface's type id
//   +16… one function index per method (-1 when the type lacks it)
//
// Also type assertions and fmt's method calls.

import Bytecode
import Runtime

extension Machine {
    /// The itab for (type descriptor, interface type id); nil if the type lacks a method.
    func itab(_ desc: UInt64, _ iface: Int) -> UInt64? {
        let key = desc &* 65599 &+ UInt64(iface)
        if let (d, i, p) = itabCache[key], d == desc, i == iface { return p }
        guard let t = image.rtype(descriptor: desc) else { return nil }
        let it = image.program.types[iface]
        var fns: [Int] = []
        for (k, name) in it.imethods.enumerated() {
            let sig = k < it.isigs.count ? it.isigs[k] : nil
            guard let m = t.methods.first(where: { $0.name == name && (sig == nil || $0.sig == sig) }) else {
                // never a silent "does not implement": the method exists in Go
                if t.unimplementedMethods.contains(name) { refusal = "gosub: method \(name) of \(t.name) is not supported yet" }
                return nil
            }
            fns.append(m.fn)
        }
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 2 + fns.count)
        p[0] = desc
        p[1] = UInt64(iface)
        for (k, f) in fns.enumerated() { p[2 + k] = UInt64(f) }
        let addr = UInt64(UInt(bitPattern: p))
        itabCache[key] = (desc, iface, addr)
        return addr
    }

    /// The first method of the interface type that t lacks (for the panic message).
    func missingMethod(_ desc: UInt64, _ iface: Int) -> String {
        let t = image.rtype(descriptor: desc)
        let it = image.program.types[iface]
        for (k, name) in it.imethods.enumerated() {
            let sig = k < it.isigs.count ? it.isigs[k] : nil
            if !(t?.methods.contains { $0.name == name && (sig == nil || $0.sig == sig) } ?? false) { return name }
        }
        return "?"
    }

    /// x.(T): copies the value out of eface e into d, or sets ok = false / panics.
    func assertType(_ d: UnsafeMutablePointer<UInt64>, _ e: UnsafeMutablePointer<UInt64>, slots n: Int, flags: Int,
                    target: Int, source: Int) -> Bool {
        let commaOK = flags & 1 != 0
        let toIface = flags & 2 != 0
        let desc = e[0]
        var ok = false
        if toIface {
            if desc != 0 {
                let it = image.program.types[target]
                if it.imethods.isEmpty {
                    d[0] = desc; d[1] = e[1]; ok = true
                } else if let tab = itab(desc, target) {
                    d[0] = tab; d[1] = e[1]; ok = true
                }
            }
        } else if desc == image.descriptorAddress(target) {
            let t = image.program.types[target]
            switch t.kind {
            case .pointer, .map, .chan, .function, .unsafePointer: d[0] = e[1]
            default: loadSlots(t, UnsafeRawPointer(bitPattern: UInt(e[1]))!, into: d)
            }
            ok = true
        }
        if commaOK {
            if !ok { for i in 0..<n { d[i] = 0 } }
            d[n] = ok ? 1 : 0
            return true
        }
        if ok { return true }
        let src = image.program.types[source].name
        let want = image.program.types[target].name
        var msg: String
        if desc == 0 {
            msg = "interface conversion: \(toIface ? "interface" : src) is nil, not \(want)"
        } else if toIface {
            let have = image.rtype(descriptor: desc)?.name ?? "?"
            msg = "interface conversion: \(have) is not \(want): missing method \(missingMethod(desc, target))"
        } else {
            let have = image.rtype(descriptor: desc)?.name ?? "?"
            msg = "interface conversion: \(src) is \(have), not \(want)"
        }
        // a *runtime.TypeAssertionError: prints as its message, is a runtime.Error
        var p = PanicInfo(message: msg, isRuntimeError: true, signal: nil)
        let cell = mcache.malloc(16, type: image.layouts[image.program.typeAssertionErrorType])
        newString(UnsafeMutablePointer<UInt64>(bitPattern: cell)!, Array(msg.utf8))
        p.typ = image.descriptorAddress(image.program.typeAssertionErrorType)
        p.data = UInt64(cell)
        current?.panicking = p
        return false
    }

    /// A value of type t in memory (gc layout) to slots (slot shape).
    func loadSlots(_ t: RType, _ p: UnsafeRawPointer, into d: UnsafeMutablePointer<UInt64>) {
        switch t.kind {
        case .bool, .uint8: d[0] = UInt64(p.load(as: UInt8.self))
        case .int8: d[0] = UInt64(bitPattern: Int64(p.load(as: Int8.self)))
        case .int16: d[0] = UInt64(bitPattern: Int64(p.loadUnaligned(as: Int16.self)))
        case .uint16: d[0] = UInt64(p.loadUnaligned(as: UInt16.self))
        case .int32: d[0] = UInt64(bitPattern: Int64(p.loadUnaligned(as: Int32.self)))
        case .uint32, .float32: d[0] = UInt64(p.loadUnaligned(as: UInt32.self))
        default:
            if t.size > 0 { UnsafeMutableRawPointer(d).copyMemory(from: p, byteCount: t.size) }
        }
    }

    /// fmt: the Error (preferred) or String method of a dynamic type, if it has one.
    func fmtMethod(_ desc: UInt64, _ data: UInt64) -> Int? {
        guard desc != 0, let t = image.rtype(descriptor: desc), !t.methods.isEmpty else { return nil }
        if t.kind == .pointer && data == 0 { return nil }
        if let m = t.methods.first(where: { $0.name == "Error" && $0.stringer }) { return m.fn }
        if let m = t.methods.first(where: { $0.name == "String" && $0.stringer }) { return m.fn }
        return nil
    }

    /// Whether a dynamic type has one of the methods fmt would call (fmtHas).
    func fmtHasMethod(_ desc: UInt64, goString: Bool, format: Bool, methods: Bool) -> Bool {
        guard desc != 0, let t = image.rtype(descriptor: desc), !t.methods.isEmpty else { return false }
        return t.methods.contains { m in
            (methods && (m.name == "Error" || m.name == "String") && m.stringer) || (goString && m.name == "GoString" && m.stringer)
                || (format && m.name == "Format")
        }
    }

    /// fmt: box a method's string result with the original value.
    func fmtStore(_ a: UnsafeMutablePointer<UInt64>, _ result: UnsafeMutablePointer<UInt64>, formatted: Bool = false) {
        // a Format method's output is printed as it is; a String/Error/GoString result under the verb
        let id = formatted ? image.program.formattedType : image.program.preformattedType
        let p = mcache.malloc(32, type: image.layouts[id])
        let o = UnsafeMutablePointer<UInt64>(bitPattern: p)!
        o[0] = result[0]; o[1] = result[1]; o[2] = a[0]; o[3] = a[1]
        a[0] = image.descriptorAddress(id)
        a[1] = UInt64(p)
    }
}

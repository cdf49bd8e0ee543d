// Go types as the compiler and the VM see them: how many frame slots a value
// occupies, how it is loaded and stored, and its runtime type id (RType and
// a descriptor in the static segment, RuntimeType.swift).
//
// Slot shapes: scalars (ints, floats, bools, pointers, funcs, maps, chans)
// take one slot, widened — signed ints sign-extended, unsigned zero-extended,
// float32 as its bits in the low half; strings and interfaces two slots,
// slices three; structs and arrays ceil(size/8) slots holding their gc
// layout byte for byte.

import Types
import Bytecode

enum Shape: Equatable {
    case scalar(RKind)     // one slot
    case string, iface, slice
    case block(Int)        // struct or array of this many bytes, in gc layout
    case zero              // zero-size value
}

final class TypeTable {
    let program: Program
    private var buckets: [String: [(GoType, Int)]] = [:]
    /// The Go type of each type id (nil for the runtime's own types).
    var goTypes: [GoType?] = []

    init(program: Program) { self.program = program }

    static func kind(_ t: GoType) -> RKind {
        switch t.underlying {
        case let b as Basic:
            switch b.kind {
            case .bool, .untypedBool: return .bool
            case .int, .untypedInt: return .int
            case .int8: return .int8
            case .int16: return .int16
            case .int32, .untypedRune: return .int32
            case .int64: return .int64
            case .uint: return .uint
            case .uint8: return .uint8
            case .uint16: return .uint16
            case .uint32: return .uint32
            case .uint64: return .uint64
            case .uintptr: return .uintptr
            case .float32: return .float32
            case .float64, .untypedFloat: return .float64
            case .complex64: return .complex64
            case .complex128, .untypedComplex: return .complex128
            case .string, .untypedString: return .string
            case .unsafePointer, .untypedNil: return .unsafePointer
            default: return .invalid
            }
        case is Pointer: return .pointer
        case is Slice: return .slice
        case is Types.ArrayType: return .array
        case is Struct: return .structure
        case is Types.MapType: return .map
        case is Chan: return .chan
        case is Signature: return .function
        case is Interface: return .interface
        default: return .invalid
        }
    }

    static func size(_ t: GoType) -> Int { Int(Layout.sizeof(t)) }

    static func shape(_ t: GoType) -> Shape {
        let k = kind(t)
        switch k {
        case .string: return .string
        case .interface: return .iface
        case .slice: return .slice
        case .array, .structure, .complex64, .complex128:
            let n = size(t)
            return n == 0 ? .zero : .block(n)
        default: return .scalar(k)
        }
    }

    static func slots(_ t: GoType) -> Int {
        switch shape(t) {
        case .scalar: return 1
        case .string, .iface: return 2
        case .slice: return 3
        case .block(let n): return (n + 7) / 8
        case .zero: return 0
        }
    }

    /// The runtime type id of t, creating its RType and descriptor on first use.
    func id(_ t: GoType) -> Int {
        let key = TypeNames.reflect(t)
        if let list = buckets[key] {
            for (u, i) in list where typesIdentical(u, t) { return i }
        }
        let tid = program.types.count
        let r = RType(id: tid, kind: Self.kind(t), size: Self.size(t), align: Int(Layout.alignof(t)), name: TypeNames.reflect(t))
        r.named = unalias(t) is Named
        program.types.append(r)
        goTypes.append(t)
        if let i = t.underlying as? Interface {
            let ms = i.typeSet.methods.sorted { $0.name < $1.name }
            r.imethods = ms.map(\.name)
            r.isigs = ms.map { TypeNames.signature($0.signature) }
        }
        buckets[key, default: []].append((t, tid))
        switch t.underlying {
        case let p as Pointer: r.elem = id(p.elem)
        case let s as Slice: r.elem = id(s.elem)
        case let a as Types.ArrayType: r.elem = id(a.elem); r.len = Int(a.len)
        case let m as Types.MapType: r.key = id(m.key); r.elem = id(m.elem)
        case let c as Chan: r.elem = id(c.elem)
        case let sig as Signature:
            r.params = sig.params.vars.map { id($0.type!) }
            r.variadic = sig.variadic
        case let s as Struct:
            let offs = Layout.offsetsof(s)
            r.fields = s.fields.enumerated().map { i, f in
                RField(name: f.name, type: id(f.type!), offset: Int(offs[i]), embedded: f.embedded, exported: f.isExported)
            }
        default: break
        }
        computePointers(r)
        var d = [UInt8](repeating: 0, count: TypeDescriptor.size)
        put(&d, 0, UInt64(r.size))
        put(&d, 8, UInt64(r.ptrdata))
        put(&d, 16, UInt64(tid) | UInt64(r.kind.rawValue) << 32 | UInt64(r.align) << 40)
        r.descriptorOffset = program.addStatic(d)
        return tid
    }

    /// A runtime error type: its value is its message, a string.
    func runtimeErrorType(_ name: String, preformatted: Bool = false) -> Int {
        let tid = program.types.count
        let r = RType(id: tid, kind: .string, size: preformatted ? 32 : 16, align: 8, name: name)
        r.named = true
        r.isRuntimeError = !preformatted
        r.isPreformatted = preformatted
        r.ptrdata = preformatted ? 32 : 8
        r.gcmask = preformatted ? [9] : [1]
        program.types.append(r)
        goTypes.append(nil)
        var d = [UInt8](repeating: 0, count: TypeDescriptor.size)
        put(&d, 0, 16)
        put(&d, 8, 8)
        put(&d, 16, UInt64(tid) | UInt64(RKind.string.rawValue) << 32 | UInt64(8) << 40)
        r.descriptorOffset = program.addStatic(d)
        return tid
    }

    /// ptrdata and the word mask of pointers, from the type's shape.
    private func computePointers(_ r: RType) {
        if !hasPointers(r) { return }
        if r.size / 8 > 1 << 22 {
            // too large for a word mask here; the checker's size limit still applies
            tooLarge = r.name
            return
        }
        var words = [Bool](repeating: false, count: (r.size + 7) / 8)
        mark(r, 0, &words)
        if let last = words.lastIndex(of: true) {
            r.ptrdata = (last + 1) * 8
            var mask = [UInt8](repeating: 0, count: (last + 8) / 8)
            for (i, b) in words.enumerated() where b && i <= last { mask[i / 8] |= 1 << (i % 8) }
            r.gcmask = mask
        }
    }

    /// Set when a type holding pointers is too large for its pointer mask (reported by the compiler).
    var tooLarge: String?

    private func hasPointers(_ r: RType) -> Bool {
        switch r.kind {
        case .pointer, .map, .chan, .function, .unsafePointer, .string, .slice, .interface: return true
        case .array: return r.len > 0 && r.elem >= 0 && hasPointers(program.types[r.elem])
        case .structure: return r.fields.contains { hasPointers(program.types[$0.type]) }
        default: return false
        }
    }

    private func mark(_ r: RType, _ off: Int, _ words: inout [Bool]) {
        switch r.kind {
        case .pointer, .map, .chan, .function, .unsafePointer, .string, .slice:
            if off / 8 < words.count { words[off / 8] = true }
        case .interface:
            if off / 8 + 1 < words.count { words[off / 8 + 1] = true }
        case .array:
            let e = program.types[r.elem]
            if e.ptrdata > 0 { for i in 0..<r.len { mark(e, off + i * e.size, &words) } }
        case .structure:
            for f in r.fields { mark(program.types[f.type], off + f.offset, &words) }
        default: break
        }
    }

    private func put(_ d: inout [UInt8], _ at: Int, _ v: UInt64) {
        for i in 0..<8 { d[at + i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
    }
}

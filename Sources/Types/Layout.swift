// Memory layout of Go types on linux/amd64, as gc computes it (types2's
// gcSizes): sizes, alignments, field offsets and pointer maps. unsafe.Sizeof,
// Alignof and Offsetof are constants computed here; the compiler and runtime
// use the same numbers for frames and heap objects, and the collector the
// same pointer maps (one bit per 8-byte word, as gc's GCData).

public enum Layout {
    public static let wordSize: Int64 = 8
    public static let maxAlign: Int64 = 8

    public static func alignof(_ t: GoType) -> Int64 { layout(t).align }

    public static func sizeof(_ t: GoType) -> Int64 { layout(t).size }

    /// Size and alignment in one walk, each component type visited once
    /// (nested types would otherwise be measured exponentially often).
    static func layout(_ t: GoType) -> (size: Int64, align: Int64) {
        // a defined type is measured once (types may share parts: struct{ a, b T })
        if let n = unalias(t) as? Named {
            if let c = n.layoutCache { return c }
            let r = layoutOf(n.underlying)
            if n.resolved != nil || n.origin != nil { n.layoutCache = r }
            return r
        }
        return layoutOf(t.underlying)
    }

    private static func layoutOf(_ u: GoType) -> (size: Int64, align: Int64) {
        switch u {
        case let b as Basic:
            switch b.kind {
            case .bool, .int8, .uint8: return (1, 1)
            case .int16, .uint16: return (2, 2)
            case .int32, .uint32, .float32: return (4, 4)
            case .complex64: return (8, 4)
            case .complex128: return (16, 8)
            case .string: return (16, 8)
            default: return (8, 8)
            }
        case let a as ArrayType:
            let e = layout(a.elem)
            let n = max(a.len, 0)
            if n == 0 { return (0, e.align) }
            let stride = align(e.size, e.align)
            // saturating: a type too large for the address space is reported by the checker
            let (m, o1) = stride.multipliedReportingOverflow(by: n - 1)
            let (total, o2) = m.addingReportingOverflow(e.size)
            return (o1 || o2 || total > maxSize ? maxSize : total, e.align)
        case is Slice:
            return (3 * wordSize, wordSize)
        case let s as Struct:
            let (offs, lastSize, a) = fieldLayout(s)
            guard let lastOff = offs.last else { return (0, 1) }
            var (size, overflow) = lastOff.addingReportingOverflow(lastSize)
            if overflow || size >= maxSize { return (maxSize, a) }
            // gc pads a struct ending in a zero-size field so that its address stays inside the object
            if lastSize == 0 && size > 0 { size += 1 }
            return (align(size, a), a)
        case is Interface:
            return (2 * wordSize, wordSize)
        default:
            // pointers, maps, channels, functions
            return (wordSize, wordSize)
        }
    }

    public static func offsetsof(_ s: Struct) -> [Int64] { fieldLayout(s).offsets }

    /// Field offsets, the last field's size and the struct's alignment.
    static func fieldLayout(_ s: Struct) -> (offsets: [Int64], lastSize: Int64, align: Int64) {
        var offs: [Int64] = []
        var o: Int64 = 0
        var maxAlign: Int64 = 1
        var last: Int64 = 0
        for f in s.fields {
            let l = layout(f.type!)
            maxAlign = max(maxAlign, l.align)
            o = align(o, l.align)
            offs.append(o)
            last = l.size
            let (n, overflow) = o.addingReportingOverflow(l.size)
            o = overflow ? maxSize : n
        }
        return (offs, last, maxAlign)
    }

    /// gc's limit on the size of a type on amd64 (types.MaxWidth): 1<<50 bytes.
    public static let maxSize: Int64 = 1 << 50

    /// Whether values of type t fit in the address space.
    public static func fits(_ t: GoType) -> Bool { sizeof(t) < maxSize }

    static func align(_ x: Int64, _ a: Int64) -> Int64 {
        if x >= maxSize { return maxSize }
        return (x + a - 1) / a * a
    }

    // MARK: pointer maps

    /// Which words of a value hold pointers the collector must follow, as gc
    /// emits them: `ptrBytes` is the prefix that holds any (gc's PtrBytes);
    /// `bits[i]` is word i. An interface's type word points to static data
    /// and is not a GC pointer; its data word is.
    public struct PointerMap: Equatable, Sendable {
        public var ptrBytes: Int64
        public var words: [Bool]

        /// "10101"-style rendering of the words up to ptrBytes.
        public var bitString: String { String(words.prefix(Int(ptrBytes / 8)).map { $0 ? "1" : "0" }) }
    }

    public static func pointerMap(_ t: GoType) -> PointerMap {
        let size = sizeof(t)
        // a word map of a type over 2 GiB would not fit in memory (gc encodes those as GC programs)
        guard size < 1 << 31 else { return PointerMap(ptrBytes: 0, words: []) }
        var words = [Bool](repeating: false, count: Int((size + 7) / 8))
        mark(t, at: 0, &words)
        let last = words.lastIndex(of: true).map { Int64($0 + 1) * 8 } ?? 0
        return PointerMap(ptrBytes: last, words: words)
    }

    private static func mark(_ t: GoType, at off: Int64, _ words: inout [Bool]) {
        let w = Int(off / 8)
        switch t.underlying {
        case let b as Basic:
            if b.kind == .string || b.kind == .unsafePointer { words[w] = true }
        case is Pointer, is MapType, is Chan, is Signature, is Slice:
            words[w] = true
        case is Interface:
            words[w + 1] = true
        case let a as ArrayType:
            let esize = sizeof(a.elem)
            guard esize > 0, a.len > 0, hasPointers(a.elem) else { return }
            var elemWords = [Bool](repeating: false, count: Int((esize + 7) / 8))
            mark(a.elem, at: 0, &elemWords)
            let ptrs = elemWords.indices.filter { elemWords[$0] }
            for i in 0..<a.len {
                let base = Int((off + i * esize) / 8)
                for p in ptrs { words[base + p] = true }
            }
        case let s as Struct:
            let offs = offsetsof(s)
            for (i, f) in s.fields.enumerated() where hasPointers(f.type!) {
                mark(f.type!, at: off + offs[i], &words)
            }
        default:
            break
        }
    }

    /// Whether values of type t contain pointers (objects without go to noscan spans).
    public static func hasPointers(_ t: GoType) -> Bool {
        if let n = unalias(t) as? Named {
            if let c = n.pointersCache { return c }
            let r = hasPointersOf(n.underlying)
            if n.resolved != nil || n.origin != nil { n.pointersCache = r }
            return r
        }
        return hasPointersOf(t.underlying)
    }

    private static func hasPointersOf(_ u: GoType) -> Bool {
        switch u {
        case let b as Basic: return b.kind == .string || b.kind == .unsafePointer
        case is Pointer, is MapType, is Chan, is Signature, is Slice, is Interface: return true
        case let a as ArrayType: return a.len > 0 && hasPointers(a.elem)
        case let s as Struct: return s.fields.contains { hasPointers($0.type!) }
        default: return false
        }
    }
}

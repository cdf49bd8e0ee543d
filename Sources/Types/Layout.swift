// Memory layout of Go types on linux/amd64, as gc computes it (types2's
// gcSizes): sizes, alignments and field offsets. unsafe.Sizeof, Alignof and
// Offsetof are constants computed here; the compiler and runtime use the same
// numbers for frames and heap objects.

public enum Layout {
    public static let wordSize: Int64 = 8
    public static let maxAlign: Int64 = 8

    public static func alignof(_ t: GoType) -> Int64 {
        switch t.underlying {
        case let a as ArrayType:
            return alignof(a.elem)
        case let s as Struct:
            var m: Int64 = 1
            for f in s.fields { m = max(m, alignof(f.type!)) }
            return m
        case let b as Basic:
            switch b.kind {
            case .bool, .int8, .uint8: return 1
            case .int16, .uint16: return 2
            case .int32, .uint32, .float32: return 4
            case .complex64: return 4
            case .string: return wordSize
            default: return 8
            }
        case is Slice, is Interface:
            return wordSize
        default:
            return wordSize
        }
    }

    public static func sizeof(_ t: GoType) -> Int64 {
        switch t.underlying {
        case let b as Basic:
            switch b.kind {
            case .bool, .int8, .uint8: return 1
            case .int16, .uint16: return 2
            case .int32, .uint32, .float32: return 4
            case .int64, .uint64, .float64, .complex64, .int, .uint, .uintptr, .unsafePointer: return 8
            case .complex128: return 16
            case .string: return 16
            default: return 8
            }
        case let a as ArrayType:
            let n = max(a.len, 0)
            if n == 0 { return 0 }
            let esize = sizeof(a.elem)
            let ealign = alignof(a.elem)
            let stride = align(esize, ealign)
            // saturating: a type too large for the address space is reported by the checker
            let (m, o1) = stride.multipliedReportingOverflow(by: n - 1)
            let (total, o2) = m.addingReportingOverflow(esize)
            return o1 || o2 || total > maxSize ? maxSize : total
        case is Slice:
            return 3 * wordSize
        case let s as Struct:
            let n = s.fields.count
            if n == 0 { return 0 }
            let offs = offsetsof(s)
            let last = s.fields[n - 1].type!
            var (size, overflow) = offs[n - 1].addingReportingOverflow(sizeof(last))
            if overflow || size >= maxSize { return maxSize }
            // gc pads a struct ending in a zero-size field so that its address stays inside the object
            if sizeof(last) == 0 && size > 0 { size += 1 }
            return align(size, alignof(s))
        case is Interface:
            return 2 * wordSize
        default:
            // pointers, maps, channels, functions
            return wordSize
        }
    }

    public static func offsetsof(_ s: Struct) -> [Int64] {
        var offs: [Int64] = []
        var o: Int64 = 0
        for f in s.fields {
            let a = alignof(f.type!)
            o = align(o, a)
            offs.append(o)
            let (n, overflow) = o.addingReportingOverflow(sizeof(f.type!))
            o = overflow ? maxSize : n
        }
        return offs
    }

    /// gc's limit on the size of a type on amd64 (types.MaxWidth): 1<<50 bytes.
    public static let maxSize: Int64 = 1 << 50

    /// Whether values of type t fit in the address space.
    public static func fits(_ t: GoType) -> Bool { sizeof(t) < maxSize }

    static func align(_ x: Int64, _ a: Int64) -> Int64 {
        if x >= maxSize { return maxSize }
        return (x + a - 1) / a * a
    }
}

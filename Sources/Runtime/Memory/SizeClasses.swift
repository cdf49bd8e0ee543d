// SizeClasses.swift — Go's size classes, span classes and the size lookup.
//
// Data: the 67 object sizes of Go 1.27 (`internal/runtime/gc/sizeclasses.go`)
// and the number of pages of a span of each class. Class 0 means "large": an
// object with a span of its own. Everything else is derived here, at start-up,
// from those two columns:
//
//   1. `sizeToClass8[i]`   = the smallest class whose size is >= i*8,   i in 0...128
//      `sizeToClass128[i]` = the smallest class whose size is >= 1024 + i*128, i in 0...248
//      (Go's two lookup tables; RuntimeTests holds Go's literal tables and
//      compares them entry by entry.)
//   2. `divMagic[c]` = ^UInt32(0)/size + 1, so that an offset in a span is
//      divided by the object size with one multiply and a shift.
//   3. The number of objects in a span (`objectsPerSpan`) follows Go 1.27 with
//      the Green Tea collector: spans of objects from 16 to 512 bytes reserve
//      128 bytes of inline mark bits at the end; pointerful ("scan") spans of
//      objects up to 512 bytes also reserve span/64 bytes for the pointer
//      bitmap.
//
// Invariants: class sizes are strictly increasing multiples of 8; a span of
// class c holds at least one object; `sizeClass(for: n)` is the smallest class
// whose size is >= n, for every 1 <= n <= 32768.

/// Allocator constants, as Go's runtime names them (linux/amd64).
public enum MemConst {
    public static let pageShift = 13
    public static let pageSize = 1 << 13
    public static let maxSmallSize = 32768
    public static let smallSizeDiv = 8
    public static let smallSizeMax = 1024
    public static let largeSizeDiv = 128
    public static let numSizeClasses = 68
    public static let numSpanClasses = 136
    public static let maxObjsPerSpan = 1024
    public static let maxSizeClassNPages = 10
    public static let tinySize = 16
    public static let tinySizeClass = 2
    public static let mallocHeaderSize = 8
    /// Exclusive bound: pointerful objects above it carry an 8-byte type header.
    public static let minSizeForMallocHeader = 512
    /// Objects above this many bytes are large (Go 1.22+: 32768 - 8).
    public static let maxSmallAlloc = 32768 - 8
    public static let arenaShift = 26
    public static let arenaBytes = 1 << 26
    public static let pagesPerArena = (1 << 26) >> 13
    /// A page-allocator chunk: 512 pages, 4 MiB.
    public static let chunkPages = 512
    public static let chunkBytes = 512 << 13
    /// Bytes reserved at the end of small spans for Green Tea's inline mark bits.
    public static let inlineMarkBitsBytes = 128
}

/// The per-class tables. `size` and `npages` are Go's data; the rest is derived.
public enum SizeClasses {
    public static let size: [Int] = [
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    ]
    public static let npages: [Int] = [
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5,
        7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
    ]

    /// Go's `size_to_class8`: index (size+7)/8 for sizes up to 1024.
    public static let sizeToClass8: [UInt8] = (0...(MemConst.smallSizeMax / MemConst.smallSizeDiv)).map {
        UInt8(smallestClass(atLeast: $0 * MemConst.smallSizeDiv))
    }
    /// Go's `size_to_class128`: index (size-1024+127)/128 for sizes above 1024.
    public static let sizeToClass128: [UInt8] =
        (0...((MemConst.maxSmallSize - MemConst.smallSizeMax) / MemConst.largeSizeDiv)).map {
            UInt8(smallestClass(atLeast: MemConst.smallSizeMax + $0 * MemConst.largeSizeDiv))
        }
    /// `^uint32(0)/size + 1` per class (0 for class 0).
    public static let divMagic: [UInt32] = size.map { $0 == 0 ? 0 : UInt32.max / UInt32($0) &+ 1 }

    private static func smallestClass(atLeast n: Int) -> Int {
        if n == 0 { return 0 }
        for c in 1..<size.count where size[c] >= n { return c }
        runtimeThrow("runtime: size \(n) beyond the largest size class")
    }

    /// The class serving an object of `n` bytes, 1 <= n <= 32768; 0 ("large",
    /// or nothing) for any other n.
    @inlinable
    public static func sizeClass(for n: Int) -> Int {
        if n <= 0 || n > MemConst.maxSmallSize { return 0 }
        return SizeClassTable.shared.sizeClass(n)
    }

    /// Go's `roundupsize`: the capacity a request of `size` bytes really gets
    /// (what `append` grows to). Pointerful objects above 512 bytes carry an
    /// 8-byte header that is not part of the usable size.
    public static func roundUpSize(_ n: Int, noscan: Bool) -> Int {
        if n <= MemConst.maxSmallAlloc {
            let header = (!noscan && n > MemConst.minSizeForMallocHeader) ? MemConst.mallocHeaderSize : 0
            return size[sizeClass(for: n + header)] - header
        }
        let rounded = n &+ (MemConst.pageSize - 1)
        if rounded < n { return n }
        return rounded & ~(MemConst.pageSize - 1)
    }

    /// Objects in one span of class `sizeClass` (Go 1.27, Green Tea layout).
    public static func objectsPerSpan(sizeClass c: Int, noscan: Bool) -> Int {
        let bytes = npages[c] * MemConst.pageSize
        let elem = size[c]
        var reserve = 0
        if elem >= 16 && elem <= MemConst.minSizeForMallocHeader { reserve += MemConst.inlineMarkBitsBytes }
        if !noscan && elem <= MemConst.minSizeForMallocHeader { reserve += bytes / 64 }
        return (bytes - reserve) / elem
    }
}

/// The lookup tables in raw memory, so the allocation fast path reads them
/// without Swift array bounds checks or lazy-global checks.
public final class SizeClassTable: @unchecked Sendable {
    // Immutable after init; shared by every heap in the process.
    public static let shared = SizeClassTable()

    @usableFromInline let class8: UnsafeMutablePointer<UInt8>
    @usableFromInline let class128: UnsafeMutablePointer<UInt8>
    @usableFromInline let classSize: UnsafeMutablePointer<UInt32>

    private init() {
        class8 = .allocate(capacity: SizeClasses.sizeToClass8.count)
        class128 = .allocate(capacity: SizeClasses.sizeToClass128.count)
        classSize = .allocate(capacity: MemConst.numSizeClasses)
        for (i, v) in SizeClasses.sizeToClass8.enumerated() { class8[i] = v }
        for (i, v) in SizeClasses.sizeToClass128.enumerated() { class128[i] = v }
        for (i, v) in SizeClasses.size.enumerated() { classSize[i] = UInt32(v) }
    }

    /// Go's lookup: class8 up to 1016 bytes, class128 above. 1 <= n <= 32768.
    @inlinable @inline(__always)
    public func sizeClass(_ n: Int) -> Int {
        if n <= MemConst.smallSizeMax - 8 {
            return Int(class8[(n &+ 7) &>> 3])
        }
        return Int(class128[(n &- MemConst.smallSizeMax &+ 127) &>> 7])
    }
}

/// `sizeclass<<1 | noscan`: 136 span classes; class 0 spans hold large objects.
public struct SpanClass: Hashable, Sendable, CustomStringConvertible {
    public var raw: UInt8
    @inlinable public init(raw: UInt8) { self.raw = raw }
    @inlinable public init(sizeClass: Int, noscan: Bool) {
        raw = UInt8(sizeClass << 1) | (noscan ? 1 : 0)
    }
    @inlinable public var sizeClass: Int { Int(raw >> 1) }
    @inlinable public var noscan: Bool { raw & 1 != 0 }
    @inlinable public var index: Int { Int(raw) }
    /// The span class of tiny blocks: 16-byte noscan objects (5).
    public static let tiny = SpanClass(sizeClass: MemConst.tinySizeClass, noscan: true)
    public var description: String { "\(sizeClass)\(noscan ? "n" : "s")" }
}

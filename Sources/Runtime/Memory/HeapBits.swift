// HeapBits.swift — where the collector finds the pointers of a heap object.
//
// gosub follows Go 1.22+ (RUNTIME-REFERENCE §4), not a per-arena bitmap:
//
//   noscan spans          no metadata at all
//   scan, elemsize <= 512 one bit per 8-byte word of the span, in a bitmap at
//                         the end of the span's page (the span/64 bytes that
//                         objectsPerSpan reserves), written at allocation
//   scan, elemsize > 512  an 8-byte malloc header in the slot: the type word
//                         (TypeLayout.descriptor); the object follows it
//   large objects         the type word on the span (`largeType`)
//
// Span-end layout of a one-page scan span (Go 1.27 with Green Tea):
//
//   base                                             base+8192
//   | objects ... | unused | heap bits (128 B) | inline mark bits (128 B) |
//
// (spans of 8-byte objects have no inline mark bits: their bitmap is the
// last 128 bytes.) gosub reserves the inline-mark area to keep Go's object
// counts; its collector keeps mark bits in the span struct instead.
//
// Writing (Go's heapSetTypeNoHeader): for word i of the slot, the bit is the
// type's GC mask bit for offset (i*8) mod type.size, when i*8 < dataSize and
// that offset is inside the pointer prefix; 0 elsewhere, so the tail of a
// slot reads as "no pointer". Arrays tile the mask.

@usableFromInline
enum HeapBits {
    /// Address and length of the span-end bitmap of a scan span with small objects.
    static func range(span: UnsafeMutablePointer<MSpan>) -> (UInt, Int) {
        let spanBytes = span.pointee.npages * MemConst.pageSize
        let size = spanBytes / 64
        var base = span.pointee.startAddr + UInt(spanBytes - size)
        if span.pointee.elemsize >= 16 { base -= UInt(MemConst.inlineMarkBitsBytes) }
        return (base, size)
    }

    static func clear(span: UnsafeMutablePointer<MSpan>) {
        let (b, n) = range(span: span)
        UnsafeMutableRawPointer(bitPattern: b)!.initializeMemory(as: UInt8.self, repeating: 0, count: n)
    }

    /// Record the pointer words of a new object at `object` holding `dataSize` bytes of `type`.
    /// An object of at most 512 bytes has at most 64 words: its bits are built
    /// in one UInt64 and stored with at most two word-sized read-modify-writes
    /// (Go's writeHeapBitsSmall).
    @usableFromInline
    static func write(span: UnsafeMutablePointer<MSpan>, object: UInt, dataSize: Int, type: TypeLayout) {
        let (b, _) = range(span: span)
        let bitmap = UnsafeMutableRawPointer(bitPattern: b)!
        let first = Int(object - span.pointee.startAddr) / 8
        let words = Int(span.pointee.elemsize) / 8
        var src: UInt64 = 0
        if type.size > 0, let mask = type.gcmask {
            let typeWords = type.size / 8
            let ptrWords = (type.ptrBytes + 7) / 8
            let dataWords = min(words, (dataSize + 7) / 8)
            var w = 0, inType = 0
            while w < dataWords {
                if inType < ptrWords && mask[inType >> 3] & (1 << UInt8(inType & 7)) != 0 { src |= 1 << UInt64(w) }
                w += 1
                inType += 1
                if inType == typeWords { inType = 0 }
            }
        }
        let objMask: UInt64 = words == 64 ? ~0 : (1 << UInt64(words)) - 1
        let word = first / 64, shift = first % 64
        let p = bitmap.assumingMemoryBound(to: UInt64.self)
        p[word] = (p[word] & ~(objMask << UInt64(shift))) | (src << UInt64(shift))
        if shift + words > 64 {
            let rest = UInt64(64 - shift)
            p[word + 1] = (p[word + 1] & ~(objMask >> rest)) | (src >> rest)
        }
    }

    /// Does the 8-byte word at `addr` (inside a small scan object without header) hold a pointer?
    static func isPointer(span: UnsafeMutablePointer<MSpan>, word addr: UInt) -> Bool {
        let (b, _) = range(span: span)
        let k = Int(addr - span.pointee.startAddr) / 8
        return UnsafePointer<UInt8>(bitPattern: b)![k >> 3] & (1 << UInt8(k & 7)) != 0
    }
}

/// How the collector reads the pointers of one heap object.
public enum PointerInfo: Equatable {
    /// The object holds no pointers.
    case noscan
    /// Small object: the words listed by `MHeap.pointerWords(of:)` (span-end bits).
    case spanBits
    /// Small object with a malloc header, or large object: the type descriptor word.
    case typeWord(UInt)
}

extension MHeap {
    /// Where the pointers of the object at `base` (as returned by malloc) are described.
    public func pointerInfo(of base: UInt) -> PointerInfo? {
        guard let s = spanOfHeap(base) else { return nil }
        if s.pointee.spanclass.noscan { return .noscan }
        if s.pointee.spanclass.sizeClass == 0 { return .typeWord(s.pointee.largeType) }
        if s.pointee.elemsize > UInt(MemConst.minSizeForMallocHeader) {
            let slot = s.pointee.startAddr + UInt(s.pointee.objIndex(base)) * s.pointee.elemsize
            return .typeWord(UnsafePointer<UInt>(bitPattern: slot)!.pointee)
        }
        return .spanBits
    }

    /// For a small scan object without header: a flag per word of its slot, true where a pointer lives.
    public func pointerWords(of base: UInt) -> [Bool] {
        guard let s = spanOfHeap(base), !s.pointee.spanclass.noscan,
              s.pointee.elemsize <= UInt(MemConst.minSizeForMallocHeader), s.pointee.spanclass.sizeClass != 0
        else { return [] }
        let slot = s.pointee.startAddr + UInt(s.pointee.objIndex(base)) * s.pointee.elemsize
        return (0..<Int(s.pointee.elemsize / 8)).map { HeapBits.isPointer(span: s, word: slot + UInt($0 * 8)) }
    }
}

// Mark.swift — the collector's marking engine: shading candidate pointers,
// a grey stack of objects marked but not yet scanned, and scanning an object
// by its pointer metadata (HeapBits.swift), plus the trigger the pacer arms.
//
// shade(p) (Go's greyobject): if p lies inside an allocated object of an
// in-use heap span and the object is unmarked, mark it; if its span is not
// noscan, push its base on the grey stack. Anything else (nil, a stack, the
// static segment, a free slot, a word that only looks like an address) is
// ignored, so a root that may or may not hold a pointer can be shaded safely.
//
// drain() pops grey objects and shades their pointer words until the stack
// is empty (black = marked and scanned):
//   small, no header   the span-end bits, one per word of the slot
//   header or large    the type word names a TypeLayout registered by the
//                      VM (`registerLayout`); its mask tiles over the data.
//                      An unknown type word is scanned word by word.
//
// Trigger: the allocator charges heapLive at span refills and large
// allocations; when heapLive reaches `gcTrigger` it sets `gcRequest`, a flag
// the VM reads at its safepoints (loop back-edges and calls), where every
// live value is in a frame slot, a heap object or a runtime root. While the
// collector marks (`marking`), every refill sets it too: the allocating
// goroutine then scans its share (an assist) at its next safepoint.
// `stressGC` makes every allocation set the flag (the slow path is forced).
//
// Large objects are scanned 8 KiB at a time (oblets). `drain(budget:)`
// stops after about `budget` bytes, so marking can run in slices; the
// deletion barrier `shadeOld` keeps it correct meanwhile.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The collector's working state, owned by the heap.
struct MarkState {
    var grey: UnsafeMutablePointer<UInt>
    var count = 0
    var capacity: Int
    /// Type layouts by descriptor address (the words in malloc headers and on large spans).
    var layouts: [UInt: TypeLayout] = [:]
    /// Bytes of objects scanned this cycle (the pacer's scan work).
    var scanned: UInt64 = 0
    /// Pieces of large objects still to scan: address, bytes, type descriptor.
    var oblets: [(UInt, Int, UInt)] = []

    init() {
        capacity = 4096
        grey = .allocate(capacity: capacity)
    }
}

extension MHeap {
    /// Makes objects whose header or span names `layout.descriptor` scannable.
    public func registerLayout(_ layout: TypeLayout) {
        if layout.ptrBytes > 0 { mark.layouts[layout.descriptor] = layout }
    }

    /// The GC is wanted: bit 0 of the word the VM reads at safepoints (non-zero:
    /// something to do there; bit 1 is the CPU profiler's tick, VM/CPUProfile.swift).
    public var gcRequested: Bool {
        get { gcRequest.pointee & 1 != 0 }
        set { if newValue { gcRequest.pointee |= 1 } else { gcRequest.pointee &= ~1 } }
    }

    /// Arms the request flag when the pacer's heapLive reaches the trigger.
    @inline(__always)
    func checkTrigger() {
        // while marking, every refill asks for a mark slice (the allocating goroutine's assist)
        if stats.heapLive >= gcTrigger || marking.pointee != 0 { gcRequest.pointee |= 1 }
    }

    /// Every allocation takes the slow path and asks for a collection (GC stress mode).
    public var stressGC: Bool {
        get { flags.pointee & HeapFlags.stress.rawValue != 0 }
        set { setFlag(.stress, newValue) }
    }

    /// Shade the word `v` if it points into an allocated heap object.
    @inline(__always)
    public func shade(_ v: UInt) {
        guard let (s, base) = setMark(v), !s.pointee.spanclass.noscan else { return }
        if mark.count == mark.capacity { growGrey() }
        mark.grey[mark.count] = base
        mark.count += 1
    }

    /// Marks the object containing `v` if `v` points into an allocated heap object
    /// that is not marked yet; returns its span and slot. (Go's findObject and
    /// greyobject's marking; pointers anywhere else are ignored.)
    @inline(__always)
    func setMark(_ v: UInt) -> (UnsafeMutablePointer<MSpan>, UInt)? {
        guard let ha = arenas.arena(of: v) else { return nil }
        let page = Int((v - ha.pointee.base) >> UInt(MemConst.pageShift))
        guard let s = ha.pointee.spans[page], s.pointee.state == .inUse,
              v >= s.pointee.startAddr, v < s.pointee.limit else { return nil }
        let i = s.pointee.objIndex(v)
        if s.pointee.isFree(i) || !s.pointee.setMarked(i) { return nil }
        // the span's first page may lie in an earlier arena (a large object)
        let sa = s.pointee.startAddr >= ha.pointee.base ? ha : arenas.arena(of: s.pointee.startAddr)!
        let first = Int((s.pointee.startAddr - sa.pointee.base) >> UInt(MemConst.pageShift))
        sa.pointee.pageMarks[first >> 3] |= 1 << UInt8(first & 7)
        return (s, s.pointee.startAddr + UInt(i) * s.pointee.elemsize)
    }

    private func growGrey() {
        let n = mark.capacity * 2
        let g = UnsafeMutablePointer<UInt>.allocate(capacity: n)
        g.update(from: mark.grey, count: mark.count)
        mark.grey.deallocate()
        mark.grey = g
        mark.capacity = n
    }

    /// Shade every word of [p, p + 8·words): memory whose pointer words are not described.
    public func shadeRange(_ p: UInt, words: Int) {
        guard words > 0, let w = UnsafePointer<UInt>(bitPattern: p) else { return }
        for k in 0..<words { shade(w[k]) }
    }

    /// Scan grey objects until none is left.
    public func drain() {
        _ = drain(budget: Int.max)
    }

    /// Scan grey objects (and pieces of large ones) until about `budget` bytes were
    /// scanned or the monotonic clock passes `deadline` (ns); true when no grey object is left.
    public func drain(budget: Int, deadline: UInt64 = .max) -> Bool {
        let start = mark.scanned
        var steps = 0
        while UInt64(budget) > mark.scanned &- start {
            steps &+= 1
            if steps & 15 == 0 && deadline != .max {
                var ts = timespec()
                clock_gettime(CLOCK_MONOTONIC, &ts)
                if UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec) > deadline { break }
            }
            if let o = mark.oblets.popLast() {
                scanOblet(o.0, bytes: o.1, descriptor: o.2)
            } else if mark.count > 0 {
                mark.count -= 1
                scanObject(mark.grey[mark.count])
            } else {
                return true
            }
        }
        return mark.count == 0 && mark.oblets.isEmpty
    }

    /// The deletion barrier: shade the pointers about to be overwritten in
    /// [p, p + bytes) while the collector marks (Go's shade of *slot; with every
    /// stack scanned when the cycle starts, this keeps the start's snapshot alive).
    @inline(__always)
    public func shadeOld(_ p: UnsafeRawPointer, bytes: Int) {
        if marking.pointee == 0 { return }
        shadeOldSlow(UInt(bitPattern: p), bytes: bytes)
    }

    @inline(never)
    private func shadeOldSlow(_ p: UInt, bytes: Int) {
        var a = (p + 7) & ~7
        while a + 8 <= p + UInt(bytes) {
            shade(UnsafePointer<UInt>(bitPattern: a)!.pointee)
            a += 8
        }
    }

    /// Shade the pointers of the object at `base` (its slot start).
    private func scanObject(_ base: UInt) {
        guard let s = spanOf(base) else { return }
        let size = Int(s.pointee.elemsize)
        if s.pointee.spanclass.sizeClass == 0 {
            let n = Int(s.pointee.limit - s.pointee.startAddr)
            scanOblet(s.pointee.startAddr, bytes: n, descriptor: s.pointee.largeType)
        } else if size > MemConst.minSizeForMallocHeader {
            mark.scanned &+= UInt64(size)
            let desc = UnsafePointer<UInt>(bitPattern: base)!.pointee
            scanTyped(base + UInt(MemConst.mallocHeaderSize), bytes: size - MemConst.mallocHeaderSize, descriptor: desc)
        } else {
            mark.scanned &+= UInt64(size)
            let (b, _) = HeapBits.range(span: s)
            let bits = UnsafePointer<UInt8>(bitPattern: b)!
            let k0 = Int(base - s.pointee.startAddr) >> 3
            let words = UnsafePointer<UInt>(bitPattern: base)!
            for k in 0..<(size >> 3) {
                let bit = k0 + k
                if bits[bit >> 3] & (1 << UInt8(bit & 7)) != 0 { shade(words[k]) }
            }
        }
    }

    /// A large object is scanned in pieces of at most 8 KiB (Go's oblets, of
    /// 128 KiB there: each of up to 1024 pointers may miss the cache), the rest
    /// queued, so that no mark slice is long.
    private func scanOblet(_ p: UInt, bytes: Int, descriptor: UInt) {
        let piece = 8 << 10
        var n = bytes
        if n > piece, let l = mark.layouts[descriptor], l.size > 0 {
            n = max(piece / l.size, 1) * l.size   // whole elements, so the mask stays aligned
            if n < bytes { mark.oblets.append((p + UInt(n), bytes - n, descriptor)) } else { n = bytes }
        } else if n > piece && mark.layouts[descriptor] == nil {
            n = piece
            mark.oblets.append((p + UInt(n), bytes - n, descriptor))
        }
        mark.scanned &+= UInt64(n)
        scanTyped(p, bytes: n, descriptor: descriptor)
    }

    /// Shade the pointer words of `bytes` of data at p holding values of the type `descriptor` names.
    private func scanTyped(_ p: UInt, bytes: Int, descriptor: UInt) {
        let words = UnsafePointer<UInt>(bitPattern: p)!
        guard let l = mark.layouts[descriptor], let mask = l.gcmask, l.size > 0 else {
            shadeRange(p, words: bytes >> 3)
            return
        }
        let ptrWords = l.ptrBytes >> 3
        let elemWords = l.size >> 3
        var e = 0
        let total = bytes >> 3
        while e < total {
            let n = min(ptrWords, total - e)
            for k in 0..<n where mask[k >> 3] & (1 << UInt8(k & 7)) != 0 { shade(words[e + k]) }
            e += elemWords
        }
    }

    /// Where the object containing p starts (past a malloc header), or nil if p is not in one.
    public func objectStart(_ p: UInt) -> UInt? {
        guard let (base, s, _) = findObject(p) else { return nil }
        let header = s.pointee.spanclass.sizeClass != 0 && !s.pointee.spanclass.noscan
            && Int(s.pointee.elemsize) > MemConst.minSizeForMallocHeader
        return header ? base + UInt(MemConst.mallocHeaderSize) : base
    }

    /// Shade the pointers of the object containing p, without marking it (for finalizable objects).
    public func scanContents(_ p: UInt) {
        guard let (base, s, _) = findObject(p), !s.pointee.spanclass.noscan else { return }
        scanObject(base)
    }

    /// Bytes scanned since `resetScanWork`.
    public var scanWork: UInt64 { mark.scanned }
    public func resetScanWork() { mark.scanned = 0 }
}

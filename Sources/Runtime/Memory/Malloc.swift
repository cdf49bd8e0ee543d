// Malloc.swift — mallocgc: the one entry point for heap allocation.
//
// Which path serves a request (Go 1.22+, RUNTIME-REFERENCE §1.4):
//   size == 0                      the heap's zerobase; nothing is allocated
//   size > 32760                   large: a span of its own, ceil(size/8192) pages
//   no pointers, size < 16         the tiny allocator (TinyAlloc.swift)
//   no pointers                    small noscan: a slot of class sizeClass(size)
//   pointers, size <= 512          small scan: pointer bits at the span end (HeapBits)
//   pointers, size > 512           small scan with header: class of size+8, the
//                                  type word in the slot's first 8 bytes, the
//                                  object right after it
//
// The fast paths (`mallocNoScan`, the first half of `malloc`) are @inlinable
// for the VM: one load of the flag word, one table lookup, ctz on the span's
// allocCache. NOTE: they are safe without a lock because an mcache belongs
// to one P and only that P's goroutine allocates from it. Anything unusual —
// a full span, tracing, allocate-black, zero or large sizes — goes to the
// out-of-line `mallocSlow`, which handles every case on its own.
//
// Zeroing: a slot is cleared only if its span's `needzero` is set (memory
// handed out before); fresh and scavenged pages are zero already. Pointerful
// objects are always zeroed (needzero cannot be false for them).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the allocator needs to know of a Go type (from its type descriptor).
public struct TypeLayout {
    /// Address of the runtime type descriptor: stored in malloc headers and on large spans.
    public var descriptor: UInt
    /// Size of one value of the type (an allocation may hold an array of them).
    public var size: Int
    /// Length of the prefix of a value that holds pointers (Go's PtrBytes); 0 = no pointers.
    public var ptrBytes: Int
    /// One bit per pointer-sized word of that prefix (Go's GCData), least significant bit first.
    public var gcmask: UnsafePointer<UInt8>?

    public init(descriptor: UInt, size: Int, ptrBytes: Int, gcmask: UnsafePointer<UInt8>?) {
        self.descriptor = descriptor
        self.size = size
        self.ptrBytes = ptrBytes
        self.gcmask = gcmask
    }
}

extension MCache {
    /// Allocate `size` bytes that hold no pointers. Returns the address.
    @inlinable
    public func mallocNoScan(_ size: Int, needzero: Bool = true, site: UInt32 = 0) -> UInt {
        let st = s
        if _fastPath(st.pointee.flags.pointee == 0) {
            if size >= 16 {
                if size <= 32760 {
                    let c: Int
                    if size <= 1016 { c = Int(st.pointee.class8[(size &+ 7) &>> 3]) }
                    else { c = Int(st.pointee.class128[(size &- 1024 &+ 127) &>> 7]) }
                    let span = st.pointee.alloc[c &<< 1 | 1]
                    let v = span.pointee.nextFreeFast()
                    if _fastPath(v != 0) {
                        if needzero && span.pointee.needzero {
                            memset(UnsafeMutableRawPointer(bitPattern: v)!, 0, Int(span.pointee.elemsize))
                        }
                        return v
                    }
                }
            } else if size > 0 {
                var off = st.pointee.tinyoffset
                if size & 7 == 0 { off = (off &+ 7) & ~7 }
                else if size & 3 == 0 { off = (off &+ 3) & ~3 }
                else if size & 1 == 0 { off = (off &+ 1) & ~1 }
                if off &+ size <= 16 && st.pointee.tiny != 0 {
                    st.pointee.tinyoffset = off &+ size
                    st.pointee.tinyAllocs &+= 1
                    return st.pointee.tiny &+ UInt(off)
                }
            }
        }
        return mallocSlow(size, type: nil, needzero: needzero, site: site)
    }

    /// Allocate `size` bytes for values of `type` (`size` may be a multiple of
    /// `type.size`: an array or a slice's backing store). Always zeroed.
    @inlinable
    public func malloc(_ size: Int, type: TypeLayout, site: UInt32 = 0) -> UInt {
        if type.ptrBytes == 0 { return mallocNoScan(size, needzero: true, site: site) }
        let st = s
        if _fastPath(st.pointee.flags.pointee == 0) && size > 0 && size <= 512 {
            // Small scan object without header: a slot, then its pointer bits.
            let span = st.pointee.alloc[Int(st.pointee.class8[(size &+ 7) &>> 3]) &<< 1]
            let v = span.pointee.nextFreeFast()
            if _fastPath(v != 0) {
                if span.pointee.needzero {
                    memset(UnsafeMutableRawPointer(bitPattern: v)!, 0, Int(span.pointee.elemsize))
                }
                HeapBits.write(span: span, object: v, dataSize: size, type: type)
                return v
            }
        }
        return mallocSlow(size, type: type, needzero: true, site: site)
    }

    /// Every allocation path, with tracing and allocate-black. Out of line.
    @usableFromInline @inline(never)
    func mallocSlow(_ size: Int, type: TypeLayout?, needzero: Bool, site: UInt32) -> UInt {
        let heap = self.heap
        if size == 0 {
            if s.pointee.flags.pointee & HeapFlags.tracing.rawValue != 0 {
                heap.emitAlloc(path: .zerobase, size: 0, spanClass: SpanClass(raw: 0), address: heap.zerobase,
                               elemsize: 0, site: site)
            }
            return heap.zerobase
        }
        if size < 0 { runtimeThrow("runtime: negative allocation size") }
        let noscan = type == nil || type!.ptrBytes == 0
        var x: UInt
        var path: AllocPath
        var spc: SpanClass
        var elemsize: Int
        if size <= MemConst.maxSmallAlloc {
            if noscan && size < MemConst.tinySize {
                (x, path) = mallocTiny(size)
                spc = .tiny
                elemsize = path == .tiny ? 0 : MemConst.tinySize
            } else {
                let header = !noscan && size > MemConst.minSizeForMallocHeader
                let c = SizeClasses.sizeClass(for: header ? size + MemConst.mallocHeaderSize : size)
                spc = SpanClass(sizeClass: c, noscan: noscan)
                var span = s.pointee.alloc[spc.index]
                var v = span.pointee.nextFreeFast()
                path = .mcache
                if v == 0 {
                    let refilled: Bool
                    (v, refilled) = nextFree(spc)
                    if refilled { path = heap.refillPath }
                    span = s.pointee.alloc[spc.index]
                }
                elemsize = Int(span.pointee.elemsize)
                if (needzero || !noscan) && span.pointee.needzero {
                    memset(UnsafeMutableRawPointer(bitPattern: v)!, 0, elemsize)
                }
                x = v
                if !noscan {
                    if header {
                        UnsafeMutablePointer<UInt>(bitPattern: v)!.pointee = type!.descriptor
                        x = v + UInt(MemConst.mallocHeaderSize)
                    } else {
                        HeapBits.write(span: span, object: v, dataSize: size, type: type!)
                    }
                }
            }
        } else {
            (x, path) = mallocLarge(size, type: type, needzero: needzero)
            spc = SpanClass(sizeClass: 0, noscan: noscan)
            elemsize = (size + MemConst.pageSize - 1) / MemConst.pageSize * MemConst.pageSize
        }
        let f = s.pointee.flags.pointee
        if f & HeapFlags.allocBlack.rawValue != 0 {
            heap.markObject(x)
        }
        if f & HeapFlags.stress.rawValue != 0 { heap.gcRequested = true }
        if f & HeapFlags.tracing.rawValue != 0 {
            heap.emitAlloc(path: path, size: size, spanClass: spc, address: x, elemsize: elemsize, site: site)
        }
        return x
    }

    /// A large object: a span of its own straight from the heap.
    func mallocLarge(_ size: Int, type: TypeLayout?, needzero: Bool) -> (UInt, AllocPath) {
        let heap = self.heap
        let noscan = type == nil || type!.ptrBytes == 0
        guard size <= Int.max - MemConst.pageSize else { runtimeThrow("runtime: out of memory: cannot allocate \(size)-byte block") }
        let npages = (size + MemConst.pageSize - 1) / MemConst.pageSize
        let spc = SpanClass(sizeClass: 0, noscan: noscan)
        heap.refillPath = .mheap
        guard let span = heap.allocSpan(npages: npages, spanclass: spc) else {
            runtimeThrow("runtime: out of memory: cannot allocate \(npages * MemConst.pageSize)-byte block")
        }
        let path = heap.refillPath
        let bytes = UInt64(npages * MemConst.pageSize)
        heap.updateStats {
            $0.largeAlloc += bytes
            $0.largeAllocCount += 1
            $0.heapLive += bytes
        }
        heap.checkTrigger()
        span.pointee.limit = span.pointee.startAddr + UInt(size)
        span.pointee.freeindex = 1
        span.pointee.allocCount = 1
        span.pointee.allocCache = 0
        span.pointee.largeType = noscan ? 0 : type!.descriptor
        // Visible to the sweeper.
        heap.central[spc.index].pushFullSwept(span)
        if (needzero || !noscan) && span.pointee.needzero {
            memset(UnsafeMutableRawPointer(bitPattern: span.pointee.startAddr)!, 0, size)
        }
        return (span.pointee.startAddr, path)
    }
}

// AllocEvents.swift — the allocation event stream (for `gosub trace`).
//
// Every allocation can be reported with the path that served it, and span
// and arena changes too. Nobody listening costs one load and one branch on
// the fast path: the heap's flag word (`HeapFlags.tracing`) is zero, and the
// fast path in Malloc.swift only runs when the whole word is zero. Setting a
// sink turns the flag on; every allocation then takes the slow path, which
// reports it.
//
// Paths, from cheapest to dearest:
//   zerobase  size 0: the shared zero-size address, nothing allocated
//   tiny      packed into the current 16-byte tiny block
//   mcache    a free slot of the span the mcache holds
//   mcentral  the mcache's span was full; the mcentral supplied a span it had
//   mheap     a span freshly cut from free heap pages (mcentral grow, or a
//             large object)
//   newArena  as mheap, but the heap first had to reserve a new arena
//
// One line per event (`description`), space-separated key=value fields:
//   alloc path=mcache size=24 class=3 spc=3n addr=0xc000010018 elem=24 g=1 site=17
//   span op=alloc base=0xc000010000 pages=1 spc=3n
//   arena base=0xc000000000 bytes=67108864
//   scavenge base=0xc000400000 bytes=65536
//   free addr=0xc000010018 elem=24 class=3       (the sweeper freed it)
// class/spc: size class and span class (n = noscan, s = scan); elem: slot
// bytes charged (0 inside a tiny block); g: goroutine id; site: the
// allocation site's id from the compiler (0 = unknown).

public enum AllocPath: UInt8, Sendable, CustomStringConvertible {
    case zerobase, tiny, mcache, mcentral, mheap, newArena
    public var description: String {
        switch self {
        case .zerobase: "zerobase"
        case .tiny: "tiny"
        case .mcache: "mcache"
        case .mcentral: "mcentral"
        case .mheap: "mheap"
        case .newArena: "newArena"
        }
    }
}

public enum SpanEventKind: String, Sendable {
    case spanAlloc = "alloc"
    case spanFree = "free"
    case manualAlloc = "manual"
}

public struct AllocRecord: Sendable, Equatable {
    public var path: AllocPath
    public var size: Int
    public var spanClass: SpanClass
    public var address: UInt
    public var elemsize: Int
    public var goroutine: UInt64
    public var site: UInt32
    public var sizeClass: Int { spanClass.sizeClass }
}

public enum MemEvent: Sendable, CustomStringConvertible {
    case alloc(AllocRecord)
    case span(kind: SpanEventKind, base: UInt, npages: Int, spanClass: SpanClass)
    case arena(base: UInt, bytes: Int)
    case scavenge(base: UInt, bytes: Int)
    /// An object the sweeper freed (its slot, the bytes charged for it, its size class).
    case free(address: UInt, elemsize: Int, sizeClass: Int)

    public var description: String {
        switch self {
        case .alloc(let r):
            "alloc path=\(r.path) size=\(r.size) class=\(r.sizeClass) spc=\(r.spanClass) addr=0x\(String(r.address, radix: 16)) elem=\(r.elemsize) g=\(r.goroutine) site=\(r.site)"
        case .span(let kind, let base, let npages, let spc):
            "span op=\(kind.rawValue) base=0x\(String(base, radix: 16)) pages=\(npages) spc=\(spc)"
        case .arena(let base, let bytes):
            "arena base=0x\(String(base, radix: 16)) bytes=\(bytes)"
        case .scavenge(let base, let bytes):
            "scavenge base=0x\(String(base, radix: 16)) bytes=\(bytes)"
        case .free(let addr, let elem, let c):
            "free addr=0x\(String(addr, radix: 16)) elem=\(elem) class=\(c)"
        }
    }
}

/// Receives memory events. Called synchronously on the allocating thread,
/// sometimes with the heap lock held: a sink must not allocate from this heap.
public protocol AllocEventSink: AnyObject {
    func record(_ event: MemEvent)
}

extension MHeap {
    /// Start (or, with nil, stop) reporting events to `sink`.
    public func setEventSink(_ sink: (any AllocEventSink)?) {
        eventSink = sink
        setFlag(.tracing, sink != nil)
    }

    @inline(__always)
    func emit(_ e: @autoclosure () -> MemEvent) {
        if flags.pointee & HeapFlags.tracing.rawValue != 0, let sink = eventSink { sink.record(e()) }
    }

    func emitAlloc(path: AllocPath, size: Int, spanClass: SpanClass, address: UInt, elemsize: Int, site: UInt32) {
        emit(.alloc(AllocRecord(path: path, size: size, spanClass: spanClass, address: address,
                                elemsize: elemsize, goroutine: currentGoroutine, site: site)))
    }
}

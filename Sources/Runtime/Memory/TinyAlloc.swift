// TinyAlloc.swift — packing tiny pointer-free objects into 16-byte blocks.
//
// Go's tiny allocator (mallocgcTiny, RUNTIME-REFERENCE §1.5): objects with no
// pointers and size < 16 share 16-byte blocks of span class 5 (tiny, noscan).
//
//   1. align the current offset: size%8 == 0 -> 8, %4 -> 4, %2 -> 2, else 1;
//   2. if off+size <= 16 and there is a current block, the object goes there:
//      tinyAllocs++, no slot is taken (the fast path in Malloc.swift does
//      exactly this; this file is the slow path);
//   3. otherwise take a new 16-byte slot, zero both its words, put the
//      object at offset 0, and make the new block current only if it has
//      more room left than the old one (size < tinyoffset, or no block).
//
// A block is freed when no sub-object in it is reachable: the collector
// marks the block when it marks any object inside it. Counting follows Go:
// the block is one object of class 2 (Mallocs, HeapObjects, TotalAlloc += 16);
// each sub-object packed into an existing block adds one to both Mallocs and
// Frees, so it never shows in HeapObjects.
//
// Invariants: tiny != 0 implies tiny is a 16-byte slot of a span of class
// 5 cached by this mcache, and tinyoffset <= 16.

extension MCache {
    /// The tiny allocator's slow path. Returns the address and the path that served it.
    func mallocTiny(_ size: Int) -> (UInt, AllocPath) {
        var off = s.pointee.tinyoffset
        if size & 7 == 0 { off = (off + 7) & ~7 }
        else if size & 3 == 0 { off = (off + 3) & ~3 }
        else if size & 1 == 0 { off = (off + 1) & ~1 }
        if off + size <= MemConst.tinySize && s.pointee.tiny != 0 {
            s.pointee.tinyoffset = off + size
            s.pointee.tinyAllocs += 1
            return (s.pointee.tiny + UInt(off), .tiny)
        }
        let span = s.pointee.alloc[SpanClass.tiny.index]
        var v = span.pointee.nextFreeFast()
        var path = AllocPath.mcache
        if v == 0 {
            let refilled: Bool
            (v, refilled) = nextFree(.tiny)
            if refilled { path = heap.refillPath }
        }
        let words = UnsafeMutablePointer<UInt64>(bitPattern: v)!
        words[0] = 0
        words[1] = 0
        if size < s.pointee.tinyoffset || s.pointee.tiny == 0 {
            s.pointee.tiny = v
            s.pointee.tinyoffset = size
        }
        return (v, path)
    }
}

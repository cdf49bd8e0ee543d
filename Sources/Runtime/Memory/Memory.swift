// Memory.swift — a map of the allocator (no code: see each file's own design comment).
//
// Go's allocator (malloc.go, mheap.go, mcache.go, mcentral.go, mpagealloc.go)
// rebuilt in Swift. Every heap value of an interpreted program lives in memory
// mapped here; Swift objects only keep the books (mcentrals, the heap). Each
// file opens with its design: data structures, algorithm, invariants.
//
// | file | concept |
// |---|---|
// | `SizeClasses.swift` | the 68 size classes, span classes, Go's class8/class128 lookup, objects per span (Go 1.27, Green Tea), roundupsize |
// | `OSMemory.swift` | mmap/mprotect/madvise/munmap; the runtime lock |
// | `Arena.swift` | 64 MiB arenas at Go's hint addresses, address → arena → page → span in O(1), pageInUse, pageMarks, zeroedBase |
// | `PageAlloc.swift` | free/scavenged page bitmaps with per-chunk summaries, address-ordered first fit |
// | `MSpan.swift` | the span: allocBits, gcmarkBits, freeindex, allocCache (ctz fast path); the span struct pool |
// | `MCache.swift` | per-P cache: a span per span class, refill, releaseAll |
// | `MCentral.swift` | per span class: swept/unswept × partial/full sets, cacheSpan, uncacheSpan, grow |
// | `MHeap.swift` | the heap: allocSpan/freeSpan, manual (stack) spans, growth by arenas, lookups |
// | `Malloc.swift` | mallocgc: zero-size, tiny, small noscan, small scan (with and without header), large; the inlinable fast paths |
// | `TinyAlloc.swift` | packing pointer-free objects under 16 bytes into 16-byte blocks |
// | `HeapBits.swift` | pointer metadata (Go 1.22+ scheme): span-end bitmaps, malloc headers, largeType |
// | `Sweep.swift` | mark bits, the end of a cycle, sweepgen, lazy and full sweeping, reclaim |
// | `MemStats.swift` | the counters and runtime.ReadMemStats |
// | `AllocEvents.swift` | the allocation event stream and its one-line format |
// | `HeapCheck.swift` | the invariant checker (walks the heap, cross-checks spans, bits, lists, pages, counters) |
// | `Scavenger.swift` | returning free pages to the OS: on demand, FreeOSMemory, background steps |
//
// Using it: `let heap = MHeap()`, one `heap.makeMCache()` per P (an MCache must
// not outlive its heap), then `mcache.mallocNoScan(n)` / `mcache.malloc(n, type:)`.
// The collector drives `gcStartMark`, `markObject`, `gcFinishMark`, `sweepOne`.

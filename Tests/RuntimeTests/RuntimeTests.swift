// RuntimeTests.swift — what each test file guards (no code).
//
// | file | guards |
// |---|---|
// | `GoTables.swift` | Go 1.27's size-class tables, copied as data from `internal/runtime/gc/sizeclasses.go` |
// | `SizeClassTests.swift` | classes, lookup tables, the class of every size 0…32768, divMagic, objects per span, roundupsize against Go |
// | `PageAllocTests.swift` | the page allocator against a model (first fit across chunks, frees, scavenging) |
// | `MallocTests.swift` | every allocation path: zerobase, tiny alignment and packing, small and large objects, pointer metadata, zeroing/needzero, MemStats counters, scavenging, manual spans, allocate-black, the event stream |
// | `FidelityTests.swift` | replays `Programs/alloc/*.go` loops on the allocator; MemStats deltas must equal real Go's `.out` |
// | `StressTests.swift` | ~2M random allocations on two mcaches with random lifetimes and GC cycles, under the invariant checker (`STRESS_VERBOSE=1` prints heap figures per round) |

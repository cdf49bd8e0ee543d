// AllocBench — nanoseconds per allocation: gosub's allocator beside the C
// library's malloc, measured in the same run.
//
//   swift build -c release --product AllocBench && .build/release/AllocBench
//
// For each size, batches of 100k objects (fewer for large ones), memory
// reused from batch to batch:
//   nozero        the allocation loop with needzero: false (Go's rawstring
//                 and friends): the mcache fast path plus a refill per span
//   zeroed        the same with zeroing (reused memory is dirty: every object
//                 is cleared, as Go clears it)
//   zeroed+sweep  plus a GC cycle per batch in which nothing is live (mark
//                 start, mark end, sweep everything): the full cost of reuse
//   malloc, calloc  the C library's, allocation loop alone
//   malloc+free   malloc then free of the whole batch
// Each figure is the best of 5 rounds.

import Runtime
#if canImport(Glibc)
import Glibc
#endif

@inline(never)
func now() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

nonisolated(unsafe) var sink: UInt = 0
let batch = 100_000
let rounds = 5

struct Best {
    var fast = Double.infinity, zeroed = Double.infinity, sweep = Double.infinity
    var malloc = Double.infinity, calloc = Double.infinity, mallocFree = Double.infinity
}

func bench(size: Int, batch: Int) -> Best {
    let heap = MHeap()
    let c = heap.makeMCache()
    var best = Best()
    let ptrs = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: batch)
    defer { ptrs.deallocate() }
    // Warm up: map the memory once.
    for _ in 0..<batch { sink ^= c.mallocNoScan(size) }
    heap.gcStartMark(); heap.gcFinishMark(); heap.sweepAll()
    for _ in 0..<rounds {
        var t0 = now()
        for _ in 0..<batch { sink ^= c.mallocNoScan(size, needzero: false) }
        var t1 = now()
        heap.gcStartMark(); heap.gcFinishMark(); heap.sweepAll()
        best.fast = min(best.fast, Double(t1 - t0) / Double(batch))
        t0 = now()
        for _ in 0..<batch { sink ^= c.mallocNoScan(size) }
        t1 = now()
        heap.gcStartMark(); heap.gcFinishMark(); heap.sweepAll()
        let t2 = now()
        best.zeroed = min(best.zeroed, Double(t1 - t0) / Double(batch))
        best.sweep = min(best.sweep, Double(t2 - t0) / Double(batch))

        let m0 = now()
        for i in 0..<batch { ptrs[i] = malloc(size) }
        let m1 = now()
        for i in 0..<batch { sink ^= UInt(bitPattern: ptrs[i]); free(ptrs[i]) }
        let m2 = now()
        best.malloc = min(best.malloc, Double(m1 - m0) / Double(batch))
        best.mallocFree = min(best.mallocFree, Double(m2 - m0) / Double(batch))
        let c0 = now()
        for i in 0..<batch { ptrs[i] = calloc(1, size) }
        let c1 = now()
        for i in 0..<batch { sink ^= UInt(bitPattern: ptrs[i]); free(ptrs[i]) }
        best.calloc = min(best.calloc, Double(c1 - c0) / Double(batch))
    }
    return best
}

func fmt(_ v: Double) -> String {
    let s = String(Int((v * 10).rounded()))
    let head = s.count > 1 ? String(s.dropLast()) : "0"
    return head + "." + String(s.last!)
}

func pad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }

print("   size     nozero     zeroed   zeroed+sweep |   malloc   calloc  malloc+free   (ns per object, best of \(rounds))")
// Sizes may be given on the command line (for profiling one of them).
let only = Set(CommandLine.arguments.dropFirst().compactMap { Int($0) })
for (size, n) in [(16, batch), (64, batch), (256, batch), (1024, batch), (65536, 2000), (1 << 20, 200)]
    where only.isEmpty || only.contains(size) {
    let r = bench(size: size, batch: n)
    print(pad(String(size), 7) + pad(fmt(r.fast), 11) + pad(fmt(r.zeroed), 11) + pad(fmt(r.sweep), 15) + " |"
        + pad(fmt(r.malloc), 9) + pad(fmt(r.calloc), 9) + pad(fmt(r.mallocFree), 13))
}
// Pointerful objects (every word a pointer): zeroed always, pointer bits at
// the span end up to 512 bytes, a type header above.
func benchScan(size: Int) -> Double {
    let heap = MHeap()
    let c = heap.makeMCache()
    let mask = UnsafeMutablePointer<UInt8>.allocate(capacity: 16)
    mask.initialize(repeating: 0xff, count: 16)
    defer { mask.deallocate() }
    let t = TypeLayout(descriptor: 0x1000, size: size, ptrBytes: size, gcmask: UnsafePointer(mask))
    var best = Double.infinity
    for _ in 0...rounds {
        let t0 = now()
        for _ in 0..<batch { sink ^= c.malloc(size, type: t) }
        let t1 = now()
        heap.gcStartMark(); heap.gcFinishMark(); heap.sweepAll()
        best = min(best, Double(t1 - t0) / Double(batch))
    }
    return best
}

print("pointerful: " + [16, 64, 256, 1024].filter { only.isEmpty || only.contains($0) }
    .map { "\($0) B \(fmt(benchScan(size: $0))) ns" }.joined(separator: ", "))
if sink == 42 { print("") }

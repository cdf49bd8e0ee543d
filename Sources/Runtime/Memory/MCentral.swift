// MCentral.swift — the central free lists: one per span class (136).
//
// Data structures (Go's mcentral.go). Four span sets per class:
//
//   partial[sg/2%2]    swept spans with free slots     ("partialSwept")
//   partial[1-sg/2%2]  unswept spans with free slots   ("partialUnswept")
//   full[sg/2%2]       swept spans without free slots  ("fullSwept")
//   full[1-sg/2%2]     unswept spans without free slots
//
// where sg = mheap.sweepgen. Each GC cycle adds 2 to sweepgen, which swaps
// the roles: every swept set becomes unswept at once, with no span touched.
// Spans cached in an mcache are in no set. Large-object spans (class 0) are
// kept in `full` so the sweeper finds them.
//
// cacheSpan (an mcache needs a span with a free slot):
//   1. pop a swept partial span;
//   2. else pop unswept partial spans, sweep each and use it;
//   3. else pop unswept full spans, sweep each: use it if sweeping freed a
//      slot, else push it on fullSwept. Steps 2 and 3 share a budget of 100
//      spans (Go's bound on the work one allocation may do);
//   4. else grow: ask the heap for fresh pages (`MHeap.allocSpan`).
//   The span's allocCache is then loaded at freeindex.
// uncacheSpan (the mcache gives a span back, at refill or at GC):
//   a span cached before the sweep began (sweepgen == sg+1) is swept now;
//   otherwise it is marked swept (sg) and pushed on partialSwept or fullSwept.
//
// The lock guards the sets. Go's sets are lock-free; gosub's are arrays under
// the mcentral lock, which is what Go had before 1.15.

final class MCentral {
    let spanclass: SpanClass
    unowned(unsafe) let heap: MHeap
    private let lock = RuntimeLock()
    private var partial: [[UnsafeMutablePointer<MSpan>]] = [[], []]
    private var full: [[UnsafeMutablePointer<MSpan>]] = [[], []]

    init(spanclass: SpanClass, heap: MHeap) {
        self.spanclass = spanclass
        self.heap = heap
    }

    deinit { lock.destroy() }

    @inline(__always) private var swept: Int { Int(heap.sweepgen / 2 % 2) }
    @inline(__always) private var unswept: Int { 1 - Int(heap.sweepgen / 2 % 2) }

    func pushPartialSwept(_ s: UnsafeMutablePointer<MSpan>) {
        lock.lock(); partial[swept].append(s); lock.unlock()
    }

    func pushFullSwept(_ s: UnsafeMutablePointer<MSpan>) {
        lock.lock(); full[swept].append(s); lock.unlock()
    }

    private func pop(_ set: inout [UnsafeMutablePointer<MSpan>]) -> UnsafeMutablePointer<MSpan>? {
        lock.lock(); defer { lock.unlock() }
        return set.popLast()
    }

    /// A span with at least one free slot, for an mcache. nil only when the OS refuses memory.
    func cacheSpan() -> UnsafeMutablePointer<MSpan>? {
        let sg = heap.sweepgen
        var span: UnsafeMutablePointer<MSpan>?
        if let s = pop(&partial[swept]) {
            span = s
            heap.refillPath = .mcentral
        }
        var budget = 100
        while span == nil && budget > 0, let s = pop(&partial[unswept]) {
            budget -= 1
            if s.pointee.sweepgen == sg &- 2 {
                s.pointee.sweepgen = sg &- 1
                _ = heap.sweep(s, preserve: true)
                span = s
                heap.refillPath = .mcentral
            } else {
                runtimeThrow("runtime: unswept partial span with sweepgen \(s.pointee.sweepgen), heap \(sg)")
            }
        }
        while span == nil && budget > 0, let s = pop(&full[unswept]) {
            budget -= 1
            guard s.pointee.sweepgen == sg &- 2 else {
                runtimeThrow("runtime: unswept full span with sweepgen \(s.pointee.sweepgen), heap \(sg)")
            }
            s.pointee.sweepgen = sg &- 1
            _ = heap.sweep(s, preserve: true)
            if s.pointee.allocCount < s.pointee.nelems {
                span = s
                heap.refillPath = .mcentral
            } else {
                pushFullSwept(s)
            }
        }
        if span == nil {
            span = grow()
            if span == nil { return nil }
        }
        let s = span!
        let free = Int(s.pointee.nelems) - Int(s.pointee.allocCount)
        if free <= 0 || s.pointee.freeindex == s.pointee.nelems {
            runtimeThrow("runtime: span has no free objects")
        }
        let fi = Int(s.pointee.freeindex)
        s.pointee.refillAllocCache(word: fi / 64)
        s.pointee.allocCache >>= UInt64(fi % 64)
        return s
    }

    /// Take back a span from an mcache.
    func uncacheSpan(_ s: UnsafeMutablePointer<MSpan>) {
        let sg = heap.sweepgen
        let stale = s.pointee.sweepgen == sg &+ 1
        if stale {
            // Cached before the sweep began: it still holds last cycle's
            // marks. Sweep it now; sweep() files it where it belongs.
            s.pointee.sweepgen = sg &- 1
            _ = heap.sweep(s, preserve: false)
            return
        }
        s.pointee.sweepgen = sg
        if s.pointee.allocCount == s.pointee.nelems {
            pushFullSwept(s)
        } else {
            pushPartialSwept(s)
        }
    }

    /// A fresh span of this class from the heap.
    private func grow() -> UnsafeMutablePointer<MSpan>? {
        let c = spanclass.sizeClass
        guard let s = heap.allocSpan(npages: SizeClasses.npages[c], spanclass: spanclass) else { return nil }
        if heap.refillPath != .newArena { heap.refillPath = .mheap }
        return s
    }

    /// Pop one unswept span (partial first) for the background sweeper.
    func popUnswept() -> UnsafeMutablePointer<MSpan>? {
        if let s = pop(&partial[unswept]) { return s }
        return pop(&full[unswept])
    }

    /// Every span in the four sets, with (swept?, full?) — for HeapCheck.
    func forEachSpan(_ body: (UnsafeMutablePointer<MSpan>, Bool, Bool) -> Void) {
        lock.lock(); defer { lock.unlock() }
        let sw = swept
        for i in 0..<2 {
            for s in partial[i] { body(s, i == sw, false) }
            for s in full[i] { body(s, i == sw, true) }
        }
    }

    var unsweptCount: Int {
        lock.lock(); defer { lock.unlock() }
        return partial[unswept].count + full[unswept].count
    }
}

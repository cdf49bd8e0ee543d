// Goroutine stacks: segments of memory from the heap's manual (stack) spans.
// A frame never moves once placed, so a pointer into a stack stays valid
// (DESIGN.md). When a call's frame does not fit the current segment, the
// call slow path takes a new segment (double the last, or enough for the
// frame), copies header and arguments there and marks the frame so its
// return copies the results back. Segments are kept for reuse when the
// stack shrinks back. The sum of segments in use is bounded by Go's
// maximum stack size (1 GB on 64-bit): beyond it is `fatal error: stack
// overflow`, never a host crash.

import Runtime

public final class GoStack {
    public struct Segment {
        public var lo: UInt
        public var hi: UInt
    }
    public static let maxStackBytes = 1_000_000_000
    public static let firstSegmentBytes = 8 << 10
    let heap: MHeap
    public private(set) var segments: [Segment] = []
    var spare: [Segment] = []
    public private(set) var inUse = 0

    init(heap: MHeap) {
        self.heap = heap
    }

    /// Pushes a segment of at least `bytes`; nil when over the limit or out of memory.
    func push(atLeast bytes: Int) -> Segment? {
        if let i = spare.lastIndex(where: { Int($0.hi - $0.lo) >= bytes }) {
            let s = spare.remove(at: i)
            segments.append(s)
            inUse += Int(s.hi - s.lo)
            return s
        }
        var size = max(bytes, segments.last.map { Int($0.hi - $0.lo) * 2 } ?? Self.firstSegmentBytes)
        size = min(size, max(bytes, 64 << 20))
        if inUse + size > Self.maxStackBytes { return nil }
        let pages = (size + 8191) / 8192
        guard let base = heap.allocManual(npages: pages) else { return nil }
        let s = Segment(lo: base, hi: base + UInt(pages * 8192))
        segments.append(s)
        inUse += pages * 8192
        return s
    }

    /// Pops the newest segment (kept for reuse); returns the one below it.
    func pop() -> Segment? {
        guard let s = segments.popLast() else { return nil }
        inUse -= Int(s.hi - s.lo)
        spare.append(s)
        return segments.last
    }

    func releaseAll() {
        for s in segments + spare { heap.freeManual(s.lo) }
        segments = []
        spare = []
        inUse = 0
    }
}

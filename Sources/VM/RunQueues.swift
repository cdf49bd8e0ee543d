// The run queues of Go's scheduler, for the one P gosub runs goroutines on:
// runnext (a goroutine just made runnable by the running one — a new
// goroutine or a woken waiter — runs next; the one it displaces goes to the
// local queue's tail), a local queue of 256, and the global queue, which
// takes half of a full local queue, goroutines preempted at the end of their
// time slice and runtime.Gosched's. The scheduler looks at the global queue
// first every 61st pick, so it is never starved; otherwise runnext, the
// local queue, then a batch from the global queue.

struct RunQueues {
    private(set) var runnext: Goroutine?
    private var local = Deque<Goroutine>()
    private var global = Deque<Goroutine>()
    private var schedtick = 0
    static let localCapacity = 256

    var isEmpty: Bool { runnext == nil && local.isEmpty && global.isEmpty }

    /// Makes g runnable: next (runnext) or at the local queue's tail.
    mutating func put(_ g: Goroutine, next: Bool) {
        if next {
            if let old = runnext { putLocal(old) }
            runnext = g
        } else {
            putLocal(g)
        }
    }

    mutating func putGlobal(_ g: Goroutine) { global.append(g) }

    private mutating func putLocal(_ g: Goroutine) {
        guard local.count >= Self.localCapacity else { local.append(g); return }
        // a full local queue: its first half, then g, go to the global queue
        for _ in 0..<Self.localCapacity / 2 {
            if let x = local.popFirst() { global.append(x) }
        }
        global.append(g)
    }

    /// The goroutine to run next, nil when none is runnable.
    mutating func next() -> Goroutine? {
        schedtick &+= 1
        if schedtick % 61 == 0, let g = global.popFirst() { return g }
        if let g = runnext {
            runnext = nil
            return g
        }
        if let g = local.popFirst() { return g }
        // a batch from the global queue: the first runs, the rest wait locally
        guard let g = global.popFirst() else { return nil }
        let batch = min(global.count, Self.localCapacity / 2)
        for _ in 0..<batch {
            if let x = global.popFirst() { local.append(x) }
        }
        return g
    }
}

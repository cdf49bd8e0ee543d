// A FIFO queue with O(1) append and popFirst (amortized): the scheduler's
// run queue and the wait queues of channels, mutexes and semaphores, which
// may hold 100,000 goroutines. Popped slots are reclaimed when the queue
// empties or when they make up half of its storage.

struct Deque<Element>: Sequence {
    private var items: [Element] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }
    var count: Int { items.count - head }
    var first: Element? { isEmpty ? nil : items[head] }

    mutating func append(_ x: Element) { items.append(x) }

    /// Puts x at the front (a LIFO requeue, a hand-off's runnext).
    mutating func prepend(_ x: Element) {
        if head > 0 {
            head -= 1
            items[head] = x
        } else {
            items.insert(x, at: 0)
        }
    }

    mutating func popFirst() -> Element? {
        guard head < items.count else { return nil }
        let x = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head >= 64 && head * 2 >= items.count {
            items.removeFirst(head)
            head = 0
        }
        return x
    }

    /// Drops leading elements for which `stale` holds.
    mutating func dropFirst(while stale: (Element) -> Bool) {
        while let x = first, stale(x) { _ = popFirst() }
    }

    func makeIterator() -> ArraySlice<Element>.Iterator { items[head...].makeIterator() }
}

/// Goroutines waiting on one address (a Mutex, WaitGroup or semaphore), FIFO.
final class WaitQueue {
    var waiters = Deque<Goroutine>()
}

// The scheduler: goroutines run one at a time on the machine's loop until
// they finish, park (a channel operation must wait) or use up their time
// slice (20000 loop back-edges), then the next runnable one runs, picked
// from Go's run queues (RunQueues.swift): a new or woken goroutine runs
// next; a preempted one, or one calling runtime.Gosched, waits in the
// global queue.
// Due timers fire at every switch; a slice ends early only when another
// goroutine or a due timer is waiting. When no goroutine can run, the
// scheduler waits for the earliest timer; with no timer armed either while
// main has not returned:
// `fatal error: all goroutines are asleep - deadlock!` with each
// goroutine's wait reason, exit status 2. main returning ends the program
// without waiting for the others, as in Go.

import Bytecode
import Runtime

extension Machine {
    var hasOtherRunnable: Bool { !runq.isEmpty || timerDue }

    /// Runs goroutines until main returns, the program exits, panics or deadlocks.
    func schedule(_ mainG: Goroutine) -> RunResult {
        runq.put(mainG, next: false)
        var mainExited = false
        while true {
            fireDueTimers()
            collectIfRequested()
            // the background mark worker's share: a slice at every switch
            if gc.marking { markSlice(assist: false) }
            // the background sweeper's share: a few spans at every switch
            for _ in 0..<4 where !heap.sweepDone { heap.sweepOne() }
            if runq.isEmpty {
                if waitForTimer() { continue }
                break
            }
            guard let g = runq.next() else { break }
            current = g
            heap.currentGoroutine = UInt64(g.id)
            var r = execute(g)
            var exited = false
            if r == .panicked, g.panicking == nil, g.panics.last?.goexit == true {
                // runtime.Goexit ran every deferred call: the goroutine ends
                r = .finished
                exited = true
            }
            if r == .panicked && g !== mainG {
                // the crash report names the goroutine that panicked
                while r == .panicked, startPanicMessage(g) { r = execute(g) }
                reportPanic(g)
                return .fatal
            }
            switch r {
            case .finished:
                if g === mainG && !exited { return .finished }
                if g === mainG { mainExited = true }
                g.dead = true
                g.stack.releaseAll()
                allGs[g.id] = nil
            case .yield:
                if yieldLocal { runq.put(g, next: false) } else { runq.putGlobal(g) }
                yieldLocal = false
            case .park:
                break
            default:
                return r
            }
        }
        if mainExited {
            out.flush()
            out.writeErr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n")
            return .fatal
        }
        // nothing can run and main is still waiting
        deadlock()
        return .fatal
    }

    func ready(_ g: Goroutine) {
        g.waitReason = nil
        runq.put(g, next: true)
    }

    /// go f(args): a new goroutine, runnable.
    func goStart(_ a: UnsafeMutablePointer<UInt64>, _ n: Int) -> RunResult? {
        if a[0] == 0 { nilError(); return .panicked }
        nextGoID += 1
        do {
            let g = try Goroutine(id: nextGoID, heap: heap, closure: a[0], args: a + 1, count: n, image: image)
            allGs[g.id] = g
            runq.put(g, next: true)
        } catch {
            fatal("out of memory")
            return .fatal
        }
        return nil
    }

    func deadlock() {
        out.flush()
        out.writeErr("fatal error: all goroutines are asleep - deadlock!\n")
        for g in allGs.values.sorted(by: { $0.id < $1.id }) where !g.dead {
            out.writeErr("\ngoroutine \(g.id) [\(g.waitReason ?? "running")]:\n")
            traceback(g)
        }
    }
}

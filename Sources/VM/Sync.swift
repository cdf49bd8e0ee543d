// sync.WaitGroup and sync.Mutex as natives over the values' own memory,
// sync/atomic's commonest integer functions, and the runtime pieces sync's
// Go code builds on: semaphores (RWMutex) and notify lists (Cond). With one
// goroutine running at a time an atomic operation is a plain one. A
// WaitGroup keeps its counter in its first word; a Mutex its locked flag in
// its first 4 bytes. Waiting goroutines park in FIFO queues keyed by the
// value's address; Unlock hands the mutex to the first waiter (Go's
// starvation-mode hand-off), and semrelease hands the semaphore to its
// first waiter. A notify list is Go's ticket scheme: Wait takes a ticket
// before unlocking, Signal admits the oldest ticket not yet admitted.

final class NotifyList {
    /// The next ticket to hand out, and the next to admit.
    var wait: UInt32 = 0
    var notify: UInt32 = 0
    var waiters: [(ticket: UInt32, g: Goroutine)] = []
}

/// Wait reasons of sync.semacquire's reason argument.
let semaWaitReasons = ["sync.RWMutex.RLock", "sync.RWMutex.Lock", "sync.Mutex.Lock", "semacquire"]

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Machine {
    func syncNative(_ n: NativeID, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        guard let g = current else { return .fatal }
        switch n {
        case .syncWaitGroupAdd:
            guard let wg = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            let delta = Int64(bitPattern: a[1])
            wg.pointee &+= delta
            if wg.pointee < 0 {
                panicString("sync: negative WaitGroup counter")
                return .panicked
            }
            if wg.pointee == 0, let q = syncWaiters.removeValue(forKey: a[0]) { for w in q.waiters { ready(w) } }
        case .syncWaitGroupWait:
            guard let wg = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            if wg.pointee == 0 { return .finished }
            syncQueue(a[0]).waiters.append(g)
            g.waitReason = "sync.WaitGroup.Wait"
            return .park
        case .syncSemacquire:
            // (addr *uint32, lifo bool, reason int)
            guard let s = UnsafeMutablePointer<UInt32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            if s.pointee > 0 { s.pointee -= 1; return .finished }
            if a[1] != 0 { syncQueue(a[0]).waiters.prepend(g) } else { syncQueue(a[0]).waiters.append(g) }
            g.waitReason = semaWaitReasons[min(Int(a[2]), semaWaitReasons.count - 1)]
            return .park
        case .syncSemrelease:
            // (addr *uint32, handoff bool): the first waiter takes the count; a
            // hand-off runs it next, ahead of the releasing goroutine
            guard let s = UnsafeMutablePointer<UInt32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            guard let next = syncWaiters[a[0]]?.waiters.popFirst() else { s.pointee &+= 1; break }
            ready(next)
            if a[1] == 0 { break }
            yieldLocal = true
            return .yield
        case .syncRegisterPool:
            registerPool(a[0])
        case .syncNanotime:
            a[0] = UInt64(bitPattern: timers.nanotime())
        case .syncMutexTraceEnabled:
            a[0] = getenv("GOSUB_MUTEXTRACE").map { String(cString: $0) } == "1" ? 1 : 0
        case .syncMutexTrace:
            // (m *Mutex, event int, waited int64)
            let us = max(Int64(bitPattern: a[2]), 0) / 1000
            let frac = String(us % 1000)
            let waited = "\(us / 1000).\(String(repeating: "0", count: 3 - frac.count) + frac)ms"
            let what: String
            switch a[1] {
            case 0: what = "starvation mode: goroutine \(g.id) waited \(waited)"
            case 1: what = "hand-off by goroutine \(g.id)"
            default: what = "normal mode: goroutine \(g.id) took it after waiting \(waited)"
            }
            out.flush()
            out.writeErr("gosub: sync.Mutex 0x\(String(a[0], radix: 16)): \(what)\n")
        case .syncNotifyListAdd:
            let l = notifyList(a[0])
            a[0] = UInt64(l.wait)
            l.wait &+= 1
        case .syncNotifyListWait:
            let l = notifyList(a[0]), ticket = UInt32(truncatingIfNeeded: a[1])
            if Int32(bitPattern: ticket &- l.notify) < 0 { return .finished }   // already signalled
            l.waiters.append((ticket, g))
            g.waitReason = "sync.Cond.Wait"
            return .park
        case .syncNotifyListNotifyOne:
            let l = notifyList(a[0])
            if l.wait == l.notify { break }
            let t = l.notify
            l.notify &+= 1
            if let i = l.waiters.firstIndex(where: { $0.ticket == t }) { ready(l.waiters.remove(at: i).g) }
        case .syncNotifyListNotifyAll:
            let l = notifyList(a[0])
            l.notify = l.wait
            for w in l.waiters { ready(w.g) }
            l.waiters.removeAll()
        case .syncFatal:
            fatalWithTrace(String(decoding: Strings.bytes(a), as: UTF8.self))
            return .fatal
        case .atomicInt32Add: return syncNative(.atomicAddInt32, a)
        case .atomicInt32Load: return syncNative(.atomicLoadInt32, a)
        case .atomicInt32Store: return syncNative(.atomicStoreInt32, a)
        case .atomicInt64Add: return syncNative(.atomicAddInt64, a)
        case .atomicInt64Load: return syncNative(.atomicLoadInt64, a)
        case .atomicInt64Store: return syncNative(.atomicStoreInt64, a)
        case .atomicAddInt32:
            guard let p = UnsafeMutablePointer<Int32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            p.pointee &+= Int32(truncatingIfNeeded: a[1]); a[0] = UInt64(bitPattern: Int64(p.pointee))
        case .atomicAddInt64:
            guard let p = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            p.pointee &+= Int64(bitPattern: a[1]); a[0] = UInt64(bitPattern: p.pointee)
        case .atomicLoadInt32:
            guard let p = UnsafeMutablePointer<Int32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            a[0] = UInt64(bitPattern: Int64(p.pointee))
        case .atomicLoadInt64:
            guard let p = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            a[0] = UInt64(bitPattern: p.pointee)
        case .atomicStoreInt32:
            guard let p = UnsafeMutablePointer<Int32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            p.pointee = Int32(truncatingIfNeeded: a[1])
        case .atomicStoreInt64:
            guard let p = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            p.pointee = Int64(bitPattern: a[1])
        case .atomicCompareAndSwapInt32:
            guard let p = UnsafeMutablePointer<Int32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            let old = Int32(truncatingIfNeeded: a[1])
            if p.pointee == old { p.pointee = Int32(truncatingIfNeeded: a[2]); a[0] = 1 } else { a[0] = 0 }
        case .atomicCompareAndSwapInt64:
            guard let p = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            if p.pointee == Int64(bitPattern: a[1]) { p.pointee = Int64(bitPattern: a[2]); a[0] = 1 } else { a[0] = 0 }
        default:
            return .fatal
        }
        return .finished
    }
}

extension Machine {
    func syncQueue(_ address: UInt64) -> WaitQueue {
        if let q = syncWaiters[address] { return q }
        let q = WaitQueue()
        syncWaiters[address] = q
        return q
    }

    func notifyList(_ address: UInt64) -> NotifyList {
        if let l = notifyLists[address] { return l }
        let l = NotifyList()
        notifyLists[address] = l
        return l
    }
}

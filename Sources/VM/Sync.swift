// sync.WaitGroup and sync.Mutex as natives over the values' own memory, and
// sync/atomic's integer functions. With one goroutine running at a time an
// atomic operation is a plain one. A WaitGroup keeps its counter in its
// first word; a Mutex its locked flag in its first 4 bytes. Waiting
// goroutines park in FIFO queues keyed by the value's address; Unlock hands
// the mutex to the first waiter (Go's starvation-mode hand-off).

import Bytecode
import Runtime

extension Machine {
    func syncNative(_ n: NativeID, _ a: UnsafeMutablePointer<UInt64>) -> RunResult {
        guard let g = current else { return .fatal }
        switch n {
        case .syncWaitGroupAdd, .syncWaitGroupDone:
            guard let wg = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            let delta = n == .syncWaitGroupDone ? -1 : Int64(bitPattern: a[1])
            wg.pointee &+= delta
            if wg.pointee < 0 {
                current?.panicking = PanicInfo(message: "sync: negative WaitGroup counter", isRuntimeError: false, signal: nil)
                return .panicked
            }
            if wg.pointee == 0, let ws = syncWaiters.removeValue(forKey: a[0]) { for w in ws { ready(w) } }
        case .syncWaitGroupWait:
            guard let wg = UnsafeMutablePointer<Int64>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            if wg.pointee == 0 { return .finished }
            syncWaiters[a[0], default: []].append(g)
            g.waitReason = "sync.WaitGroup.Wait"
            return .park
        case .syncMutexLock, .syncMutexTryLock:
            guard let mu = UnsafeMutablePointer<UInt32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            if mu.pointee == 0 {
                mu.pointee = 1
                a[0] = 1
                return .finished
            }
            if n == .syncMutexTryLock { a[0] = 0; return .finished }
            syncWaiters[a[0], default: []].append(g)
            g.waitReason = "sync.Mutex.Lock"
            return .park
        case .syncMutexUnlock:
            guard let mu = UnsafeMutablePointer<UInt32>(bitPattern: UInt(a[0])) else { nilError(); return .panicked }
            if mu.pointee == 0 {
                fatal("sync: unlock of unlocked mutex")
                return .fatal
            }
            if var ws = syncWaiters[a[0]], !ws.isEmpty {
                let next = ws.removeFirst()
                syncWaiters[a[0]] = ws.isEmpty ? nil : ws
                ready(next)          // stays locked: ownership passes to the waiter
            } else {
                mu.pointee = 0
            }
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

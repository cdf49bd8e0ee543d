// Channels (runtime/chan.go in miniature). A channel value is a pointer to
// an hchan in the heap (96 bytes, Go's hchanSize):
//
//   +0 qcount  +8 dataqsiz  +16 elemsize  +24 closed  +32 sendx  +40 recvx
//   +48 element type id  +56 timer flag (Timers.swift)  +64 buf
//
// The buffer (dataqsiz elements) follows the header in the same noscan
// allocation, or, when elements hold pointers, is an allocation of its own
// typed as the element that the scanned header points to (Go's makechan).
//
// Wait queues live in the machine's bookkeeping (chanWaiters), one FIFO of
// receivers and one of senders per channel; a waiter points at the parked
// goroutine's frame slots, which never move. Direct hand-off when a partner
// waits, the buffer otherwise; close wakes every waiter (receivers get the
// zero value and ok = false, senders panic). Go's messages and nil-channel
// rules (block forever) hold.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The hchan's size and its layout when scanned (one pointer: buf, word 8).
enum ChanLayout {
    static let headerBytes = 96
    nonisolated(unsafe) static let header: TypeLayout = {
        let m = UnsafeMutablePointer<UInt8>.allocate(capacity: 2)
        m[0] = 0
        m[1] = 1
        return TypeLayout(descriptor: UInt(bitPattern: m), size: 96, ptrBytes: 72, gcmask: UnsafePointer(m))
    }()
}

final class ChanWaiter {
    let g: Goroutine
    /// Receiver: where the value goes (slot shape); sender: where it comes from.
    let slots: UnsafeMutablePointer<UInt64>
    let commaOK: Bool
    let count: Int
    /// Set for a select's waiter: the shared token, this case's index, where its ok flag goes.
    var token: SelectToken?
    var caseIndex = 0
    var okAddress: UnsafeMutablePointer<UInt64>?
    init(g: Goroutine, slots: UnsafeMutablePointer<UInt64>, commaOK: Bool, count: Int) {
        self.g = g; self.slots = slots; self.commaOK = commaOK; self.count = count
    }
}

/// A channel's waiting receivers and senders, FIFO. A select's waiter whose
/// select already completed elsewhere is stale: skipped when it reaches the head.
final class ChanQueues {
    var recvq = Deque<ChanWaiter>()
    var sendq = Deque<ChanWaiter>()

    /// The first live receiver, removed.
    func popReceiver() -> ChanWaiter? {
        recvq.dropFirst { $0.token?.done == true }
        return recvq.popFirst()
    }

    func popSender() -> ChanWaiter? {
        sendq.dropFirst { $0.token?.done == true }
        return sendq.popFirst()
    }

    var hasReceiver: Bool {
        recvq.dropFirst { $0.token?.done == true }
        return !recvq.isEmpty
    }

    var hasSender: Bool {
        sendq.dropFirst { $0.token?.done == true }
        return !sendq.isEmpty
    }
}

extension Machine {
    func makeChan(_ typeID: Int, _ size: Int64) -> UInt64 {
        let ct = image.program.types[typeID]
        let et = image.program.types[ct.elem]
        if size < 0 || size > 1 << 40 || (et.size > 0 && size > Int64(1 << 40) / Int64(et.size)) {
            raisePlainError("makechan: size out of range")
            return 0
        }
        let stride = (et.size + 7) & ~7
        if stride * Int(size) > Machine.maxSingleAlloc { return 0 }
        // Go's makechan: one noscan allocation unless the buffer holds pointers;
        // then a scanned header and a buffer typed as the element.
        let mem = stride * Int(size)
        let h: UnsafeMutablePointer<UInt64>
        if mem == 0 || et.ptrdata == 0 {
            h = UnsafeMutablePointer<UInt64>(bitPattern: mcache.mallocNoScan(ChanLayout.headerBytes + mem))!
            h[8] = UInt64(UInt(bitPattern: h + ChanLayout.headerBytes / 8))
        } else {
            h = UnsafeMutablePointer<UInt64>(bitPattern: mcache.malloc(ChanLayout.headerBytes, type: ChanLayout.header))!
            h[8] = UInt64(mcache.malloc(mem, type: image.layouts[ct.elem]))
        }
        h[0] = 0; h[1] = UInt64(size); h[2] = UInt64(stride); h[3] = 0; h[4] = 0; h[5] = 0; h[6] = UInt64(ct.elem); h[7] = 0
        return UInt64(UInt(bitPattern: h))
    }

    @inline(__always) func chanElem(_ h: UnsafeMutablePointer<UInt64>) -> RType { image.program.types[Int(h[6])] }
    @inline(__always) func chanSlot(_ h: UnsafeMutablePointer<UInt64>, _ i: UInt64) -> UnsafeMutableRawPointer {
        ptr(h[8]) + Int(i) * Int(h[2])
    }

    func chanSend(_ g: Goroutine, _ c: UInt64, _ v: UnsafeMutablePointer<UInt64>) -> RunResult {
        if c == 0 { g.waitReason = "chan send (nil chan)"; return .park }
        let h = UnsafeMutablePointer<UInt64>(bitPattern: UInt(c))!
        if h[3] != 0 { raisePlainError("send on closed channel"); return .panicked }
        let et = chanElem(h)
        let n = Self.slotCount(et)
        if let r = chanWaiters[c]?.popReceiver() {
            for i in 0..<n { r.slots[i] = v[i] }
            fire(r, ok: 1)
            return .finished
        }
        if h[0] < h[1] {
            storeSlots(et, v, to: chanSlot(h, h[4]))
            h[4] = (h[4] + 1) % h[1]
            h[0] += 1
            return .finished
        }
        waitQueues(c).sendq.append(ChanWaiter(g: g, slots: v, commaOK: false, count: n))
        g.waitReason = "chan send"
        return .park
    }

    func chanRecv(_ g: Goroutine, _ c: UInt64, _ d: UnsafeMutablePointer<UInt64>, slots n: Int, commaOK: Bool) -> RunResult {
        if c == 0 { g.waitReason = "chan receive (nil chan)"; return .park }
        let h = UnsafeMutablePointer<UInt64>(bitPattern: UInt(c))!
        let et = chanElem(h)
        if let s = chanWaiters[c]?.popSender() {
            if h[1] == 0 {
                for i in 0..<n { d[i] = s.slots[i] }
            } else {
                // full buffer: take the head, the sender's value goes to the tail
                loadSlots(et, chanSlot(h, h[5]), into: d)
                heap.shadeOld(chanSlot(h, h[5]), bytes: Int(h[2]))
                storeSlots(et, s.slots, to: chanSlot(h, h[5]))
                h[5] = (h[5] + 1) % h[1]
                h[4] = h[5]
            }
            if commaOK { d[n] = 1 }
            fire(s, ok: 1)
            return .finished
        }
        if h[0] > 0 {
            loadSlots(et, chanSlot(h, h[5]), into: d)
            heap.shadeOld(chanSlot(h, h[5]), bytes: Int(h[2]))
            memset(chanSlot(h, h[5]), 0, Int(h[2]))
            h[5] = (h[5] + 1) % h[1]
            h[0] -= 1
            if commaOK { d[n] = 1 }
            return .finished
        }
        if h[3] != 0 {
            for i in 0..<n { d[i] = 0 }
            if commaOK { d[n] = 0 }
            return .finished
        }
        waitQueues(c).recvq.append(ChanWaiter(g: g, slots: d, commaOK: commaOK, count: n))
        g.waitReason = "chan receive"
        return .park
    }

    func chanClose(_ c: UInt64) -> Bool {
        if c == 0 { raisePlainError("close of nil channel"); return false }
        let h = UnsafeMutablePointer<UInt64>(bitPattern: UInt(c))!
        if h[3] != 0 { raisePlainError("close of closed channel"); return false }
        h[3] = 1
        if let q = chanWaiters.removeValue(forKey: c) {
            for r in q.recvq where r.token?.done != true {
                for i in 0..<r.count { r.slots[i] = 0 }
                fire(r, ok: 0)
            }
            for s in q.sendq where s.token?.done != true {
                s.token?.done = true
                let saved = current
                current = s.g
                raisePlainError("send on closed channel")
                current = saved
                ready(s.g)
            }
        }
        return true
    }
}

extension Machine {
    /// The wait queues of channel c, made on first use.
    func waitQueues(_ c: UInt64) -> ChanQueues {
        if let q = chanWaiters[c] { return q }
        let q = ChanQueues()
        chanWaiters[c] = q
        return q
    }

    /// Completes a waiter: its ok flag, a select's chosen case, and makes its goroutine runnable.
    func fire(_ w: ChanWaiter, ok: UInt64) {
        if let t = w.token {
            t.done = true
            t.result.pointee = UInt64(w.caseIndex)
            w.okAddress?.pointee = ok
        } else if w.commaOK {
            w.slots[w.count] = ok
        }
        ready(w.g)
    }
}

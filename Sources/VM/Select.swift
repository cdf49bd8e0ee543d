// select (runtime/select.go in miniature): cases are polled in a random
// order and the first ready one runs; with none ready, a default case runs,
// or the goroutine parks on every channel at once with one shared token —
// the first partner to fire it wins, the waiters left on other channels are
// skipped when reached. A case reads or writes its value through an address
// in the selecting goroutine's frame, which never moves.

import Bytecode
import Runtime

final class SelectToken {
    var done = false
    /// Where the chosen case index goes.
    let result: UnsafeMutablePointer<UInt64>
    init(result: UnsafeMutablePointer<UInt64>) { self.result = result }
}

extension Machine {
    func selectOp(_ g: Goroutine, _ a: UnsafeMutablePointer<UInt64>, cases n: Int, hasDefault: Bool) -> RunResult {
        let result = a + 5 * n
        var order = Array(0..<n)
        order.shuffle(using: &rng)
        // pass 1: a ready case
        for i in order {
            let c = a + 5 * i
            let ch = c[1]
            if ch == 0 { continue }
            let h = UnsafeMutablePointer<UInt64>(bitPattern: UInt(ch))!
            let slots = Int(c[3])
            let val = UnsafeMutablePointer<UInt64>(bitPattern: UInt(c[2]))!
            if c[0] == 0 {
                if h[3] != 0 { raisePlainError("send on closed channel"); return .panicked }
                let ready = chanWaiters[ch]?.hasReceiver == true || h[0] < h[1]
                if ready {
                    result[0] = UInt64(i)
                    return chanSend(g, ch, val)
                }
            } else {
                let ready = chanWaiters[ch]?.hasSender == true || h[0] > 0 || h[3] != 0
                if ready {
                    result[0] = UInt64(i)
                    let okp = c[4] == 0 ? nil : UnsafeMutablePointer<UInt64>(bitPattern: UInt(c[4]))
                    var tmp = [UInt64](repeating: 0, count: slots + 1)
                    let r = tmp.withUnsafeMutableBufferPointer { chanRecv(g, ch, $0.baseAddress!, slots: slots, commaOK: true) }
                    for k in 0..<slots { val[k] = tmp[k] }
                    okp?.pointee = tmp[slots]
                    return r
                }
            }
        }
        if hasDefault { result[0] = UInt64(bitPattern: -1); return .finished }
        // pass 2: park on every channel
        let token = SelectToken(result: result)
        for i in 0..<n {
            let c = a + 5 * i
            let ch = c[1]
            if ch == 0 { continue }
            let w = ChanWaiter(g: g, slots: UnsafeMutablePointer<UInt64>(bitPattern: UInt(c[2]))!, commaOK: c[4] != 0,
                               count: Int(c[3]))
            w.token = token
            w.caseIndex = i
            w.okAddress = c[4] == 0 ? nil : UnsafeMutablePointer<UInt64>(bitPattern: UInt(c[4]))
            if c[0] == 0 { waitQueues(ch).sendq.append(w) } else { waitQueues(ch).recvq.append(w) }
        }
        g.waitReason = n > 0 ? "select" : "select (no cases)"
        return .park
    }
}

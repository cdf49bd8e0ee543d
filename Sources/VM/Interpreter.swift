// The dispatch loop. pc, the frame base fp, the stack limit and the current
// function are locals of one @inline(never) function that switches on the
// opcode byte (SWIFT-NOTES.md: a jump table; no ARC, no existentials, no
// Swift collections on the hot path). Slots are read and written through
// fp; memory through raw addresses.
//
// Calls push the callee's frame at the caller's base slot (Program.swift)
// and continue the loop: Go recursion never recurses on the Swift stack.
// Anything rare (panics, new stack segments, natives, allocation slow
// paths) leaves the loop body for an out-of-line method, with pc saved
// first so a traceback can name the line.
//
// Safepoints: loop back-edges and calls. There the goroutine's registers
// are saved and every live value is in a slot, so a collection the
// allocator requested (heap.gcRequest) starts there, and mark slices run
// there while it marks (Collector.swift). Meanwhile every store to memory
// that may overwrite a pointer (st64, stblk, cpblk, zblk, copy) shades the
// old pointers first (the deletion write barrier).

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a run of the loop ended.
public enum RunResult: Equatable {
    case finished
    case panicked
    case exit(Int32)
    case fatal
    /// The goroutine used up its time slice (it stays runnable).
    case yield
    /// The goroutine parked (a channel operation waits); it is resumed by whoever readies it.
    case park
}

@inline(__always) func i64(_ w: UInt64) -> Int64 { Int64(bitPattern: w) }
@inline(__always) func u64(_ i: Int64) -> UInt64 { UInt64(bitPattern: i) }
@inline(__always) func f64(_ w: UInt64) -> Double { Double(bitPattern: w) }
@inline(__always) func f32(_ w: UInt64) -> Float { Float(bitPattern: UInt32(truncatingIfNeeded: w)) }
@inline(__always) func w32(_ f: Float) -> UInt64 { UInt64(f.bitPattern) }
@inline(__always) func b2w(_ b: Bool) -> UInt64 { b ? 1 : 0 }
@inline(__always) func ptr(_ w: UInt64) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(bitPattern: UInt(w))! }

extension Machine {
    @inline(never)
    func execute(_ g: Goroutine) -> RunResult {
        var pc = g.pc
        var fp = g.fp
        var fn = g.fn
        var stackHi = g.stackHi
        let funcs = image.funcs
        let mcache = self.mcache
        let layouts = image.layouts
        var budget = 20_000
        let gcRequest = heap.gcRequest
        let marking = heap.marking
        g.scanPC = nil

        @inline(__always) func save() { g.pc = pc; g.fp = fp; g.fn = fn; g.stackHi = stackHi }
        @inline(__always) func reload() { pc = g.pc; fp = g.fp; fn = g.fn; stackHi = g.stackHi }
        // a panic raised while the goroutine was parked (send on a channel closed meanwhile)
        if g.panicking != nil {
            if startPanic(g) { reload() } else { return .panicked }
        }

        while true {
            let w = pc.pointee
            pc += 1
            switch unsafeBitCast(w.opByte, to: Opcode.self) {
            case .nop: break
            case .mov: fp[w.fA] = fp[w.fB]
            case .mov2: fp[w.fA] = fp[w.fB]; fp[w.fA + 1] = fp[w.fB + 1]
            case .mov3: fp[w.fA] = fp[w.fB]; fp[w.fA + 1] = fp[w.fB + 1]; fp[w.fA + 2] = fp[w.fB + 2]
            case .movN: (fp + w.fA).update(from: fp + w.fB, count: w.fC)
            case .ldk: fp[w.fA] = pc.pointee; pc += 1
            case .ldi: fp[w.fA] = u64(Int64(w.fsBC))
            case .zero: (fp + w.fA).update(repeating: 0, count: w.fB)
            case .lea: fp[w.fA] = UInt64(UInt(bitPattern: fp + w.fB))
            case .addI: fp[w.fA] = fp[w.fB] &+ fp[w.fC]
            case .subI: fp[w.fA] = fp[w.fB] &- fp[w.fC]
            case .mulI: fp[w.fA] = fp[w.fB] &* fp[w.fC]
            case .divI, .remI:
                let y = i64(fp[w.fC])
                if _slowPath(y == 0) { save(); runtimeError("integer divide by zero"); if startPanic(g) { reload(); continue }; return .panicked }
                let x = i64(fp[w.fB])
                if w.opByte == Opcode.divI.rawValue {
                    fp[w.fA] = y == -1 ? u64(0 &- x) : u64(x / y)
                } else {
                    fp[w.fA] = y == -1 ? 0 : u64(x % y)
                }
            case .divU:
                let y = fp[w.fC]
                if _slowPath(y == 0) { save(); runtimeError("integer divide by zero"); if startPanic(g) { reload(); continue }; return .panicked }
                fp[w.fA] = fp[w.fB] / y
            case .remU:
                let y = fp[w.fC]
                if _slowPath(y == 0) { save(); runtimeError("integer divide by zero"); if startPanic(g) { reload(); continue }; return .panicked }
                fp[w.fA] = fp[w.fB] % y
            case .andI: fp[w.fA] = fp[w.fB] & fp[w.fC]
            case .orI: fp[w.fA] = fp[w.fB] | fp[w.fC]
            case .xorI: fp[w.fA] = fp[w.fB] ^ fp[w.fC]
            case .andNotI: fp[w.fA] = fp[w.fB] & ~fp[w.fC]
            case .shl:
                let c = fp[w.fC]
                fp[w.fA] = c >= 64 ? 0 : fp[w.fB] &<< c
            case .shrS:
                let c = fp[w.fC]
                fp[w.fA] = u64(i64(fp[w.fB]) &>> (c >= 64 ? 63 : Int64(c)))
            case .shrU:
                let c = fp[w.fC]
                fp[w.fA] = c >= 64 ? 0 : fp[w.fB] &>> c
            case .addIK: fp[w.fA] = fp[w.fB] &+ u64(Int64(w.fsC))
            case .negI: fp[w.fA] = 0 &- fp[w.fB]
            case .notI: fp[w.fA] = ~fp[w.fB]
            case .shiftChk:
                if _slowPath(i64(fp[w.fA]) < 0) { save(); runtimeError("negative shift amount"); if startPanic(g) { reload(); continue }; return .panicked }
            case .sext8: fp[w.fA] = u64(Int64(Int8(truncatingIfNeeded: fp[w.fB])))
            case .sext16: fp[w.fA] = u64(Int64(Int16(truncatingIfNeeded: fp[w.fB])))
            case .sext32: fp[w.fA] = u64(Int64(Int32(truncatingIfNeeded: fp[w.fB])))
            case .zext8: fp[w.fA] = fp[w.fB] & 0xFF
            case .zext16: fp[w.fA] = fp[w.fB] & 0xFFFF
            case .zext32: fp[w.fA] = fp[w.fB] & 0xFFFF_FFFF
            case .eqI: fp[w.fA] = b2w(fp[w.fB] == fp[w.fC])
            case .neI: fp[w.fA] = b2w(fp[w.fB] != fp[w.fC])
            case .ltI: fp[w.fA] = b2w(i64(fp[w.fB]) < i64(fp[w.fC]))
            case .leI: fp[w.fA] = b2w(i64(fp[w.fB]) <= i64(fp[w.fC]))
            case .ltU: fp[w.fA] = b2w(fp[w.fB] < fp[w.fC])
            case .leU: fp[w.fA] = b2w(fp[w.fB] <= fp[w.fC])
            case .not: fp[w.fA] = fp[w.fB] ^ 1
            case .addF: fp[w.fA] = (f64(fp[w.fB]) + f64(fp[w.fC])).bitPattern
            case .subF: fp[w.fA] = (f64(fp[w.fB]) - f64(fp[w.fC])).bitPattern
            case .mulF: fp[w.fA] = (f64(fp[w.fB]) * f64(fp[w.fC])).bitPattern
            case .divF: fp[w.fA] = (f64(fp[w.fB]) / f64(fp[w.fC])).bitPattern
            case .negF: fp[w.fA] = (-f64(fp[w.fB])).bitPattern
            case .sqrtF: fp[w.fA] = f64(fp[w.fB]).squareRoot().bitPattern
            case .eqF: fp[w.fA] = b2w(f64(fp[w.fB]) == f64(fp[w.fC]))
            case .neF: fp[w.fA] = b2w(f64(fp[w.fB]) != f64(fp[w.fC]))
            case .ltF: fp[w.fA] = b2w(f64(fp[w.fB]) < f64(fp[w.fC]))
            case .leF: fp[w.fA] = b2w(f64(fp[w.fB]) <= f64(fp[w.fC]))
            case .addF32: fp[w.fA] = w32(f32(fp[w.fB]) + f32(fp[w.fC]))
            case .subF32: fp[w.fA] = w32(f32(fp[w.fB]) - f32(fp[w.fC]))
            case .mulF32: fp[w.fA] = w32(f32(fp[w.fB]) * f32(fp[w.fC]))
            case .divF32: fp[w.fA] = w32(f32(fp[w.fB]) / f32(fp[w.fC]))
            case .negF32: fp[w.fA] = w32(-f32(fp[w.fB]))
            case .eqF32: fp[w.fA] = b2w(f32(fp[w.fB]) == f32(fp[w.fC]))
            case .ltF32: fp[w.fA] = b2w(f32(fp[w.fB]) < f32(fp[w.fC]))
            case .leF32: fp[w.fA] = b2w(f32(fp[w.fB]) <= f32(fp[w.fC]))
            case .i2f: fp[w.fA] = Double(i64(fp[w.fB])).bitPattern
            case .u2f: fp[w.fA] = Double(fp[w.fB]).bitPattern
            case .f2i: fp[w.fA] = u64(Convert.f2i(f64(fp[w.fB])))
            case .f2u: fp[w.fA] = Convert.f2u(f64(fp[w.fB]))
            case .i2f32: fp[w.fA] = w32(Float(i64(fp[w.fB])))
            case .u2f32: fp[w.fA] = w32(Float(fp[w.fB]))
            case .f322i: fp[w.fA] = u64(Convert.f2i(Double(f32(fp[w.fB]))))
            case .f322u: fp[w.fA] = Convert.f2u(Double(f32(fp[w.fB])))
            case .f2f32: fp[w.fA] = w32(Float(f64(fp[w.fB])))
            case .f322f: fp[w.fA] = Double(f32(fp[w.fB])).bitPattern
            case .concat:
                g.pc = pc   // the allocation site (gosub trace)
                concat(fp + w.fA, fp + w.fB, fp + w.fC)
            case .tmpBuf:
                stringBuf = UnsafeMutableRawPointer(fp + w.fA)
                stringBufBytes = w.fB
            case .eqS: fp[w.fA] = b2w(Strings.compare(fp + w.fB, fp + w.fC) == 0)
            case .ltS: fp[w.fA] = b2w(Strings.compare(fp + w.fB, fp + w.fC) < 0)
            case .leS: fp[w.fA] = b2w(Strings.compare(fp + w.fB, fp + w.fC) <= 0)
            case .strIdx:
                let s = fp + w.fB
                let i = fp[w.fC]
                if _slowPath(i >= s[1]) { save(); indexError(i64(i), i64(s[1])); if startPanic(g) { reload(); continue }; return .panicked }
                fp[w.fA] = UInt64(ptr(s[0]).load(fromByteOffset: Int(i), as: UInt8.self))
            case .runeToStr: g.pc = pc; runeToString(fp + w.fA, i64(fp[w.fB]))
            case .bytesToStr: g.pc = pc; bytesToString(fp + w.fA, fp + w.fB)
            case .strToBytes: g.pc = pc; stringToBytes(fp + w.fA, fp + w.fB)
            case .runesToStr: runesToString(fp + w.fA, fp + w.fB)
            case .strToRunes: stringToRunes(fp + w.fA, fp + w.fB)
            case .decodeRune:
                let s = fp + w.fB
                let (r, n) = Strings.decodeRune(ptr(s[0]), Int(s[1]), Int(fp[w.fC]))
                fp[w.fA] = u64(Int64(r)); fp[w.fA + 1] = UInt64(n)
            case .jmp:
                pc += w.fsBC
                if w.fsBC < 0 {
                    budget &-= 1
                    if _slowPath(budget < 0 || gcRequest.pointee != 0) {
                        if gcRequest.pointee != 0 {
                            // the frame's live slots are the jump's (pc is its target)
                            save(); g.scanPC = pc - w.fsBC
                            collectIfRequested()
                            g.scanPC = nil
                        }
                        if budget < 0 {
                            budget = 20_000
                            if hasOtherRunnable { save(); g.scanPC = pc - w.fsBC; return .yield }
                        }
                    }
                }
            case .jt: if fp[w.fA] != 0 { pc += w.fsBC }
            case .jf: if fp[w.fA] == 0 { pc += w.fsBC }
            case .jltI: if i64(fp[w.fA]) < i64(fp[w.fB]) { pc += w.fsC }
            case .jleI: if i64(fp[w.fA]) <= i64(fp[w.fB]) { pc += w.fsC }
            case .ld8s: fp[w.fA] = u64(Int64(ptr(fp[w.fB]).load(fromByteOffset: w.fC, as: Int8.self)))
            case .ld8u: fp[w.fA] = UInt64(ptr(fp[w.fB]).load(fromByteOffset: w.fC, as: UInt8.self))
            case .ld16s: fp[w.fA] = u64(Int64(ptr(fp[w.fB]).loadUnaligned(fromByteOffset: w.fC, as: Int16.self)))
            case .ld16u: fp[w.fA] = UInt64(ptr(fp[w.fB]).loadUnaligned(fromByteOffset: w.fC, as: UInt16.self))
            case .ld32s: fp[w.fA] = u64(Int64(ptr(fp[w.fB]).loadUnaligned(fromByteOffset: w.fC, as: Int32.self)))
            case .ld32u: fp[w.fA] = UInt64(ptr(fp[w.fB]).loadUnaligned(fromByteOffset: w.fC, as: UInt32.self))
            case .ld64: fp[w.fA] = ptr(fp[w.fB]).loadUnaligned(fromByteOffset: w.fC, as: UInt64.self)
            case .st8: ptr(fp[w.fA]).storeBytes(of: UInt8(truncatingIfNeeded: fp[w.fB]), toByteOffset: w.fC, as: UInt8.self)
            case .st16: ptr(fp[w.fA]).storeBytes(of: UInt16(truncatingIfNeeded: fp[w.fB]), toByteOffset: w.fC, as: UInt16.self)
            case .st32: ptr(fp[w.fA]).storeBytes(of: UInt32(truncatingIfNeeded: fp[w.fB]), toByteOffset: w.fC, as: UInt32.self)
            case .st64:
                let dst = ptr(fp[w.fA]) + w.fC
                #if DEBUG
                save(); if storesStackAddress(dst, UnsafeRawPointer(fp + w.fB), 8, fn: fn) { return .fatal }
                #endif
                if _slowPath(marking.pointee != 0) { heap.shadeOld(dst, bytes: 8) }
                dst.storeBytes(of: fp[w.fB], as: UInt64.self)
            case .ldblk:
                let n = Int(pc.pointee); pc += 1
                UnsafeMutableRawPointer(fp + w.fA).copyMemory(from: ptr(fp[w.fB]), byteCount: n)
            case .stblk:
                let n = Int(pc.pointee); pc += 1
                #if DEBUG
                save(); if storesStackAddress(ptr(fp[w.fA]), UnsafeRawPointer(fp + w.fB), n, fn: fn) { return .fatal }
                #endif
                if _slowPath(marking.pointee != 0) { heap.shadeOld(ptr(fp[w.fA]), bytes: n) }
                ptr(fp[w.fA]).copyMemory(from: UnsafeRawPointer(fp + w.fB), byteCount: n)
            case .cpblk:
                let n = Int(pc.pointee); pc += 1
                #if DEBUG
                save(); if storesStackAddress(ptr(fp[w.fA]), UnsafeRawPointer(ptr(fp[w.fB])), n, fn: fn) { return .fatal }
                #endif
                if _slowPath(marking.pointee != 0) && n > 0 { heap.shadeOld(ptr(fp[w.fA]), bytes: n) }
                if n > 0 { memmove(ptr(fp[w.fA]), ptr(fp[w.fB]), n) }
            case .zblk:
                let n = Int(pc.pointee); pc += 1
                if _slowPath(marking.pointee != 0) && n > 0 { heap.shadeOld(ptr(fp[w.fA]), bytes: n) }
                if n > 0 { memset(ptr(fp[w.fA]), 0, n) }
            case .addP: fp[w.fA] = fp[w.fB] &+ UInt64(w.fC)
            case .addPK: fp[w.fA] = fp[w.fB] &+ pc.pointee; pc += 1
            case .nilchk:
                if _slowPath(fp[w.fA] == 0) { save(); nilError(); if startPanic(g) { reload(); continue }; return .panicked }
            case .idxAddr: fp[w.fA] = fp[w.fB] &+ fp[w.fC] &* pc.pointee; pc += 1
            case .idxChk:
                let i = fp[w.fC], n = fp[w.fB + 1]
                if _slowPath(i >= n) { save(); indexError(i64(i), i64(n)); if startPanic(g) { reload(); continue }; return .panicked }
                fp[w.fA] = fp[w.fB] &+ i &* pc.pointee; pc += 1
            case .bchk:
                if _slowPath(fp[w.fA] >= fp[w.fB]) { save(); indexError(i64(fp[w.fA]), i64(fp[w.fB])); if startPanic(g) { reload(); continue }; return .panicked }
            case .makeSlice:
                g.pc = pc   // the allocation site (gosub trace)
                let t = Int(pc.pointee); pc += 1
                save()
                switch makeSlice(fp + w.fA, i64(fp[w.fB]), i64(fp[w.fC]), layouts[t]) {
                case .finished: break
                case .panicked: if startPanic(g) { reload(); continue }; return .panicked
                case let r: return r
                }
            case .grow:
                g.pc = pc   // the allocation site (gosub trace)
                let t = Int(pc.pointee); pc += 1
                let s = fp + w.fA
                let n = fp[w.fB]
                if n > s[2] {
                    save()
                    if !growSlice(s, Int(n), layouts[t]) { outOfMemory(); return .fatal }
                }
                s[1] = n
            case .slice:
                let es = Int(pc.pointee); pc += 1
                save()
                if !sliceOp(fp + w.fA, fp + w.fB, fp + w.fC, w.fD, es) { if startPanic(g) { reload(); continue }; return .panicked }
            case .strSlice:
                save()
                if !stringSlice(fp + w.fA, fp + w.fB, fp + w.fC, w.fD) { if startPanic(g) { reload(); continue }; return .panicked }
            case .copySl:
                let es = Int(pc.pointee); pc += 1
                let d = fp + w.fB, s = fp + w.fC
                let n = min(d[1], s[1])
                if _slowPath(marking.pointee != 0) && n > 0 { heap.shadeOld(ptr(d[0]), bytes: Int(n) * es) }
                if n > 0 { memmove(ptr(d[0]), ptr(s[0]), Int(n) * es) }
                fp[w.fA] = n
            case .newObj:
                g.pc = pc   // the allocation site (gosub trace)
                let t = Int(pc.pointee); pc += 1
                let l = layouts[t]
                if _slowPath(l.size > Machine.maxSingleAlloc) { save(); outOfMemory(); return .fatal }
                fp[w.fA] = UInt64(mcache.malloc(l.size, type: l))
            case .call:
                if _slowPath(gcRequest.pointee != 0) { save(); collectIfRequested() }
                let f = funcs + w.fBC
                let nfp = fp + w.fA
                if _slowPath(nfp + f.pointee.frameSlots > stackHi) {
                    save()
                    guard let moved = newSegment(nfp, f.pointee) else { return .fatal }
                    moved[FrameHeader.callerFP] = UInt64(UInt(bitPattern: fp))
                    moved[FrameHeader.returnPC] = UInt64(UInt(bitPattern: pc))
                    moved[FrameHeader.callerFunc] = UInt64(fn)
                    moved[FrameHeader.closure] = 0
                    stackHi = g.stackHi
                    fp = moved
                } else {
                    nfp[FrameHeader.callerFP] = UInt64(UInt(bitPattern: fp))
                    nfp[FrameHeader.returnPC] = UInt64(UInt(bitPattern: pc))
                    nfp[FrameHeader.callerFunc] = UInt64(fn)
                    nfp[FrameHeader.closure] = 0
                    nfp[FrameHeader.copyBack] = 0
                    fp = nfp
                }
                fn = w.fBC
                pc = f.pointee.code
            case .callClo:
                if _slowPath(gcRequest.pointee != 0) { save(); collectIfRequested() }
                let clo = fp[w.fB]
                if _slowPath(clo == 0) { save(); nilError(); if startPanic(g) { reload(); continue }; return .panicked }
                let idx = Int(ptr(clo).load(as: UInt64.self))
                let f = funcs + idx
                let nfp = fp + w.fA
                if _slowPath(nfp + f.pointee.frameSlots > stackHi) {
                    save()
                    guard let moved = newSegment(nfp, f.pointee) else { return .fatal }
                    moved[FrameHeader.callerFP] = UInt64(UInt(bitPattern: fp))
                    moved[FrameHeader.returnPC] = UInt64(UInt(bitPattern: pc))
                    moved[FrameHeader.callerFunc] = UInt64(fn)
                    moved[FrameHeader.closure] = clo
                    stackHi = g.stackHi
                    fp = moved
                } else {
                    nfp[FrameHeader.callerFP] = UInt64(UInt(bitPattern: fp))
                    nfp[FrameHeader.returnPC] = UInt64(UInt(bitPattern: pc))
                    nfp[FrameHeader.callerFunc] = UInt64(fn)
                    nfp[FrameHeader.closure] = clo
                    nfp[FrameHeader.copyBack] = 0
                    fp = nfp
                }
                fn = idx
                pc = f.pointee.code
            case .callNat:
                save()
                let r = callNative(w.fBC, fp + w.fA)
                if _slowPath(r != .finished) {
                    if r == .panicked && startPanic(g) { reload(); continue }
                    return r
                }
            case .ret:
                let caller = fp[FrameHeader.callerFP]
                if _slowPath(caller == 0) { save(); return .finished }
                let back = fp[FrameHeader.copyBack]
                if _slowPath(back != 0) {
                    let f = funcs + fn
                    let dst = UnsafeMutablePointer<UInt64>(bitPattern: UInt(back))!
                    (dst + f.pointee.resultSlot).update(from: fp + f.pointee.resultSlot, count: f.pointee.resultSlots)
                    stackHi = popSegment(g)
                }
                pc = UnsafePointer<Word>(bitPattern: UInt(fp[FrameHeader.returnPC]))!
                fn = Int(fp[FrameHeader.callerFunc])
                fp = UnsafeMutablePointer<UInt64>(bitPattern: UInt(caller))!
            case .makeClo:
                g.pc = pc   // the allocation site (gosub trace)
                let idx = pc.pointee
                let l = layouts[Int(pc[1])]; pc += 2
                let n = w.fC
                let p = mcache.malloc(l.size, type: l)
                let o = UnsafeMutablePointer<UInt64>(bitPattern: p)!
                o[0] = idx
                for i in 0..<n { o[1 + i] = fp[w.fB + i] }
                fp[w.fA] = UInt64(p)
            case .panicV:
                save()
                panicValue(fp + w.fA)
                if startPanic(g) { reload(); continue }; return .panicked
            case .panicIdx:
                save(); indexError(i64(fp[w.fA]), i64(fp[w.fB])); if startPanic(g) { reload(); continue }; return .panicked
            case .unreachable:
                save(); fatal("unreachable code reached"); return .fatal
            case .deferPush:
                deferPush(g, fp + w.fA, w.fB, kind: w.fC, fp: fp, fn: fn)
            case .deferRun:
                save()
                if let r = deferRunNext(g, returnTo: pc - 1) {
                    if r == .finished { reload(); continue }
                    if r == .panicked && startPanic(g) { reload(); continue }
                    return r
                }
            case .frameAddr:
                fp[w.fA] = UInt64(UInt(bitPattern: fp))
            case .deferPushTo:
                let owner = Int(pc.pointee); pc += 1
                deferPush(g, fp + w.fA, w.fB, kind: w.fD,
                          fp: UnsafeMutablePointer<UInt64>(bitPattern: UInt(fp[w.fC]))!, fn: owner, belowRunningFrames: true)
            case .recover:
                recover(g, fp, into: fp + w.fA)
            case .eqIface:
                fp[w.fA] = b2w(ifaceEqual(fp + w.fB, fp + w.fC))
                if _slowPath(g.panicking != nil) { save(); if startPanic(g) { reload(); continue }; return .panicked }
            case .toItab:
                let d = fp[w.fA]
                if d != 0 {
                    guard let tab = itab(d, w.fB) else {
                        save()
                        if refusal != nil { return refuse() }
                        fatal("gosub: no itab"); return .fatal
                    }
                    fp[w.fA] = tab
                }
            case .ifaceType:
                let tab = fp[w.fB]
                fp[w.fA + 1] = fp[w.fB + 1]
                fp[w.fA] = tab == 0 ? 0 : ptr(tab).load(as: UInt64.self)
            case .callIface:
                if _slowPath(gcRequest.pointee != 0) { save(); collectIfRequested() }
                let tab = fp[w.fB]
                if _slowPath(tab == 0) { save(); nilError(); if startPanic(g) { reload(); continue }; return .panicked }
                let idx = Int(ptr(tab).load(fromByteOffset: 16 + 8 * w.fC, as: UInt64.self))
                let f = funcs + idx
                var nfp = fp + w.fA
                nfp[FrameHeader.size] = fp[w.fB + 1]
                if _slowPath(nfp + f.pointee.frameSlots > stackHi) {
                    save()
                    guard let moved = newSegment(nfp, f.pointee) else { return .fatal }
                    stackHi = g.stackHi
                    nfp = moved
                } else {
                    nfp[FrameHeader.copyBack] = 0
                }
                nfp[FrameHeader.callerFP] = UInt64(UInt(bitPattern: fp))
                nfp[FrameHeader.returnPC] = UInt64(UInt(bitPattern: pc))
                nfp[FrameHeader.callerFunc] = UInt64(fn)
                nfp[FrameHeader.closure] = 0
                fp = nfp
                fn = idx
                pc = f.pointee.code
            case .assert:
                let target = Int(pc[0]), source = Int(pc[1])
                pc += 2
                if !assertType(fp + w.fA, fp + w.fB, slots: w.fC, flags: w.fD, target: target, source: source) {
                    save(); if refusal != nil { return refuse() }
                    if startPanic(g) { reload(); continue }; return .panicked
                }
                if _slowPath(refusal != nil) { save(); return refuse() }
            case .fmtHas:
                // fmt's fast test: skip the call of fmt.formatMethod when the value has none of the methods
                if !fmtHasMethod(fp[w.fA], goString: w.fD & 1 != 0, format: w.fD & 4 != 0, methods: w.fD & 8 != 0) { pc += w.fsC }
            case .fmtStore:
                fmtStore(fp + w.fA, fp + w.fB + FrameHeader.size + 1, formatted: w.fD == 1)
            case .mapMake:
                g.pc = pc   // the allocation site (gosub trace)
                let t = Int(pc.pointee); pc += 1
                let hint = Int(max(0, i64(fp[w.fB])))
                if _slowPath(hint > Machine.maxSingleAlloc / 64) { save(); outOfMemory(); return .fatal }
                fp[w.fA] = makeMap(t, hint: hint)
            case .mapGet:
                let t = Int(pc.pointee); pc += 1
                save()
                if !mapGet(fp + w.fA, fp[w.fB], fp + w.fC, typeID: t, commaOK: w.fD == 1) {
                    if startPanic(g) { reload(); continue }; return .panicked
                }
            case .mapAssign:
                g.pc = pc   // the allocation site (gosub trace)
                pc += 1
                save()
                let a = mapAssign(fp[w.fB], fp + w.fC)
                if a == 0 { if startPanic(g) { reload(); continue }; return .panicked }
                fp[w.fA] = a
            case .mapDelete:
                let t = Int(pc.pointee); pc += 1
                save()
                if !mapDelete(fp[w.fA], fp + w.fB, typeID: t) { if startPanic(g) { reload(); continue }; return .panicked }
            case .mapLen:
                fp[w.fA] = mapLen(fp[w.fB])
            case .mapClear:
                mapClear(fp[w.fA])
            case .mapIterInit:
                pc += 1
                mapIterInit(fp + w.fA, fp[w.fB])
            case .mapIterNext:
                pc += 1
                mapIterNext(fp + w.fA, key: fp + w.fB, val: w.fC == 0 ? nil : fp + w.fC)
            case .panicMsg:
                save()
                panicMessageReturned(g)
                return .panicked
            case .goStart:
                save()
                if let r = goStart(fp + w.fA, w.fB) { return r }
            case .makeChan:
                g.pc = pc   // the allocation site (gosub trace)
                let t = Int(pc.pointee); pc += 1
                save()
                let c = makeChan(t, i64(fp[w.fB]))
                if c == 0 {
                    if g.panicking == nil { outOfMemory(); return .fatal }
                    if startPanic(g) { reload(); continue }; return .panicked
                }
                fp[w.fA] = c
            case .chanSend:
                save()
                switch chanSend(g, fp[w.fA], fp + w.fB) {
                case .finished: break
                case .panicked: if startPanic(g) { reload(); continue }; return .panicked
                case let r: return r
                }
            case .chanRecv:
                save()
                switch chanRecv(g, fp[w.fB], fp + w.fA, slots: w.fC, commaOK: w.fD == 1) {
                case .finished: break
                case .panicked: if startPanic(g) { reload(); continue }; return .panicked
                case let r: return r
                }
            case .addC, .subC, .mulC, .divC, .negC, .eqC, .makeC, .realC, .imagC, .convC:
                complexOp(unsafeBitCast(w.opByte, to: Opcode.self), fp, w)
            case .convChk:
                if _slowPath(i64(fp[w.fA]) < i64(fp[w.fB])) {
                    save()
                    raiseRuntimeError("cannot convert slice with length \(i64(fp[w.fA])) to array or pointer to array with length \(i64(fp[w.fB]))",
                                      typeID: image.program.boundsErrorType)
                    if startPanic(g) { reload(); continue }; return .panicked
                }
            case .select:
                save()
                switch selectOp(g, fp + w.fA, cases: w.fB, hasDefault: w.fC == 1) {
                case .finished: break
                case .panicked: if startPanic(g) { reload(); continue }; return .panicked
                case let r: return r
                }
            case .chanClose:
                save()
                if !chanClose(fp[w.fA]) { if startPanic(g) { reload(); continue }; return .panicked }
            case .chanLen:
                let c = fp[w.fB]
                // a timer channel reports 0, as Go's
                fp[w.fA] = c == 0 || ptr(c).load(fromByteOffset: 56, as: UInt64.self) != 0 ? 0 : ptr(c).load(as: UInt64.self)
            case .chanCap:
                let c = fp[w.fB]
                fp[w.fA] = c == 0 || ptr(c).load(fromByteOffset: 56, as: UInt64.self) != 0 ? 0 : ptr(c).load(fromByteOffset: 8, as: UInt64.self)
            case .panicCont:
                save()
                if panicContinue(g) { reload(); continue }
                return .panicked
            case .box:
                g.pc = pc   // the allocation site (gosub trace)
                box(fp + w.fA, fp + w.fB, w.fC)
            case .eqBlk:
                let n = Int(pc.pointee); pc += 1
                fp[w.fA] = b2w(memcmp(ptr(fp[w.fB]), ptr(fp[w.fC]), n) == 0)
            }
        }
    }
}

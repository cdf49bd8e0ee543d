// Stack maps for the collector: which frame slots of a function may be live
// at each instruction (Go's liveness analysis, run on the bytecode the first
// time a collection finds the function on a stack, then cached).
//
// Classic backward dataflow over the function's instructions:
//   liveIn(I)  = uses(I) ∪ (liveOut(I) − defs(I))
//   liveOut(I) = ∪ liveIn(S) over the successors S of I
// Safety needs uses ⊇ what I really reads and defs ⊆ what I surely writes
// whole, so an instruction not described here reads every slot below the
// compiler's `top` at it (FuncBuilder) and writes none. Successors are the
// fall-through, branch targets (jmp, jt, jf, jltI, jleI, fmtHas's skip),
// deferRun itself (it runs once per deferred call), and the recovery point
// of a function with one (a recovered panic resumes there from anywhere).
// The frame objects escape analysis placed (FuncMeta.frameObjectSlots) are
// reached through their addresses, not as slots: the maps leave them out
// and the collector scans them whole (GCRoots.swift). A function that takes
// the address of any other slot (lea, frameAddr) gets no map: its frames
// are scanned up to `top`.
//
// Which set a frame needs: the innermost frame stopped at I (about to run a
// call, parked in a channel operation, in a native such as runtime.GC) keeps
// liveIn(I); a caller stopped at the call I keeps liveOut(I) − defs(I), the
// call's results being written only when the callee returns.

import Bytecode

/// The liveness of one function's frame slots, per instruction.
struct FrameLiveness {
    /// Words per bitset (one bit per frame slot).
    let words: Int
    /// Instruction index of each code offset (an instruction's immediates map to it).
    let instrAt: [Int32]
    let liveIn: [UInt64]
    let liveOutLessDefs: [UInt64]

    /// The live slots of a frame stopped at code offset `offset`.
    func live(at offset: Int, innermost: Bool) -> ArraySlice<UInt64>? {
        guard offset >= 0 && offset < instrAt.count else { return nil }
        let i = Int(instrAt[offset]) * words
        return innermost ? liveIn[i..<i + words] : liveOutLessDefs[i..<i + words]
    }
}

extension Machine {
    /// The cached liveness of function fn; nil when it has none (its frames are scanned to `top`).
    func liveness(_ fn: Int) -> FrameLiveness? {
        if let l = livenessCache[fn] { return l }
        let l = computeLiveness(fn)
        livenessCache[fn] = l
        return l
    }

    private func computeLiveness(_ fn: Int) -> FrameLiveness? {
        let p = image.program
        let meta = p.funcs[fn]
        guard meta.length > 0, meta.entry + meta.length <= p.liveTops.count else { return nil }
        let words = (meta.frameSlots + 63) / 64
        // decode
        var starts: [Int] = []
        var instrAt = [Int32](repeating: 0, count: meta.length)
        var o = 0
        while o < meta.length {
            guard let op = Opcode(rawValue: p.code[meta.entry + o].opByte) else { return nil }
            if op == .frameAddr { return nil }
            if op == .lea && !meta.frameObjectSlots.contains(p.code[meta.entry + o].fB) { return nil }
            let n = 1 + op.info.imm
            for k in o..<min(o + n, meta.length) { instrAt[k] = Int32(starts.count) }
            starts.append(o)
            o += n
        }
        let count = starts.count
        var uses = [UInt64](repeating: 0, count: count * words)
        var defs = [UInt64](repeating: 0, count: count * words)
        var succs = [[Int]](repeating: [], count: count)
        let resultBase = FrameHeader.size + meta.paramSlots
        for (i, off) in starts.enumerated() {
            let w = p.code[meta.entry + off]
            let op = Opcode(rawValue: w.opByte)!
            let top = min(Int(p.liveTops[meta.entry + off]), meta.frameSlots)
            let base = i * words
            func use(_ s: Int, _ n: Int = 1) {
                for k in s..<max(s, min(s + n, meta.frameSlots)) { uses[base + k >> 6] |= 1 << UInt64(k & 63) }
            }
            func def(_ s: Int, _ n: Int = 1) {
                for k in s..<max(s, min(s + n, meta.frameSlots)) { defs[base + k >> 6] |= 1 << UInt64(k & 63) }
            }
            func target(_ d: Int) -> Int? {
                let t = off + 1 + d
                return t >= 0 && t < meta.length ? Int(instrAt[t]) : nil
            }
            var fallsThrough = true
            switch op {
            case .nop: break
            case .mov: def(w.fA); use(w.fB)
            case .mov2: def(w.fA, 2); use(w.fB, 2)
            case .mov3: def(w.fA, 3); use(w.fB, 3)
            case .movN: def(w.fA, w.fC); use(w.fB, w.fC)
            case .ldk, .ldi, .newObj, .lea: def(w.fA)
            case .zero: def(w.fA, w.fB)
            case .addI, .subI, .mulI, .divI, .remI, .divU, .remU, .andI, .orI, .xorI, .andNotI, .shl, .shrS, .shrU,
                 .eqI, .neI, .ltI, .leI, .ltU, .leU, .addF, .subF, .mulF, .divF, .eqF, .neF, .ltF, .leF,
                 .addF32, .subF32, .mulF32, .divF32, .eqF32, .ltF32, .leF32:
                def(w.fA); use(w.fB); use(w.fC)
            case .addIK, .negI, .notI, .sext8, .sext16, .sext32, .zext8, .zext16, .zext32, .not, .negF, .sqrtF, .negF32,
                 .i2f, .u2f, .f2i, .f2u, .i2f32, .u2f32, .f322i, .f322u, .f2f32, .f322f, .addP, .addPK,
                 .ld8s, .ld8u, .ld16s, .ld16u, .ld32s, .ld32u, .ld64:
                def(w.fA); use(w.fB)
            case .shiftChk, .nilchk: use(w.fA)
            case .tmpBuf: break
            case .st8, .st16, .st32, .st64, .bchk: use(w.fA); use(w.fB)
            case .concat: def(w.fA, 2); use(w.fB, 2); use(w.fC, 2)
            case .eqS, .ltS, .leS: def(w.fA); use(w.fB, 2); use(w.fC, 2)
            case .strIdx: def(w.fA); use(w.fB, 2); use(w.fC)
            case .decodeRune: def(w.fA, 2); use(w.fB, 2); use(w.fC)
            case .idxAddr: def(w.fA); use(w.fB); use(w.fC)
            case .idxChk: def(w.fA); use(w.fB, 2); use(w.fC)
            case .ldblk:
                def(w.fA, Int(p.code[meta.entry + off + 1]) / 8)   // whole slots only
                use(w.fB)
            case .stblk:
                use(w.fA); use(w.fB, (Int(p.code[meta.entry + off + 1]) + 7) / 8)
            case .makeClo: def(w.fA); use(w.fB, w.fC)
            case .makeSlice: def(w.fA, 3); use(w.fB); use(w.fC)
            case .grow: use(w.fA, 3); use(w.fB)
            case .slice: def(w.fA, 3); use(w.fB, 3); use(w.fC, 3)
            case .strSlice: def(w.fA, 2); use(w.fB, 2); use(w.fC, 2)
            case .copySl: def(w.fA); use(w.fB, 3); use(w.fC, 3)
            case .runeToStr: def(w.fA, 2); use(w.fB)
            case .bytesToStr, .runesToStr: def(w.fA, 2); use(w.fB, 3)
            case .strToBytes, .strToRunes: def(w.fA, 3); use(w.fB, 2)
            case .cpblk, .convChk, .panicIdx: use(w.fA); use(w.fB)
            case .zblk, .mapClear, .chanClose: use(w.fA)
            case .box:
                def(w.fA, 2)
                use(w.fB, w.fC < p.types.count ? Self.slotCount(p.types[w.fC]) : top)
            case .eqBlk: def(w.fA); use(w.fB); use(w.fC)
            case .eqIface: def(w.fA); use(w.fB, 2); use(w.fC, 2)
            case .toItab: use(w.fA); def(w.fA)
            case .ifaceType: def(w.fA, 2); use(w.fB, 2)
            case .assert: def(w.fA, w.fC + (w.fD & 1)); use(w.fB, 2)
            case .mapMake, .makeChan, .mapLen, .chanLen, .chanCap: def(w.fA); use(w.fB)
            case .mapGet, .mapAssign, .mapDelete:
                let mt = Int(p.code[meta.entry + off + 1])
                guard mt >= 0 && mt < p.types.count, p.types[mt].key >= 0 else { return nil }
                let keySlots = Self.slotCount(p.types[p.types[mt].key])
                switch op {
                case .mapGet:
                    def(w.fA, Self.slotCount(p.types[p.types[mt].elem]) + (w.fD & 1)); use(w.fB); use(w.fC, keySlots)
                case .mapAssign: def(w.fA); use(w.fB); use(w.fC, keySlots)
                default: use(w.fA); use(w.fB, keySlots)
                }
            case .mapIterInit: use(w.fB)
            case .mapIterNext: use(w.fA, 9)
            case .chanSend: use(w.fA); use(w.fB, top - w.fB)
            case .chanRecv: use(w.fB)
            case .goStart, .deferPush: use(w.fA, w.fB + 1)
            case .recover: def(w.fA, 2)
            case .panicV: use(w.fA, 2)
            case .jmp:
                fallsThrough = false
                if let t = target(w.fsBC) { succs[i].append(t) } else { return nil }
            case .jt, .jf:
                use(w.fA)
                if let t = target(w.fsBC) { succs[i].append(t) } else { return nil }
            case .jltI, .jleI:
                use(w.fA); use(w.fB)
                if let t = target(w.fsC) { succs[i].append(t) } else { return nil }
            case .call:
                // the callee's header is written by the call; its arguments are read
                def(w.fA, FrameHeader.size)
                if w.fBC < p.funcs.count {
                    let callee = p.funcs[w.fBC]
                    use(w.fA + FrameHeader.size, callee.paramSlots)
                    def(w.fA + FrameHeader.size + callee.paramSlots, callee.resultSlots)
                } else {
                    use(w.fA + FrameHeader.size, top - w.fA - FrameHeader.size)
                }
            case .callClo:
                use(w.fB)
                def(w.fA, FrameHeader.size)
                use(w.fA + FrameHeader.size, top - w.fA - FrameHeader.size)
            case .callIface:
                use(w.fB, 2)
                def(w.fA, FrameHeader.size)
                use(w.fA + FrameHeader.size, top - w.fA - FrameHeader.size)
            case .callNat: use(w.fA, top - w.fA)
            case .fmtHas:
                use(w.fA)
                if let t = target(w.fsC) { succs[i].append(t) } else { return nil }
            case .ret:
                fallsThrough = false
                use(resultBase, meta.resultSlots)
            case .deferRun:
                use(0, top)
                succs[i].append(i)
            default:
                use(0, top)
            }
            if fallsThrough && i + 1 < count { succs[i].append(i + 1) }
            if meta.recoverPC >= 0 && meta.recoverPC < meta.length { succs[i].append(Int(instrAt[meta.recoverPC])) }
        }
        // backward dataflow to a fixed point
        var liveIn = [UInt64](repeating: 0, count: count * words)
        var liveOut = [UInt64](repeating: 0, count: count * words)
        var changed = true
        while changed {
            changed = false
            for i in stride(from: count - 1, through: 0, by: -1) {
                let b = i * words
                for k in 0..<words {
                    var out: UInt64 = 0
                    for s in succs[i] { out |= liveIn[s * words + k] }
                    let inn = uses[b + k] | (out & ~defs[b + k])
                    liveOut[b + k] = out
                    if inn != liveIn[b + k] {
                        liveIn[b + k] = inn
                        changed = true
                    }
                }
            }
        }
        for k in 0..<liveOut.count { liveOut[k] &= ~defs[k] }
        // frame objects: scanned whole, apart from the maps
        for s in meta.frameObjectSlots where s < meta.frameSlots {
            let keep = ~(UInt64(1) << UInt64(s & 63))
            for i in 0..<count {
                liveIn[i * words + s >> 6] &= keep
                liveOut[i * words + s >> 6] &= keep
            }
        }
        return FrameLiveness(words: words, instrAt: instrAt, liveIn: liveIn, liveOutLessDefs: liveOut)
    }
}

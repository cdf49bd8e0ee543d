// Code and frame of one function being compiled: instruction words, forward
// jump patching, the line table, and the slot allocator.
//
// Slots are handed out bump-style from `top`: variables when declared,
// temporaries while a statement is compiled. A statement releases its
// temporaries by resetting `top` to where it started; a block releases its
// variables when it ends (their lifetime ends with their scope: anything
// captured or address-taken lives in a cell, on the heap or in the frame
// objects' region below every slot handed out here, FrameObjects.swift).
// The frame size is the high-water mark. Calls put the callee's frame at `top`,
// so a call never overwrites a live slot.
//
// Every code word records `top` as it was emitted (`tops`): at a safepoint
// the slots at and above it hold nothing live, so the collector scans a
// frame only below the top of the instruction it stopped at.

import Base
import Bytecode

final class FuncBuilder {
    let meta: FuncMeta
    var code: [Word] = []
    /// `top` when each code word was emitted (the live slots' bound there).
    var tops: [UInt16] = []
    var top: Int
    var maxTop: Int
    var relocs: [Int] = []           // word indices (in `code`) of static addresses
    private var patches: [(at: Int, label: Int, kind: PatchKind)] = []
    private var labelPos: [Int?] = []
    private var lastLine: Int32 = -1
    enum PatchKind { case bc, c }

    init(meta: FuncMeta, firstFree: Int) {
        self.meta = meta
        top = firstFree
        maxTop = firstFree
    }

    // MARK: slots

    func alloc(_ n: Int) throws(CompileError) -> Int {
        let s = top
        top += n
        if top > maxTop { maxTop = top }
        if top > Limits.maxSlot - 16 { throw CompileError(.none, "gosub: function \(meta.name) needs too large a frame") }
        return s
    }

    // MARK: emitting

    func line(_ pos: Pos) {
        guard pos.isKnown else { return }
        let l = Int32(pos.line)
        if l != lastLine {
            meta.lines.append(LineEntry(pc: code.count, line: l))
            lastLine = l
        }
    }

    private func append(_ w: Word) {
        code.append(w)
        tops.append(UInt16(min(top, Limits.maxSlot)))
    }

    func emit(_ op: Opcode, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0, d: Int = 0) {
        append(encode(op, a: a, b: b, c: c, d: d))
    }

    func emitBC(_ op: Opcode, _ a: Int, _ bc: Int) {
        append(encodeBC(op, a: a, bc: Int32(truncatingIfNeeded: bc)))
    }

    func imm(_ w: UInt64) { append(w) }
    func imm(_ i: Int) { append(UInt64(bitPattern: Int64(i))) }

    /// An immediate that is an offset in the static segment (relocated at load).
    func staticImm(_ off: Int) {
        relocs.append(code.count)
        append(UInt64(off))
    }

    /// R[a] = integer constant v.
    func loadInt(_ a: Int, _ v: Int64) {
        if v >= Int64(Int32.min) && v <= Int64(Int32.max) {
            emitBC(.ldi, a, Int(v))
        } else {
            emit(.ldk, a)
            imm(UInt64(bitPattern: v))
        }
    }

    /// R[a] = address in the static segment.
    func loadStatic(_ a: Int, _ off: Int) {
        emit(.ldk, a)
        staticImm(off)
    }

    // MARK: labels

    func newLabel() -> Int {
        labelPos.append(nil)
        return labelPos.count - 1
    }

    func bind(_ l: Int) { labelPos[l] = code.count }

    func jump(_ l: Int) {
        patches.append((code.count, l, .bc))
        emitBC(.jmp, 0, 0)
    }

    func jumpIf(_ cond: Int, _ l: Int, when: Bool) {
        patches.append((code.count, l, .bc))
        emitBC(when ? .jt : .jf, cond, 0)
    }

    /// A fused compare-and-branch with a 16-bit offset (falls back when far).
    func jumpCmp(_ op: Opcode, _ a: Int, _ b: Int, _ l: Int) {
        patches.append((code.count, l, .c))
        emit(op, a, b, 0)
    }

    func finish() throws(CompileError) {
        for p in patches {
            guard let target = labelPos[p.label] else { throw CompileError(.none, "gosub: internal error: unbound label in \(meta.name)") }
            let off = target - (p.at + 1)
            let w = code[p.at]
            switch p.kind {
            case .bc:
                code[p.at] = (w & 0xFFFF_FFFF) | UInt64(UInt32(bitPattern: Int32(off))) << 32
            case .c:
                guard off >= Int(Int16.min) && off <= Int(Int16.max) else {
                    throw CompileError(.none, "gosub: function \(meta.name) is too large (branch out of range)")
                }
                code[p.at] = (w & 0x0000_FFFF_FFFF_FFFF) | UInt64(UInt16(bitPattern: Int16(off))) << 48
            }
        }
        meta.frameSlots = maxTop
    }
}

/// A compile error: a feature gosub does not implement yet, or a limit.
public struct CompileError: Error, CustomStringConvertible {
    public var pos: Pos
    public var message: String
    public init(_ pos: Pos, _ message: String) { self.pos = pos; self.message = message }
    public var description: String { message }

    static func unsupported(_ pos: Pos, _ what: String) -> CompileError {
        CompileError(pos, "gosub: \(what) not supported yet")
    }
}

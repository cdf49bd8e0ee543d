// A program loaded for execution: code copied into one contiguous block
// (so a return address is a plain pointer), the static segment mapped and
// relocated, and raw tables the loop indexes without Swift collections:
// per function its entry and frame shape, per type its allocation layout.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the loop needs of a function, in raw memory.
public struct FuncEntry {
    public var code: UnsafePointer<Word>
    public var frameSlots: Int
    public var resultSlot: Int       // first result slot
    public var resultSlots: Int
    public var recoverPC: UnsafePointer<Word>?
}

public final class Image {
    public let program: Program
    public let code: UnsafeMutablePointer<Word>
    public let codeCount: Int
    public let funcs: UnsafeMutablePointer<FuncEntry>
    public let staticBase: UnsafeMutableRawPointer
    public let staticSize: Int
    public let layouts: UnsafeMutablePointer<TypeLayout>
    private var masks: [UnsafeMutablePointer<UInt8>] = []
    /// The `panicCont` instruction calls deferred by a panic return to.
    public var panicStub: UnsafePointer<Word> { funcs[program.panicStubFunc].code }

    public init(_ p: Program) {
        program = p
        codeCount = max(p.code.count, 1)
        code = .allocate(capacity: codeCount)
        code.initialize(repeating: 0, count: codeCount)
        for (i, w) in p.code.enumerated() { code[i] = w }
        staticSize = max(p.staticData.count, 8)
        let sb = UnsafeMutableRawPointer.allocate(byteCount: staticSize, alignment: 16)
        sb.initializeMemory(as: UInt8.self, repeating: 0, count: staticSize)
        p.staticData.withUnsafeBytes { b in
            if b.count > 0 { sb.copyMemory(from: b.baseAddress!, byteCount: b.count) }
        }
        staticBase = sb
        let base = UInt64(UInt(bitPattern: staticBase))
        for r in p.staticRelocs { code[r] = code[r] &+ base }
        for r in p.staticDataRelocs {
            let w = (sb + r).assumingMemoryBound(to: UInt64.self)
            w.pointee = w.pointee &+ base
        }
        funcs = .allocate(capacity: max(p.funcs.count, 1))
        for (i, f) in p.funcs.enumerated() {
            funcs[i] = FuncEntry(code: UnsafePointer(code + f.entry), frameSlots: f.frameSlots,
                                 resultSlot: FrameHeader.size + f.paramSlots, resultSlots: f.resultSlots,
                                 recoverPC: f.recoverPC >= 0 ? UnsafePointer(code + f.entry + f.recoverPC) : nil)
        }
        layouts = .allocate(capacity: max(p.types.count, 1))
        for (i, t) in p.types.enumerated() {
            var mask: UnsafePointer<UInt8>?
            if !t.gcmask.isEmpty {
                let m = UnsafeMutablePointer<UInt8>.allocate(capacity: t.gcmask.count)
                for (k, b) in t.gcmask.enumerated() { m[k] = b }
                masks.append(m)
                mask = UnsafePointer(m)
            }
            layouts[i] = TypeLayout(descriptor: UInt(bitPattern: staticBase + t.descriptorOffset), size: t.size,
                                    ptrBytes: t.ptrdata, gcmask: mask)
        }
    }

    deinit {
        code.deallocate()
        funcs.deallocate()
        staticBase.deallocate()
        layouts.deallocate()
        for m in masks { m.deallocate() }
    }

    /// The function index and word offset of a code address.
    public func locate(_ pc: UnsafePointer<Word>) -> (Int, Int)? {
        let off = pc - UnsafePointer(code)
        guard off >= 0 && off < codeCount, let i = program.funcIndex(containing: off) else { return nil }
        return (i, off - program.funcs[i].entry)
    }

    /// Whether p is an address in the static segment (a global, a literal, a descriptor).
    public func isStatic(_ p: UInt64) -> Bool {
        let base = UInt64(UInt(bitPattern: staticBase))
        return p >= base && p < base + UInt64(staticSize)
    }

    /// The RType of a type descriptor address.
    public func rtype(descriptor: UInt64) -> RType? {
        guard let d = Int(exactly: descriptor) else { return nil }
        let off = d &- Int(bitPattern: UInt(bitPattern: staticBase))
        guard off >= 0 && off + TypeDescriptor.size <= staticSize else { return nil }
        let id = Int(staticBase.load(fromByteOffset: off + TypeDescriptor.idOffset, as: UInt32.self))
        return id < program.types.count ? program.types[id] : nil
    }

    public func descriptorAddress(_ id: Int) -> UInt64 {
        UInt64(UInt(bitPattern: staticBase + program.types[id].descriptorOffset))
    }
}

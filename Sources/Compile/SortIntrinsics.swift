// sort.SliceStable and sort.Stable call back into Go (less, Len/Less/Swap),
// so they are compiled inline as Go code would run them: an insertion sort,
// stable, calling the closure or the interface's methods on this goroutine.
// Any stable sort gives the same order, so the results are Go's. (sort.Slice
// and sort.Sort are not stable; their order of equal elements is pdqsort's,
// so they stay unsupported until written in Go.)

import Base
import Syntax
import Types
import Bytecode

extension FuncCompiler {
    /// sort.SliceStable(x, less) with x a slice of known static type.
    func sortSliceStable(_ c: CallExpr) throws(CompileError) -> Bool {
        guard let sl = typeOf(c.args[0]).underlying as? Types.Slice else { return false }
        let es = TypeTable.size(sl.elem)
        let s = try fb.alloc(3)
        try expr(c.args[0], into: s)
        let less = try fb.alloc(1)
        try expr(c.args[1], into: less)
        let i = try fb.alloc(1), j = try fb.alloc(1), jm1 = try fb.alloc(1), zero = try fb.alloc(1)
        let tmp = try fb.alloc(max((es + 7) / 8, 1))
        let a = try fb.alloc(1), b = try fb.alloc(1)
        fb.loadInt(zero, 0)
        fb.loadInt(i, 1)
        let outer = fb.newLabel(), inner = fb.newLabel(), next = fb.newLabel(), done = fb.newLabel()
        fb.bind(outer)
        fb.jumpCmp(.jleI, s + 1, i, done)          // i >= len: done
        fb.emit(.mov, j, i)
        fb.bind(inner)
        fb.jumpCmp(.jleI, j, zero, next)           // j <= 0
        fb.emit(.addIK, jm1, j, -1)
        let base = try fb.alloc(FrameHeader.size + 3)
        fb.emit(.mov, base + FrameHeader.size, j)
        fb.emit(.mov, base + FrameHeader.size + 1, jm1)
        fb.line(c.pos)
        fb.emit(.callClo, base, less)
        fb.jumpIf(base + FrameHeader.size + 2, next, when: false)
        if es > 0 {
            fb.emit(.idxAddr, a, s, j); fb.imm(es)
            fb.emit(.idxAddr, b, s, jm1); fb.imm(es)
            fb.emit(.ldblk, tmp, a); fb.imm(es)
            fb.emit(.cpblk, a, b); fb.imm(es)
            fb.emit(.stblk, b, tmp); fb.imm(es)
        }
        fb.emit(.mov, j, jm1)
        fb.jump(inner)
        fb.bind(next)
        fb.emit(.addIK, i, i, 1)
        fb.jump(outer)
        fb.bind(done)
        return true
    }

    /// sort.Stable(data) through data's Len, Less and Swap.
    func sortStable(_ c: CallExpr, _ sig: Signature) throws(CompileError) -> Bool {
        guard let it = sig.params.vars.first?.type else { return false }       // sort.Interface
        guard let iface = it.underlying as? Interface else { return false }
        let names = iface.typeSet.methods.map(\.name).sorted()
        guard let lenI = names.firstIndex(of: "Len"), let lessI = names.firstIndex(of: "Less"),
              let swapI = names.firstIndex(of: "Swap") else { return false }
        let v = try fb.alloc(2)
        try expr(c.args[0], into: v, as: it)
        let n = try fb.alloc(1), i = try fb.alloc(1), j = try fb.alloc(1), jm1 = try fb.alloc(1), zero = try fb.alloc(1)
        let base = try fb.alloc(FrameHeader.size + 4)
        fb.line(c.pos)
        fb.emit(.callIface, base, v, lenI)
        fb.emit(.mov, n, base + FrameHeader.size + 1)
        fb.loadInt(zero, 0)
        fb.loadInt(i, 1)
        let outer = fb.newLabel(), inner = fb.newLabel(), next = fb.newLabel(), done = fb.newLabel()
        fb.bind(outer)
        fb.jumpCmp(.jleI, n, i, done)
        fb.emit(.mov, j, i)
        fb.bind(inner)
        fb.jumpCmp(.jleI, j, zero, next)
        fb.emit(.addIK, jm1, j, -1)
        fb.emit(.mov, base + FrameHeader.size + 1, j)
        fb.emit(.mov, base + FrameHeader.size + 2, jm1)
        fb.emit(.callIface, base, v, lessI)
        fb.jumpIf(base + FrameHeader.size + 3, next, when: false)
        fb.emit(.mov, base + FrameHeader.size + 1, j)
        fb.emit(.mov, base + FrameHeader.size + 2, jm1)
        fb.emit(.callIface, base, v, swapI)
        fb.emit(.mov, j, jm1)
        fb.jump(inner)
        fb.bind(next)
        fb.emit(.addIK, i, i, 1)
        fb.jump(outer)
        fb.bind(done)
        return true
    }
}

// Places: where a value of a known type can be read or written.
//
//   .reg(s)        a whole value in its own slots from s, in slot shape
//                  (narrow scalars widened) — a frame variable or a temporary;
//   .slots(s, o)   raw bytes at byte offset o inside a block held in slots
//                  (a field of a struct variable in the frame);
//   .mem(p, o)     memory at R[p] + o (heap, static, or a frame address
//                  from `lea`, which is never stored anywhere).
//
// loadFrom/storeTo move a value between a place and slots in slot shape,
// picking the typed load/store for its width.

import Syntax
import Types
import Bytecode

enum Place {
    case reg(Int)
    case slots(Int, Int)
    case mem(Int, Int)
}

extension FuncCompiler {
    /// A `.mem` place for any place (lea for slot places).
    func memPlace(_ p: Place) throws(CompileError) -> (Int, Int) {
        switch p {
        case .mem(let r, let o):
            if o <= 0xFFFF { return (r, o) }
            let t = try fb.alloc(1)
            fb.emit(.addPK, t, r); fb.imm(o)
            return (t, 0)
        case .reg(let s):
            let t = try fb.alloc(1)
            fb.emit(.lea, t, s)
            return (t, 0)
        case .slots(let s, let o):
            let t = try fb.alloc(1)
            fb.emit(.lea, t, s + o / 8)
            return (t, o % 8)
        }
    }

    /// The place of a sub-value at byte offset `off` of a value at `p` (a field, an array element).
    func offsetPlace(_ p: Place, _ off: Int) -> Place {
        switch p {
        case .reg(let s): return .slots(s, off)
        case .slots(let s, let o): return .slots(s, o + off)
        case .mem(let r, let o): return .mem(r, o + off)
        }
    }

    func loadOp(_ k: RKind) -> Opcode {
        switch k {
        case .bool, .uint8: return .ld8u
        case .int8: return .ld8s
        case .int16: return .ld16s
        case .uint16: return .ld16u
        case .int32: return .ld32s
        case .uint32, .float32: return .ld32u
        default: return .ld64
        }
    }

    func storeOp(_ k: RKind) -> Opcode {
        switch k {
        case .bool, .uint8, .int8: return .st8
        case .int16, .uint16: return .st16
        case .int32, .uint32, .float32: return .st32
        default: return .st64
        }
    }

    static func width(_ k: RKind) -> Int {
        switch k {
        case .bool, .uint8, .int8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        default: return 8
        }
    }

    /// Whether a value of this shape occupies whole 8-byte slots, so that at a
    /// slot-aligned place it moves slot by slot (a zero-size value moves nothing).
    static func fillsWholeSlots(_ shape: Shape) -> Bool {
        switch shape {
        case .scalar(let k): return width(k) == 8
        case .string, .iface, .slice, .zero: return true
        case .block(let size): return size % 8 == 0
        }
    }

    /// Slots from `dst` = the value of type t at p.
    func loadFrom(_ p: Place, _ t: GoType, into dst: Int) throws(CompileError) {
        let shape = TypeTable.shape(t)
        let n = TypeTable.slots(t)
        if case .reg(let s) = p {
            try move(dst, s, n)
            return
        }
        if case .slots(let s, let o) = p, o % 8 == 0, Self.fillsWholeSlots(shape) {
            try move(dst, s + o / 8, n)
            return
        }
        switch shape {
        case .zero: return
        case .scalar(let k):
            let (r, o) = try memPlace(p)
            fb.emit(loadOp(k), dst, r, o)
        case .string, .iface, .slice:
            let (r, o) = try memPlace(p)
            for i in 0..<n { fb.emit(.ld64, dst + i, r, o + 8 * i) }
        case .block(let size):
            var (r, o) = try memPlace(p)
            if o != 0 { let t = try fb.alloc(1); fb.emit(.addP, t, r, o); r = t; o = 0 }
            fb.emit(.ldblk, dst, r); fb.imm(size)
        }
    }

    /// The value of type t in slots from `src` stored at p.
    func storeTo(_ p: Place, _ t: GoType, from src: Int) throws(CompileError) {
        let shape = TypeTable.shape(t)
        let n = TypeTable.slots(t)
        if case .reg(let s) = p {
            try move(s, src, n)
            return
        }
        if case .slots(let s, let o) = p, o % 8 == 0, Self.fillsWholeSlots(shape) {
            try move(s + o / 8, src, n)
            return
        }
        switch shape {
        case .zero: return
        case .scalar(let k):
            let (r, o) = try memPlace(p)
            fb.emit(storeOp(k), r, src, o)
        case .string, .iface, .slice:
            let (r, o) = try memPlace(p)
            for i in 0..<n { fb.emit(.st64, r, src + i, o + 8 * i) }
        case .block(let size):
            var (r, o) = try memPlace(p)
            if o != 0 { let t = try fb.alloc(1); fb.emit(.addP, t, r, o); r = t; o = 0 }
            fb.emit(.stblk, r, src); fb.imm(size)
        }
    }

    func move(_ dst: Int, _ src: Int, _ n: Int) throws(CompileError) {
        if dst == src || n == 0 { return }
        switch n {
        case 1: fb.emit(.mov, dst, src)
        case 2: fb.emit(.mov2, dst, src)
        case 3: fb.emit(.mov3, dst, src)
        default: fb.emit(.movN, dst, src, n)
        }
    }

    /// Zeroes a place of type t.
    func zeroPlace(_ p: Place, _ t: GoType) throws(CompileError) {
        let n = TypeTable.slots(t)
        if n == 0 { return }
        if case .reg(let s) = p { fb.emit(.zero, s, n); return }
        let tmp = try fb.alloc(n)
        fb.emit(.zero, tmp, n)
        try storeTo(p, t, from: tmp)
    }

    // MARK: places of expressions

    /// The place an addressable expression denotes (evaluating index and
    /// pointer operands now); non-addressable values are computed into temps.
    func place(_ e: Expr) throws(CompileError) -> Place {
        let e = unparen(e)
        switch e {
        case let n as Name:
            guard let v = obj(n) as? Var else { break }
            return try placeOfVar(v, n)
        case let s as SelectorExpr:
            if let sel = fieldSelection(s) {
                return try fieldPlace(s.x, path: sel)
            }
        case let ix as IndexExpr:
            let xt = typeOf(ix.x).underlying
            if let a = xt as? Types.ArrayType {
                let base = try place(ix.x)
                return try elementPlace(base, arrayLen: Int(a.len), elem: a.elem, index: ix.index)
            }
            if let p = xt as? Types.Pointer, let a = p.elem.underlying as? Types.ArrayType {
                let ptr = try valueSlots(ix.x)
                fb.emit(.nilchk, ptr)
                return try elementPlace(.mem(ptr, 0), arrayLen: Int(a.len), elem: a.elem, index: ix.index)
            }
            if let sl = xt as? Types.Slice {
                let s = try valueSlots(ix.x)
                let i = try indexValue(ix.index)
                let a = try fb.alloc(1)
                fb.emit(.idxChk, a, s, i); fb.imm(TypeTable.size(sl.elem))
                return .mem(a, 0)
            }
            if xt is Types.MapType { return try mapPlace(ix) }
        case let o as Operation where o.op == .mul && o.y == nil:
            let p = try valueSlots(o.x)
            fb.emit(.nilchk, p)
            return .mem(p, 0)
        default: break
        }
        let t = typeOf(e)
        let s = try valueSlots(e)
        _ = t
        return .reg(s)
    }

    func placeOfVar(_ v: Var, _ at: Node) throws(CompileError) -> Place {
        if let loc = vars[ObjectIdentifier(v)] {
            switch loc {
            case .frame(let s): return .reg(s)
            case .cell(let c): return .mem(c, 0)
            case .global(let o):
                let p = try fb.alloc(1)
                fb.loadStatic(p, o)
                return .mem(p, 0)
            }
        }
        if v.kind == .package {
            return try placeOfGlobal(v)
        }
        throw CompileError(at.pos, "gosub: internal error: variable \(v.name) has no location")
    }

    /// The field path of a selector that selects a field (nil otherwise).
    func fieldSelection(_ s: SelectorExpr) -> [Int]? {
        if let n = s.x as? Name, obj(n) is PkgName { return nil }
        let xt = typeOf(s.x)
        if case .field(_, let path) = selection(xt, s.sel.value, in: checker.pkg) { return path }
        return nil
    }

    /// Walks a field path from the value x (auto-dereferencing pointers).
    func fieldPlace(_ x: Expr, path: [Int]) throws(CompileError) -> Place {
        var t = typeOf(x)
        var p: Place
        if t.underlying is Types.Pointer {
            let ptr = try valueSlots(x)
            fb.emit(.nilchk, ptr)
            p = .mem(ptr, 0)
            t = (t.underlying as! Types.Pointer).elem
        } else {
            p = try place(x)
        }
        for (k, i) in path.enumerated() {
            guard let st = t.underlying as? Struct else { throw CompileError(x.pos, "gosub: internal error: field path") }
            let off = Int(Layout.offsetsof(st)[i])
            let ft = st.fields[i].type!
            p = offsetPlace(p, off)
            t = ft
            if k < path.count - 1, let pt = ft.underlying as? Types.Pointer {
                // an embedded pointer: load it and go on through memory
                let r = try fb.alloc(1)
                try loadFrom(p, ft, into: r)
                fb.emit(.nilchk, r)
                p = .mem(r, 0)
                t = pt.elem
            }
        }
        return p
    }

    /// Place of element `index` of an array at `base` (bounds-checked).
    func elementPlace(_ base: Place, arrayLen: Int, elem: GoType, index: Expr) throws(CompileError) -> Place {
        let esize = TypeTable.size(elem)
        if let c = tv(index)?.value {
            let i = Int(c.int64Value.0)
            return offsetPlace(base, i * esize)
        }
        let i = try indexValue(index)
        let n = try fb.alloc(1)
        fb.loadInt(n, Int64(arrayLen))
        fb.emit(.bchk, i, n)
        let (r, o) = try memPlace(base)
        let a = try fb.alloc(1)
        fb.emit(.idxAddr, a, r, i); fb.imm(esize)
        return .mem(a, o)
    }

    /// An index operand as a signed 64-bit slot (unsigned index types above
    /// MaxInt64 are caught by bchk's unsigned compare).
    func indexValue(_ e: Expr) throws(CompileError) -> Int {
        try valueSlots(e)
    }
}

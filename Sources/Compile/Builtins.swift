// Builtin functions (len, cap, append, copy, make, new, print, println,
// panic, min, max) and conversions T(x).

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    func builtin(_ b: BuiltinID, _ c: CallExpr, into dst: Int) throws(CompileError) {
        switch b {
        case .len, .cap:
            let xt = typeOf(c.args[0]).underlying
            let x = try valueSlots(c.args[0])
            switch xt {
            case let bt as Basic where bt.isString: fb.emit(.mov, dst, x + 1)
            case is Types.Slice: fb.emit(.mov, dst, x + (b == .len ? 1 : 2))
            case is Types.MapType where b == .len: fb.emit(.mapLen, dst, x)
            case is Chan: fb.emit(b == .len ? .chanLen : .chanCap, dst, x)
            case let p as Types.Pointer:
                // len(p) of *array: constant unless p is nil-checked... Go: constant, but evaluates p
                guard let a = p.elem.underlying as? Types.ArrayType else { throw CompileError.unsupported(c.pos, "\(b.rawValue) of \(xt) is") }
                fb.loadInt(dst, a.len)
            case let a as Types.ArrayType:
                // an array whose length the checker could not fold: a type parameter's instance
                fb.loadInt(dst, a.len)
            default: throw CompileError.unsupported(c.pos, "\(b.rawValue) of \(xt) is")
            }
        case .append:
            try append(c, into: dst)
        case .copy:
            let d = try valueSlots(c.args[0])
            let s = try valueSlots(c.args[1])
            let et = (typeOf(c.args[0]).underlying as! Types.Slice).elem
            fb.emit(.copySl, dst, d, s); fb.imm(TypeTable.size(et))
        case .make:
            let t = typeOf(c)
            if t.underlying is Types.MapType {
                let h = c.args.count > 1 ? try valueSlots(c.args[1]) : nil
                return try mapMake(t, hint: h, into: dst)
            }
            if t.underlying is Chan {
                let n = try fb.alloc(1)
                if c.args.count > 1 { try expr(c.args[1], into: n) } else { fb.loadInt(n, 0) }
                fb.emit(.makeChan, dst, n); fb.imm(compiler.types.id(t))
                return
            }
            guard let sl = t.underlying as? Types.Slice else {
                throw CompileError.unsupported(c.pos, "make of \(t) is")
            }
            if try makeSliceInFrame(c, sl, into: dst) { return }
            let n = try valueSlots(c.args[1])
            let m = c.args.count > 2 ? try valueSlots(c.args[2]) : n
            fb.emit(.makeSlice, dst, n, m); fb.imm(compiler.types.id(sl.elem))
        case .new:
            // new(T), or since Go 1.26 new(v): a variable initialized to v
            let a = c.args[0]
            if isTypeExpr(a) {
                try newObject(dst, (typeOf(c).underlying as? Types.Pointer)?.elem ?? typeOf(a), for: c)
            } else {
                let t = (typeOf(c).underlying as? Types.Pointer)?.elem ?? typeOf(a)
                let v = try valueSlots(a, t)
                try newObject(dst, t, for: c, overwritten: true)
                try storeTo(.mem(dst, 0), t, from: v)
            }
        case .print, .println:
            try printCall(c, newline: b == .println)
        case .panic:
            let v = try fb.alloc(2)
            try expr(c.args[0], into: v, as: Universe.anyType)
            fb.line(c.pos)
            fb.emit(.panicV, v)
        case .min, .max:
            let t = typeOf(c)
            let n = TypeTable.slots(t)
            let acc = try fb.alloc(n)
            try expr(c.args[0], into: acc, as: t)
            let cond = try fb.alloc(1)
            for a in c.args.dropFirst() {
                let v = try valueSlots(a, t)
                let skip = fb.newLabel()
                let k = TypeTable.kind(t)
                if k == .float64 || k == .float32 {
                    // Go's rules for NaN and signed zeros, as math.Min/Max
                    let area = try fb.alloc(2)
                    if k == .float32 { fb.emit(.f322f, area, acc); fb.emit(.f322f, area + 1, v) }
                    else { fb.emit(.mov, area, acc); fb.emit(.mov, area + 1, v) }
                    fb.emitBC(.callNat, area, (b == .min ? NativeID.mathMin : NativeID.mathMax).rawValue)
                    if k == .float32 { fb.emit(.f2f32, acc, area) } else { fb.emit(.mov, acc, area) }
                    continue
                }
                // keep acc unless v is smaller (min) / larger (max)
                try compareValues(b == .min ? .lss : .gtr, t, cond, v, acc, at: c)
                fb.jumpIf(cond, skip, when: false)
                try move(acc, v, n)
                fb.bind(skip)
            }
            try move(dst, acc, n)
        case .recover:
            fb.emit(.recover, dst)
        case .complex:
            let t = typeOf(c)
            let small = TypeTable.kind(t) == .complex64
            let ft: GoType = small ? (Universe.scope.lookup("float32")!.type!) : Universe.float64
            let re = try valueSlots(c.args[0], ft), im = try valueSlots(c.args[1], ft)
            fb.emit(.makeC, dst, re, im, d: small ? 1 : 0)
        case .real, .imag:
            let small = TypeTable.kind(typeOf(c.args[0])) == .complex64
            let v = try valueSlots(c.args[0])
            fb.emit(b == .real ? .realC : .imagC, dst, v, 0, d: small ? 1 : 0)
        case .delete:
            try mapDelete(c)
        case .close:
            let ch = try valueSlots(c.args[0])
            fb.line(c.pos)
            fb.emit(.chanClose, ch)
        case .clear:
            let t = typeOf(c.args[0])
            if t.underlying is Types.MapType {
                let m = try valueSlots(c.args[0])
                fb.emit(.mapClear, m)
            } else if let sl = t.underlying as? Types.Slice {
                // clear(s): zero len(s) elements
                let s = try valueSlots(c.args[0])
                let z = try fb.alloc(1)
                let es = TypeTable.size(sl.elem)
                let zs = try fb.alloc(3)
                fb.emit(.makeSlice, zs, s + 1, s + 1); fb.imm(compiler.types.id(sl.elem))
                fb.emit(.copySl, z, s, zs); fb.imm(es)
            }
        case .sliceData, .stringData:
            // the data pointer: a slice's or a string's first word
            let v = try valueSlots(c.args[0])
            fb.emit(.mov, dst, v)
        case .string, .slice:
            // unsafe.String(ptr, len) / unsafe.Slice(ptr, len), with Go's checks of len
            let area = try fb.alloc(3)
            try expr(c.args[0], into: area + 1)
            try expr(c.args[1], into: area + 2, as: Universe.int)
            fb.loadInt(area, b == .string ? 0 : 1)
            fb.line(c.pos)
            fb.emitBC(.callNat, area, NativeID.unsafeLenCheck.rawValue)
            fb.emit(.mov, dst, area + 1)
            fb.emit(.mov, dst + 1, area + 2)
            if b == .slice { fb.emit(.mov, dst + 2, area + 2) }
        case .add:
            let p = try valueSlots(c.args[0])
            let n = try valueSlots(c.args[1], Universe.int)
            fb.emit(.addI, dst, p, n)
        case .sizeof, .alignof:
            // in generic code the size depends on the instance (elsewhere it is a constant)
            let t = typeOf(c.args[0])
            fb.loadInt(dst, b == .sizeof ? Layout.sizeof(t) : Layout.alignof(t))
        default:
            throw CompileError.unsupported(c.pos, "builtin \(b.rawValue) is")
        }
    }

    func append(_ c: CallExpr, into dst: Int) throws(CompileError) {
        let st = typeOf(c)
        guard let sl = st.underlying as? Types.Slice else { throw CompileError(c.pos, "gosub: internal error: append") }
        let es = TypeTable.size(sl.elem)
        let s = try fb.alloc(3)
        try expr(c.args[0], into: s)
        if c.hasDots {
            // append(s, t...): t a slice or a string
            let t = try valueSlots(c.args[1])
            let newLen = try fb.alloc(1)
            fb.emit(.addI, newLen, s + 1, t + 1)
            let old = try fb.alloc(1)
            fb.emit(.mov, old, s + 1)
            fb.emit(.grow, s, newLen); fb.imm(compiler.types.id(sl.elem))
            let at = try fb.alloc(3)
            fb.emit(.idxAddr, at, s, old); fb.imm(es)
            fb.emit(.mov, at + 1, t + 1); fb.emit(.mov, at + 2, t + 1)
            let n = try fb.alloc(1)
            fb.emit(.copySl, n, at, t); fb.imm(es)
            try move(dst, s, 3)
            return
        }
        let extra = c.args.count - 1
        if extra == 0 { try move(dst, s, 3); return }
        // evaluate the new elements first (they may read s)
        var vals: [Int] = []
        for a in c.args.dropFirst() { vals.append(try valueSlots(a, sl.elem)) }
        let old = try fb.alloc(1)
        fb.emit(.mov, old, s + 1)
        let newLen = try fb.alloc(1)
        fb.emit(.addIK, newLen, s + 1, extra)
        fb.emit(.grow, s, newLen); fb.imm(compiler.types.id(sl.elem))
        let p = try fb.alloc(1)
        fb.emit(.idxAddr, p, s, old); fb.imm(es)
        for (i, v) in vals.enumerated() {
            try storeTo(.mem(p, i * es), sl.elem, from: v)
        }
        try move(dst, s, 3)
    }

    /// print/println: one runtime print call per argument, as gc lowers them.
    func printCall(_ c: CallExpr, newline: Bool) throws(CompileError) {
        let base = fb.top
        fb.emitBC(.callNat, base, NativeID.printLock.rawValue)
        for (i, a) in c.args.enumerated() {
            let mark = fb.top
            if newline && i > 0 { fb.emitBC(.callNat, base, NativeID.printSpace.rawValue) }
            let t = printType(a)
            let v = try fb.alloc(max(TypeTable.slots(t), 1))
            if let cv = tv(a)?.value { try constant(cv, t, into: v, at: a) } else { try expr(a, into: v) }
            try printValue(t, v, at: a)
            fb.top = mark
        }
        if newline { fb.emitBC(.callNat, base, NativeID.printNewline.rawValue) }
        fb.emitBC(.callNat, base, NativeID.printUnlock.rawValue)
    }

    /// The type print/println prints an argument as (untyped constants take their default type).
    func printType(_ a: Expr) -> GoType {
        if let b = tvType(a) as? Basic, b.isUntyped { return defaultTypeOf(b) }
        return typeOf(a)
    }

    /// Prints the value of type t in slots v (print's format); may convert v in place.
    func printValue(_ t: GoType, _ v: Int, at: Node) throws(CompileError) {
        let k = TypeTable.kind(t)
        let nid: NativeID
        switch k {
        case .bool: nid = .printBool
        case .string: nid = .printString
        case .float64: nid = .printFloat
        case .float32: nid = .printFloat32
        case .pointer, .map, .chan, .function, .unsafePointer: nid = .printPointer
        case .slice: nid = .printSlice
        case .interface: nid = .printIface
        case .complex64: fb.emit(.convC, v, v, d: 2); nid = .printComplex
        case .complex128: nid = .printComplex
        default:
            guard k.isSigned || k.isUnsigned else { throw CompileError.unsupported(at.pos, "printing \(t) is") }
            nid = k.isSigned ? .printInt : .printUint
        }
        fb.emitBC(.callNat, v, nid.rawValue)
    }

    // MARK: conversions

    func conversion(_ to: GoType, _ x: Expr, into dst: Int, at: Node) throws(CompileError) {
        if let v = tv(at as! Expr)?.value {
            return try constant(v, to, into: dst, at: at)
        }
        if (tvType(x) as? Basic)?.kind == .untypedNil {
            // T(nil): the zero value of a pointer, slice, map, chan, func or interface type
            let n = TypeTable.slots(to)
            if n > 0 { fb.emit(.zero, dst, n) }
            return
        }
        var from = typeOf(x)
        if let b = tvType(x) as? Basic, b.isUntyped { from = defaultTypeOf(b) }
        if isInterfaceType(to) {
            // T(x) to an interface: as an assignment (itab, or the type word for any)
            return try toInterface(x, into: dst, iface: to)
        }
        let fk = TypeTable.kind(from), tk = TypeTable.kind(to)
        let isInt: (RKind) -> Bool = { $0.isSigned || $0.isUnsigned }
        if isInt(fk) && isInt(tk) {
            try expr(x, into: dst)
            normalize(tk, dst)
            if tk != fk, FuncCompiler.width(tk) == 8 { } // widening: nothing to do
            return
        }
        let isFloat: (RKind) -> Bool = { $0 == .float32 || $0 == .float64 }
        if isInt(fk) && isFloat(tk) {
            let v = try valueSlots(x)
            if tk == .float64 { fb.emit(fk.isSigned ? .i2f : .u2f, dst, v) } else { fb.emit(fk.isSigned ? .i2f32 : .u2f32, dst, v) }
            return
        }
        if isFloat(fk) && isInt(tk) {
            let v = try valueSlots(x)
            if fk == .float64 { fb.emit(tk.isSigned ? .f2i : .f2u, dst, v) } else { fb.emit(tk.isSigned ? .f322i : .f322u, dst, v) }
            normalize(tk, dst)
            return
        }
        if isFloat(fk) && isFloat(tk) {
            let v = try valueSlots(x)
            if fk == tk { fb.emit(.mov, dst, v) } else { fb.emit(fk == .float64 ? .f2f32 : .f322f, dst, v) }
            return
        }
        if tk == .string && isInt(fk) {
            let v = try valueSlots(x)
            fb.emit(.runeToStr, dst, v)
            return
        }
        if tk == .string, let sl = from.underlying as? Types.Slice {
            let v = try valueSlots(x)
            let ek = TypeTable.kind(sl.elem)
            offerStringBuffer(at)
            fb.emit(ek == .uint8 ? .bytesToStr : .runesToStr, dst, v)
            return
        }
        if fk == .string, let sl = to.underlying as? Types.Slice {
            let v = try valueSlots(x)
            let ek = TypeTable.kind(sl.elem)
            if let c = at as? CallExpr, let elems = constantStringConversion(c) {
                // a constant: an array of exactly its bytes or runes, as gc makes it
                let p = try fb.alloc(1)
                try newObject(p, Types.ArrayType(sl.elem, Int64(elems.count)), for: c)
                if ek == .uint8 {
                    fb.emit(.cpblk, p, v); fb.imm(elems.count)
                } else {
                    let r = try fb.alloc(1)
                    for (i, e) in elems.enumerated() {
                        fb.loadInt(r, e)
                        fb.emit(.st32, p, r, 4 * i)
                    }
                }
                fb.emit(.mov, dst, p)
                fb.loadInt(dst + 1, Int64(elems.count))
                fb.loadInt(dst + 2, Int64(elems.count))
                return
            }
            if ek == .uint8, escape?.zeroCopy.contains(ObjectIdentifier(at)) == true {
                // read only and local: the string's own bytes (gc's zero-copy conversion)
                fb.emit(.mov, dst, v)
                fb.emit(.mov, dst + 1, v + 1)
                fb.emit(.mov, dst + 2, v + 1)
                return
            }
            offerStringBuffer(at)
            fb.emit(ek == .uint8 ? .strToBytes : .strToRunes, dst, v)
            return
        }
        if (fk == .complex64 || fk == .complex128) && (tk == .complex64 || tk == .complex128) {
            let v = try valueSlots(x)
            if fk == tk { try move(dst, v, TypeTable.slots(to)) } else { fb.emit(.convC, dst, v, d: tk == .complex64 ? 1 : 2) }
            return
        }
        if fk == .slice && (tk == .array || tk == .pointer) {
            let at = tk == .array ? to : (to.underlying as? Types.Pointer)?.elem ?? to
            guard let arr = at.underlying as? Types.ArrayType else { throw CompileError(startPos(x), "gosub: internal error: slice conversion") }
            let v = try valueSlots(x)
            let n = try fb.alloc(1)
            fb.loadInt(n, arr.len)
            fb.emit(.convChk, v + 1, n)
            if tk == .pointer {
                fb.emit(.mov, dst, v)
            } else {
                let size = TypeTable.size(arr)
                if size > 0 { fb.emit(.ldblk, dst, v); fb.imm(size) }
            }
            return
        }
        // same representation (named types, pointers, unsafe.Pointer, uintptr)
        try expr(x, into: dst)
    }
}

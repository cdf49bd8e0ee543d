// Composite values: index and slice expressions, composite literals, and
// boxing a value into an interface (closures are in Closures.swift).

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    func indexExpr(_ ix: IndexExpr, into dst: Int) throws(CompileError) {
        if isTypeExpr(ix) { throw CompileError.unsupported(ix.pos, "this use of an instantiated type is") }
        let xt = typeOf(ix.x).underlying
        if let b = xt as? Basic, b.isString {
            let s = try valueSlots(ix.x)
            let i = try indexValue(ix.index)
            fb.emit(.strIdx, dst, s, i)
            return
        }
        if xt is Types.MapType { return try mapIndex(ix, into: dst, commaOK: false) }
        if xt is Signature || tv(ix.x) == nil {
            // an explicitly instantiated generic function as a value
            var f: Func?
            let base = unparen(ix.x)
            if let n = base as? Name { f = obj(n) as? Func }
            if let s = base as? SelectorExpr, let pn = s.x as? Name, obj(pn) is PkgName { f = checker.uses[ObjectIdentifier(s.sel)] as? Func }
            if let gf = f, gf.hasBody, gf.signature.recv == nil {
                let targs = unpackList(ix.index).compactMap { resolveType($0).map { sub($0) } ?? tvType($0) }
                if targs.count == gf.signature.tparams.count {
                    fb.loadStatic(dst, compiler.staticClosure(compiler.instance(gf, targs)))
                    return
                }
            }
            if let s = base as? SelectorExpr, try genericMethodValue(s, unpackList(ix.index), into: dst) { return }
            throw CompileError.unsupported(ix.pos, "generic functions are")
        }
        let p = try place(ix)
        try loadFrom(p, typeOf(ix), into: dst)
    }

    func sliceExpr(_ s: SliceExpr, into dst: Int) throws(CompileError) {
        let xt = typeOf(s.x).underlying
        var flags = 0
        let bounds = try fb.alloc(3)
        for k in 0..<3 {
            if let e = s.index[k] {
                flags |= 1 << k
                try expr(e, into: bounds + k)
            }
        }
        if let b = xt as? Basic, b.isString {
            let str = try valueSlots(s.x)
            fb.emit(.strSlice, dst, str, bounds, d: flags)
            return
        }
        var base: Int
        var esize: Int
        switch xt {
        case let sl as Types.Slice:
            base = try valueSlots(s.x)
            esize = TypeTable.size(sl.elem)
        case let a as Types.ArrayType:
            let p = try place(s.x)
            let (r, o) = try memPlace(p)
            base = try fb.alloc(3)
            if o != 0 { fb.emit(.addPK, base, r); fb.imm(o) } else { fb.emit(.mov, base, r) }
            fb.loadInt(base + 1, a.len); fb.loadInt(base + 2, a.len)
            esize = TypeTable.size(a.elem)
            flags |= 8
        case let p as Types.Pointer:
            guard let a = p.elem.underlying as? Types.ArrayType else { fallthrough }
            let ptr = try valueSlots(s.x)
            fb.emit(.nilchk, ptr)
            base = try fb.alloc(3)
            fb.emit(.mov, base, ptr)
            fb.loadInt(base + 1, a.len); fb.loadInt(base + 2, a.len)
            esize = TypeTable.size(a.elem)
            flags |= 8
        default:
            throw CompileError.unsupported(s.pos, "slicing \(xt) is")
        }
        fb.emit(.slice, dst, base, bounds, d: flags); fb.imm(esize)
    }

    // MARK: composite literals

    func compositeLit(_ c: CompositeLit, into dst: Int) throws(CompileError) {
        try compositeLitOf(typeOf(c), c, into: dst)
    }

    func compositeLitOf(_ t: GoType, _ c: CompositeLit, into dst: Int) throws(CompileError) {
        switch t.underlying {
        case let st as Struct:
            let n = TypeTable.slots(t)
            let tmp = try fb.alloc(n)
            if n > 0 { fb.emit(.zero, tmp, n) }
            let offs = Layout.offsetsof(st)
            for (i, e) in c.elems.enumerated() {
                var fi = i
                var ve = e
                if let kv = e as? KeyValueExpr, let k = kv.key as? Name {
                    fi = st.fields.firstIndex { $0.name == k.value } ?? i
                    ve = kv.value
                }
                let ft = st.fields[fi].type!
                let v = try valueSlots(ve, ft)
                try storeTo(.slots(tmp, Int(offs[fi])), ft, from: v)
            }
            try move(dst, tmp, n)
        case let a as Types.ArrayType:
            let n = TypeTable.slots(t)
            let tmp = try fb.alloc(n)
            if n > 0 { fb.emit(.zero, tmp, n) }
            let es = TypeTable.size(a.elem)
            try literalElements(c, elem: a.elem) { (i, v) throws(CompileError) in
                try self.storeTo(.slots(tmp, i * es), a.elem, from: v)
            }
            try move(dst, tmp, n)
        case let sl as Types.Slice:
            // a backing array on the heap, then the slice header
            var count = 0
            var idx = 0
            for e in c.elems {
                if let kv = e as? KeyValueExpr, let v = tv(kv.key)?.value { idx = Int(v.toInt.int64Value.0) }
                idx += 1
                count = max(count, idx)
            }
            let arrT = Types.ArrayType(sl.elem, Int64(count))
            let p = try fb.alloc(1)
            try newObject(p, arrT, for: c)
            let es = TypeTable.size(sl.elem)
            try literalElements(c, elem: sl.elem) { (i, v) throws(CompileError) in
                try self.storeTo(.mem(p, i * es), sl.elem, from: v)
            }
            fb.emit(.mov, dst, p)
            fb.loadInt(dst + 1, Int64(count))
            fb.loadInt(dst + 2, Int64(count))
        case let p as Types.Pointer:
            // an elided &T{…} inside a literal of pointers
            let et = p.elem
            let tmp = try fb.alloc(TypeTable.slots(et))
            try compositeLitOf(et, c, into: tmp)
            let cell = try fb.alloc(1)
            try newObject(cell, et, for: c)
            try storeTo(.mem(cell, 0), et, from: tmp)
            fb.emit(.mov, dst, cell)
        case let mt as Types.MapType:
            try mapLiteral(c, t, mt, into: dst)
        default:
            throw CompileError.unsupported(c.pos, "composite literals of type \(t) are")
        }
    }

    /// Evaluates the elements of an array or slice literal in order, with their indices.
    func literalElements(_ c: CompositeLit, elem: GoType, _ store: (Int, Int) throws(CompileError) -> Void) throws(CompileError) {
        var idx = 0
        for e in c.elems {
            var ve = e
            if let kv = e as? KeyValueExpr {
                if let v = tv(kv.key)?.value { idx = Int(v.toInt.int64Value.0) }
                ve = kv.value
            }
            let mark = fb.top
            let v: Int
            if let inner = ve as? CompositeLit, inner.type == nil {
                // elided type: the element type (or &T for pointer elements)
                v = try fb.alloc(TypeTable.slots(elem))
                try compositeLitOf(elem, inner, into: v)
            } else if let o = ve as? Operation, o.op == .and, o.y == nil, let inner = o.x as? CompositeLit, inner.type == nil {
                v = try valueSlots(o)
            } else {
                v = try valueSlots(ve, elem)
            }
            try store(idx, v)
            fb.top = mark
            idx += 1
        }
    }

    // MARK: interfaces

    /// dst..dst+1 = the value of e boxed in interface type `iface` (on its way to
    /// interface type `target`, if given).
    func box(_ e: Expr, into dst: Int, iface: GoType, target: GoType? = nil) throws(CompileError) {
        var t = typeOf(e)
        if (tvType(e) as? Basic)?.kind == .untypedNil {
            fb.emit(.zero, dst, 2)
            return
        }
        if let b = tvType(e) as? Basic, b.isUntyped { t = defaultTypeOf(b) }
        try checkSupported(t, at: e)
        try checkForeignMethods(t, at: e, into: target ?? iface)
        let id = compiler.types.id(t)
        let v: Int
        if let c = tv(e)?.value {
            if let off = staticConstant(c, t) {
                // read-only static data, as gc boxes constants
                fb.loadStatic(dst, program.types[id].descriptorOffset)
                fb.loadStatic(dst + 1, off)
                return
            }
            v = try fb.alloc(TypeTable.slots(t))
            try constant(c, t, into: v, at: e)
        } else {
            v = try valueSlots(e)
        }
        try emitBox(e, value: v, type: t, id: id, into: dst)
    }
}

extension FuncCompiler {
    /// Refuses types whose values gosub cannot represent yet.
    func checkSupported(_ t: GoType, at: Node) throws(CompileError) {
        try checkSupported(t, pos: startPos(at))
    }

    func checkSupported(_ t: GoType, pos: Pos) throws(CompileError) {
        if let n = t as? Named, n.targs.contains(where: { $0 is TypeParam }) || (!n.tparams.isEmpty && n.targs.isEmpty) {
            throw CompileError.unsupported(pos, "uninstantiated generic types are")
        }
        switch TypeTable.kind(t) {
        default: break
        }
    }
}

extension FuncCompiler {
    /// A standard-library type with methods declared without bodies (methods gosub does
    /// not implement yet) may sit in an interface whose own methods are all implemented;
    /// in `any` (from which any interface may be asserted later) it may not. (An
    /// assertion that needs an unimplemented method is refused at run time.)
    func checkForeignMethods(_ t: GoType, at: Node, into iface: GoType) throws(CompileError) {
        var base = t
        if let p = t as? Types.Pointer { base = p.elem }
        guard let n = base as? Named, let pkg = n.obj.pkg, pkg !== checker.pkg else { return }
        let missing = Set(n.originOrSelf.methods.filter { !$0.hasBody }.map(\.name))
        if missing.isEmpty { return }
        if let i = iface.underlying as? Interface, !i.typeSet.methods.isEmpty,
           !i.typeSet.methods.contains(where: { missing.contains($0.name) }) { return }
        throw CompileError.unsupported(startPos(at), "methods of \(pkg.name).\(n.obj.name) are")
    }
}

// Maps in the compiler: make and literals, m[k] (with comma-ok), m[k] as an
// assignment target (mapAssign gives the value's address, so `m[k] op= v`
// and `m[k].f`-free stores go through an ordinary memory place), delete,
// len, clear, and range (an iterator in six slots).

import Base
import Syntax
import Types
import Bytecode

extension FuncCompiler {
    func mapMake(_ t: GoType, hint: Int?, into dst: Int) throws(CompileError) {
        let h = try fb.alloc(1)
        if let hint { fb.emit(.mov, h, hint) } else { fb.loadInt(h, 0) }
        fb.emit(.mapMake, dst, h)
        fb.imm(compiler.types.id(t))
    }

    func mapLiteral(_ c: CompositeLit, _ t: GoType, _ mt: Types.MapType, into dst: Int) throws(CompileError) {
        let m = try fb.alloc(1)
        let hint = try fb.alloc(1)
        fb.loadInt(hint, Int64(c.elems.count))
        try mapMake(t, hint: hint, into: m)
        for e in c.elems {
            guard let kv = e as? KeyValueExpr else { continue }
            let mark = fb.top
            let k = try literalValue(kv.key, mt.key)
            let v = try literalValue(kv.value, mt.elem)
            let a = try fb.alloc(1)
            fb.emit(.mapAssign, a, m, k); fb.imm(compiler.types.id(t))
            try storeTo(.mem(a, 0), mt.elem, from: v)
            fb.top = mark
        }
        fb.emit(.mov, dst, m)
    }

    /// An element of a literal (elided composite types allowed).
    func literalValue(_ e: Expr, _ t: GoType) throws(CompileError) -> Int {
        if let inner = e as? CompositeLit, inner.type == nil {
            let v = try fb.alloc(TypeTable.slots(t))
            try compositeLitOf(t, inner, into: v)
            return v
        }
        return try valueSlots(e, t)
    }

    /// m[k] read: into dst (and ok after the value with commaOK).
    func mapIndex(_ ix: IndexExpr, into dst: Int, commaOK: Bool) throws(CompileError) {
        let t = typeOf(ix.x)
        guard let mt = t.underlying as? Types.MapType else { throw CompileError(ix.pos, "gosub: internal error: map index") }
        let m = try valueSlots(ix.x)
        let k = try valueSlots(ix.index, mt.key)
        fb.line(ix.pos)
        fb.emit(.mapGet, dst, m, k, d: commaOK ? 1 : 0)
        fb.imm(compiler.types.id(t))
    }

    /// The place of m[k] for assignment (inserting the key).
    func mapPlace(_ ix: IndexExpr) throws(CompileError) -> Place {
        let t = typeOf(ix.x)
        guard let mt = t.underlying as? Types.MapType else { throw CompileError(ix.pos, "gosub: internal error: map place") }
        let m = try valueSlots(ix.x)
        let k = try valueSlots(ix.index, mt.key)
        let a = try fb.alloc(1)
        fb.line(ix.pos)
        fb.emit(.mapAssign, a, m, k); fb.imm(compiler.types.id(t))
        return .mem(a, 0)
    }

    func mapDelete(_ c: CallExpr) throws(CompileError) {
        let t = typeOf(c.args[0])
        guard let mt = t.underlying as? Types.MapType else { throw CompileError(c.pos, "gosub: internal error: delete") }
        let m = try valueSlots(c.args[0])
        let k = try valueSlots(c.args[1], mt.key)
        fb.emit(.mapDelete, m, k); fb.imm(compiler.types.id(t))
    }

    /// for k, v := range m
    func mapRange(_ f: ForStmt, _ r: RangeClause, _ mt: Types.MapType, label: Name?) throws(CompileError) {
        let start = fb.top
        let t = typeOf(r.x)
        let m = try fb.alloc(1)
        try expr(r.x, into: m)
        let it = try fb.alloc(MapIterator.slots)
        fb.emit(.mapIterInit, it, m); fb.imm(compiler.types.id(t))
        let lhs = unpackList(r.lhs)
        let keyE = lhs.count > 0 ? lhs[0] : nil
        let valE = lhs.count > 1 ? lhs[1] : nil
        let k = try fb.alloc(TypeTable.slots(mt.key))
        let wantVal = valE != nil && !isBlank(valE)
        let v = wantVal ? try fb.alloc(TypeTable.slots(mt.elem)) : 0
        let top = fb.newLabel(), end = fb.newLabel()
        fb.bind(top)
        fb.emit(.mapIterNext, it, k, v); fb.imm(compiler.types.id(t))
        fb.jumpIf(it + MapIterator.foundSlot, end, when: false)
        let bodyStart = fb.top
        if r.def {
            if let kn = keyE as? Name, kn.value != "_", let kv = checker.defs[ObjectIdentifier(kn)] as? Var {
                let p = try declare(kv); try initVar(kv, p, from: k)
            }
            if wantVal, let vn = valE as? Name, let vv = checker.defs[ObjectIdentifier(vn)] as? Var {
                let p = try declare(vv); try initVar(vv, p, from: v)
            }
        } else {
            if let ke = keyE, !isBlank(ke) { try storeTo(try place(ke), typeOf(ke), from: k) }
            if wantVal, let ve = valE { try storeTo(try place(ve), typeOf(ve), from: v) }
        }
        targets.append(LoopTarget(label: label, breakLabel: end, continueLabel: top))
        try block(f.body.list)
        targets.removeLast()
        fb.top = bodyStart
        fb.jump(top)
        fb.bind(end)
        fb.top = start
    }
}

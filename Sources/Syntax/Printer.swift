// Prints expressions and simple statements on one line in gc's short form
// (syntax.String): `x + y`, `T{…}` for a non-empty composite literal,
// `func() {…}` for a non-empty function literal. Diagnostics quote code this way.

import Base

public func exprString(_ x: Expr?) -> String {
    var p = ShortPrinter()
    if let x { p.expr(x) }
    return p.out
}

public func stmtString(_ s: Stmt) -> String {
    var p = ShortPrinter()
    p.stmt(s)
    return p.out
}

struct ShortPrinter {
    var out = ""

    mutating func expr(_ x: Expr) {
        switch x {
        case is BadExpr: out += "<bad expr>"
        case let n as Name: out += n.value
        case let b as BasicLit: out += b.value
        case let f as FuncLit:
            expr(f.type)
            out += f.body.list.isEmpty ? " {}" : " {…}"
        case let c as CompositeLit:
            if let t = c.type { expr(t) }
            out += c.elems.isEmpty ? "{}" : "{…}"
        case let p as ParenExpr:
            out += "("; expr(p.x); out += ")"
        case let s as SelectorExpr:
            expr(s.x); out += "."; out += s.sel.value
        case let i as IndexExpr:
            expr(i.x); out += "["; expr(i.index); out += "]"
        case let s as SliceExpr:
            expr(s.x); out += "["
            if let i = s.index[0] { expr(i) }
            out += ":"
            if let j = s.index[1] { expr(j) }
            if let k = s.index[2] { out += ":"; expr(k) }
            out += "]"
        case let a as AssertExpr:
            expr(a.x); out += ".("; expr(a.type); out += ")"
        case let g as TypeSwitchGuard:
            if let l = g.lhs { out += l.value + " := " }
            expr(g.x); out += ".(type)"
        case let c as CallExpr:
            expr(c.fun); out += "("
            list(c.args)
            if c.hasDots { out += "..." }
            out += ")"
        case let o as Operation:
            if let y = o.y {
                expr(o.x); out += " \(o.op) "; expr(y)
            } else {
                out += o.op.description
                // keep "- -x" and "<-<-c" apart as gc's printer does
                if let inner = o.x as? Operation, inner.y == nil, inner.op == o.op, o.op == .sub || o.op == .add { out += " " }
                expr(o.x)
            }
        case let kv as KeyValueExpr:
            expr(kv.key); out += ": "; expr(kv.value)
        case let l as ListExpr:
            list(l.elems)
        case let a as ArrayType:
            out += "["
            if let n = a.len { expr(n) } else { out += "..." }
            out += "]"; expr(a.elem)
        case let s as SliceType:
            out += "[]"; expr(s.elem)
        case let d as DotsType:
            out += "..."; expr(d.elem)
        case let s as StructType:
            out += "struct{"
            fieldList(s.fields, s.tags)
            out += "}"
        case let f as FuncType:
            out += "func"
            signature(f)
        case let i as InterfaceType:
            out += "interface{"
            for (k, m) in i.methods.enumerated() {
                if k > 0 { out += "; " }
                if let n = m.name, let ft = m.type as? FuncType {
                    out += n.value
                    signature(ft)
                } else if let t = m.type {
                    expr(t)
                }
            }
            out += "}"
        case let m as MapType:
            out += "map["; expr(m.key); out += "]"; expr(m.value)
        case let c as ChanType:
            if c.dir == .recvOnly { out += "<-" }
            out += "chan"
            if c.dir == .sendOnly { out += "<-" }
            out += " "
            if let e = c.elem as? ChanType, c.dir == .both, e.dir == .recvOnly {
                out += "("; expr(e); out += ")"
            } else {
                expr(c.elem)
            }
        default:
            out += "?"
        }
    }

    mutating func list(_ l: [Expr]) {
        for (i, e) in l.enumerated() {
            if i > 0 { out += ", " }
            expr(e)
        }
    }

    mutating func fieldList(_ fields: [Field], _ tags: [BasicLit?]) {
        var i0 = 0
        var typ: Expr?
        for (i, f) in fields.enumerated() {
            if f.name == nil || f.type !== typ {
                if i0 < i {
                    fieldGroup(fields, tags, i0, i)
                    out += "; "
                    i0 = i
                }
                typ = f.type
            }
        }
        fieldGroup(fields, tags, i0, fields.count)
    }

    mutating func fieldGroup(_ fields: [Field], _ tags: [BasicLit?], _ i: Int, _ j: Int) {
        if i >= j { return }
        if i + 1 == j && fields[i].name == nil {
            if let t = fields[i].type { expr(t) }
        } else {
            for k in i..<j {
                if k > i { out += ", " }
                out += fields[k].name?.value ?? "_"
            }
            out += " "
            if let t = fields[i].type { expr(t) }
        }
        if i < tags.count, let tag = tags[i] { out += " " + tag.value }
    }

    mutating func signature(_ f: FuncType) {
        params(f.params)
        if !f.results.isEmpty {
            out += " "
            if f.results.count == 1 && f.results[0].name == nil, let t = f.results[0].type {
                expr(t)
            } else {
                params(f.results)
            }
        }
    }

    mutating func params(_ l: [Field]) {
        out += "("
        for (i, f) in l.enumerated() {
            if i > 0 { out += ", " }
            if let n = f.name {
                out += n.value
                if i + 1 < l.count, l[i + 1].name != nil, l[i + 1].type === f.type { continue }
                out += " "
            }
            if let t = f.type { expr(t) }
        }
        out += ")"
    }

    mutating func stmt(_ s: Stmt) {
        switch s {
        case let e as ExprStmt: expr(e.x)
        case let s as SendStmt: expr(s.chan); out += " <- "; expr(s.value)
        case let a as AssignStmt:
            expr(a.lhs)
            if let rhs = a.rhs {
                out += " "
                if a.op == .def { out += ":=" } else { out += a.op.description + "=" }
                out += " "
                expr(rhs)
            } else {
                out += a.op.description + a.op.description
            }
        case let r as RangeClause:
            if let l = r.lhs { expr(l); out += r.def ? " := " : " = " }
            out += "range "; expr(r.x)
        default:
            out += "?"
        }
    }
}

// Which local variables need an address: those whose address is taken
// (`&x`, `&x.f`, `&a[i]` of an array, slicing an array `a[:]`, a
// pointer-receiver method called or taken on an addressable x) and those a
// function literal or a range-over-func body refers to. Such a variable
// lives in a cell: a heap cell by default (correct whatever happens to the
// address), a cell in the frame where escape analysis proves the address
// never outlives the call (FrameObjects.swift), or no cell at all when it is
// only captured, by value.

import Base
import Syntax
import Types

enum CellCandidates {
    /// The variables needing an address in a body, and (`captured`) those
    /// among them that only closures or range-over-func bodies refer to.
    static func variables(body: BlockStmt, checker: Checker) -> (all: Set<ObjectIdentifier>, captured: Set<ObjectIdentifier>) {
        var out = Set<ObjectIdentifier>()
        var captured = Set<ObjectIdentifier>()
        func root(_ e: Expr) {
            var e = unparen(e)
            while true {
                if let s = e as? SelectorExpr {
                    // a field of a pointer does not make the pointer variable escape
                    if let t = checker.types[ObjectIdentifier(s.x)]?.type, t.underlying is Types.Pointer { return }
                    e = unparen(s.x)
                } else if let i = e as? IndexExpr {
                    if let t = checker.types[ObjectIdentifier(i.x)]?.type, !(t.underlying is Types.ArrayType) { return }
                    e = unparen(i.x)
                } else { break }
            }
            if let n = e as? Name, let v = checker.uses[ObjectIdentifier(n)] as? Var, v.kind != .package {
                out.insert(ObjectIdentifier(v))
            }
        }
        walk(body) { n in
            switch n {
            case let o as Operation where o.y == nil && o.op == .and:
                root(o.x)
            case let s as SliceExpr:
                if let t = checker.types[ObjectIdentifier(s.x)]?.type, t.underlying is Types.ArrayType { root(s.x) }
            case let s as SelectorExpr:
                if let xt = checker.types[ObjectIdentifier(s.x)]?.type, !(xt.underlying is Types.Pointer),
                   case .method(let m, let path) = selection(xt, s.sel.value, in: checker.pkg), m.hasPtrRecv, path.isEmpty || true {
                    root(s.x)
                }
            case let f as FuncLit:
                for v in captures(of: f, checker: checker) { captured.insert(ObjectIdentifier(v)) }
                return true
            case let f as ForStmt:
                // a range-over-func body becomes a function literal too
                if let r = f.initStmt as? RangeClause, checker.types[ObjectIdentifier(r.x)]?.type.underlying is Signature {
                    for v in rangeFuncCaptures(f, checker: checker) { captured.insert(ObjectIdentifier(v)) }
                }
                return true
            default: break
            }
            return true
        }
        return (out.union(captured), captured.subtracting(out))
    }

    /// The local variables a function literal refers to that are declared outside it, in first-use order.
    static func captures(of f: FuncLit, checker: Checker) -> [Var] {
        let params = (f.type.params + f.type.results).compactMap(\.name)
        return captures(params: params, body: f.body, from: f.pos, checker: checker)
    }

    /// The same for the body of a range-over-func loop (its iteration variables are the parameters).
    static func rangeFuncCaptures(_ f: ForStmt, checker: Checker) -> [Var] {
        guard let r = f.initStmt as? RangeClause else { return [] }
        let params = r.def ? unpackList(r.lhs).compactMap { $0 as? Name } : []
        var caps = captures(params: params, body: f.body, from: f.body.pos, checker: checker)
        if !r.def {
            // `for x = range seq`: the body assigns each iteration's values to x
            for case let n as Name in unpackList(r.lhs) {
                if let v = checker.uses[ObjectIdentifier(n)] as? Var, v.kind != .package, !caps.contains(where: { $0 === v }) {
                    caps.append(v)
                }
            }
        }
        return caps
    }

    static func captures(params: [Name], body: BlockStmt, from: Pos, checker: Checker) -> [Var] {
        var inside = Set<ObjectIdentifier>()
        var list: [Var] = []
        var seen = Set<ObjectIdentifier>()
        for n in params {
            if let v = checker.defs[ObjectIdentifier(n)] { inside.insert(ObjectIdentifier(v)) }
        }
        let f = (pos: from, body: body)
        walk(body) { n in
            if let nm = n as? Name {
                if let d = checker.defs[ObjectIdentifier(nm)] { inside.insert(ObjectIdentifier(d)) }
            }
            return true
        }
        walk(f.body) { n in
            if let nm = n as? Name, let v = checker.uses[ObjectIdentifier(nm)] as? Var, v.kind != .package, !v.isField,
               !inside.contains(ObjectIdentifier(v)), !(v.pos >= f.pos && v.pos <= f.body.rbrace),
               seen.insert(ObjectIdentifier(v)).inserted {
                list.append(v)
            }
            return true
        }
        return list
    }
}

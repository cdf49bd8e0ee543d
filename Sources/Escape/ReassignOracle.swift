// This file implements gc's ir.ReassignOracle for one outermost function
// (with its closures): which local variables are assigned exactly once
// and never address-taken, so that their static value is their
// initializer. gc uses it to resolve callees (`f := g; f()`), to treat a
// `make` size held in such a variable as constant, and to print an
// interface conversion of such a variable as its constant value.

import Syntax
import Types

final class ReassignOracle {
    let prog: Program
    /// Single definitions: variable -> its initializer.
    private var defs: [ObjectIdentifier: Expr] = [:]
    /// Variables assigned after their definition, or whose address is taken.
    private var mutated = Set<ObjectIdentifier>()
    private var addressed = Set<ObjectIdentifier>()
    private var captured = Set<ObjectIdentifier>()

    init(prog: Program, fn: FuncInfo) {
        self.prog = prog
        if let body = fn.body { scan(body, fn) }
    }

    private func rootVar(_ e: Expr) -> Var? {
        var e = unparen(e)
        while true {
            switch e {
            case let n as Name: return prog.obj(n) as? Var
            case let s as SelectorExpr:
                if let t = prog.typeOf(s.x), t.underlying is Pointer { return nil }
                e = unparen(s.x)
            case let i as IndexExpr:
                guard prog.typeOf(i.x)?.underlying is Types.ArrayType else { return nil }
                e = unparen(i.x)
            default: return nil
            }
        }
    }

    private func scan(_ body: Node, _ fn: FuncInfo) {
        visit(body) { n in
            switch n {
            case let lit as FuncLit:
                if let info = prog.litInfo(lit, in: nil) ?? prog.instances.values.lazy.compactMap({ $0.instanceLits[ObjectIdentifier(lit)] }).first {
                    for v in info.closureVars { captured.insert(ObjectIdentifier(v)) }
                }
                return true
            case let a as AssignStmt:
                let lhs = unpackList(a.lhs)
                let rhs = unpackList(a.rhs)
                for (i, l) in lhs.enumerated() {
                    if let nm = unparen(l) as? Name, let v = prog.obj(nm) as? Var {
                        if a.op == .def, prog.def(nm) === v {
                            if lhs.count == rhs.count { defs[ObjectIdentifier(v)] = rhs[i] }
                        } else {
                            mutated.insert(ObjectIdentifier(v))
                        }
                    }
                }
                return true
            case let d as VarDecl:
                let vs = unpackList(d.values)
                if vs.count == d.names.count {
                    for (i, nm) in d.names.enumerated() {
                        if let v = prog.def(nm) as? Var { defs[ObjectIdentifier(v)] = vs[i] }
                    }
                }
                return true
            case let r as RangeClause:
                for l in unpackList(r.lhs) {
                    if let nm = unparen(l) as? Name, let v = prog.obj(nm) as? Var { mutated.insert(ObjectIdentifier(v)) }
                }
                return true
            case let o as Operation where o.op == .and && o.y == nil:
                if let v = rootVar(o.x) { addressed.insert(ObjectIdentifier(v)) }
                return true
            case let s as SliceExpr:
                if prog.typeOf(s.x)?.underlying is Types.ArrayType, let v = rootVar(s.x) { addressed.insert(ObjectIdentifier(v)) }
                return true
            case let s as SelectorExpr:
                // x.M with a pointer receiver on an addressable x takes x's address
                if let sel = prog.selection(s), let m = sel.method, m.hasPtrRecv, let t = prog.typeOf(s.x),
                   !(t.underlying is Pointer), let v = rootVar(s.x) {
                    addressed.insert(ObjectIdentifier(v))
                }
                return true
            default:
                return true
            }
        }
    }

    func staticValue(_ e: Expr) -> Expr {
        var e = unparen(e)
        var n = 0
        while let nm = e as? Name, let v = prog.obj(nm) as? Var, v.kind == .local || (!v.isParam && v.kind != .result && v.kind != .package),
              prog.owner[ObjectIdentifier(v)] != nil, !v.isParam,
              !mutated.contains(ObjectIdentifier(v)), !addressed.contains(ObjectIdentifier(v)),
              let d = defs[ObjectIdentifier(v)] {
            if let tv = prog.typeOf(d), tv is Tuple { break }
            e = unparen(d)
            n += 1
            if n > 100 { break }
        }
        return e
    }

    func capturedOrAddressed(_ v: Var) -> Bool {
        captured.contains(ObjectIdentifier(v)) || addressed.contains(ObjectIdentifier(v))
    }
}

// This file implements gc's static devirtualization (devirtualize.go),
// which runs before escape analysis even with -l: a method call through an
// interface whose concrete type is known from every assignment to a local
// variable becomes a direct call on `x.(T)`, and -m says so
// ("devirtualizing s.M to T"). A method that T only has through an
// embedded interface is "partially" devirtualized and stays an interface call.

import Syntax
import Types

/// A devirtualized call: the concrete receiver type and whether the method
/// is still reached through an interface.
struct Devirtualized {
    var type: GoType
    var partial: Bool
    var method: Func
}

final class Devirtualizer {
    let prog: Program
    let analysis: Analysis
    /// Assignments to interface-typed locals: a concrete type, an expression, or nil (unknown).
    private enum Assignment { case type(GoType?), expr(Expr) }
    private var assignments: [ObjectIdentifier: [Assignment]] = [:]
    private var scanned = Set<ObjectIdentifier>()
    private var addressed = Set<ObjectIdentifier>()

    init(prog: Program, analysis: Analysis) { self.prog = prog; self.analysis = analysis }

    /// Visits the functions in gc's order and records devirtualized calls.
    func run(_ batches: [[FuncInfo]]) {
        for batch in batches {
            let saved = prog.subst
            prog.subst = batch.first?.outermost.subst ?? [:]
            defer { prog.subst = saved }
            for fn in batch {
                guard let body = fn.body else { continue }
                var goDefer = Set<ObjectIdentifier>()
                visit(body) { n in
                    if n is FuncLit { return false }
                    if let cs = n as? CallStmt, let c = unparen(cs.call) as? CallExpr { goDefer.insert(ObjectIdentifier(c)) }
                    if let c = n as? CallExpr, !goDefer.contains(ObjectIdentifier(c)) { self.check(c, fn) }
                    return true
                }
            }
        }
    }

    private func check(_ c: CallExpr, _ fn: FuncInfo) {
        guard let s = unparen(c.fun) as? SelectorExpr, !prog.isQualified(s), !prog.isTypeExpr(s.x),
              let it = prog.typeOf(s.x), isInterfaceType(it), let sel = prog.selection(s), sel.method != nil,
              let typ = concreteType(s.x, fn) else { return }
        guard let tsel = selectionInfo(typ, name: s.sel.value, pkg: prog.checker.pkg), let m = tsel.method else { return }
        // T must implement the interface: every method in T's method set
        guard implements(typ, it) else { return }
        let partial = embeddedInterface(typ, tsel.path)
        let text = NodeText(prog: prog)
        analysis.devirtualized[ObjectIdentifier(c)] = Devirtualized(type: typ, partial: partial, method: m)
        analysis.report(c.pos, (partial ? "partially devirtualizing " : "devirtualizing ") + text.expr(s) + " to " + text.type(typ))
    }

    private func implements(_ t: GoType, _ it: GoType) -> Bool {
        guard let iface = it.underlying as? Interface else { return false }
        var all: [Func] = iface.methods
        for e in iface.embeddeds { if let ei = e.underlying as? Interface { all += ei.methods } }
        let isPtr = t.underlying is Pointer
        for im in all {
            guard let s = selectionInfo(t, name: im.name, pkg: prog.checker.pkg), let m = s.method else { return false }
            if m.hasPtrRecv && !isPtr && !s.indirect && !embeddedInterface(t, s.path) { return false }
        }
        return true
    }

    private func embeddedInterface(_ t: GoType, _ path: [Int]) -> Bool {
        var t = t
        for idx in path {
            if let p = t.underlying as? Pointer { t = p.elem }
            guard let st = t.underlying as? Struct, idx < st.fields.count, let ft = st.fields[idx].type else { return false }
            t = ft
        }
        return isInterfaceType(t)
    }

    /// gc's concreteType: the one concrete type every assignment gives e, if any.
    func concreteType(_ e: Expr, _ fn: FuncInfo) -> GoType? {
        var seen = Set<ObjectIdentifier>()
        guard case .some(let t) = concreteType1(e, fn, &seen), let t else { return nil }
        return t
    }

    /// nil: unknown; .some(nil): no assignment (gc's noType); .some(T): T.
    private func concreteType1(_ e0: Expr, _ fn: FuncInfo, _ seen: inout Set<ObjectIdentifier>) -> GoType?? {
        var e = e0
        while true {
            let t0 = (unparen(e) as? AssertExpr).flatMap { prog.assertedType($0) } ?? prog.typeOf(e)
            guard let t = t0 else { return nil }
            if !isInterfaceType(t) { return .some(t) }
            switch unparen(e) {
            case let a as AssertExpr: e = a.x; continue
            case let c as CallExpr:
                if prog.conversionType(c) != nil, let x = c.args.first { e = x; continue }
            default: break
            }
            if e is ParenExpr { e = unparen(e); continue }
            break
        }
        guard let n = unparen(e) as? Name, let v = prog.obj(n) as? Var, v.kind == .local,
              let owner = prog.owner[ObjectIdentifier(v)] else { return nil }
        scan(owner.outermost)
        if addressed.contains(ObjectIdentifier(v)) { return nil }
        if seen.contains(ObjectIdentifier(v)) { return .some(nil) }
        seen.insert(ObjectIdentifier(v))
        var typ: GoType? = nil
        for a in assignments[ObjectIdentifier(v)] ?? [] {
            var t: GoType?
            switch a {
            case .type(let ty):
                t = ty
            case .expr(let x):
                let r = concreteType1(x, fn, &seen)
                guard case .some(let tt) = r else { return nil }
                guard let tt else { continue }
                t = tt
            }
            guard let t else { return nil }
            if let prev = typ, !identicalTypes(prev, t) { return nil }
            typ = t
        }
        guard let typ else { return .some(nil) }
        return .some(typ)
    }

    private func record(_ lhs: Expr, _ a: Assignment) {
        guard let n = unparen(lhs) as? Name, n.value != "_", let v = prog.obj(n) as? Var, v.kind == .local,
              let t = v.type, isInterfaceType(t) else { return }
        var a = a
        if case .type(let t?) = a, isInterfaceType(t) { a = .type(nil) }
        if case .expr(let x) = a, isUntypedNil(prog.typeOf(x)) { return }
        assignments[ObjectIdentifier(v), default: []].append(a)
    }

    private func scan(_ fn: FuncInfo) {
        guard !scanned.contains(ObjectIdentifier(fn)), let body = fn.body else { return }
        scanned.insert(ObjectIdentifier(fn))
        visit(body) { n in
            switch n {
            case let a as AssignStmt:
                let lhs = unpackList(a.lhs), rhs = unpackList(a.rhs)
                if a.rhs == nil || (a.op != .none && a.op != .def) { return true }
                if rhs.count == 1 && lhs.count > 1 {
                    self.recordMulti(lhs, rhs[0])
                } else {
                    for (i, l) in lhs.enumerated() where i < rhs.count { self.recordSingle(l, rhs[i]) }
                }
            case let d as VarDecl:
                let rhs = unpackList(d.values)
                if rhs.count == 1 && d.names.count > 1 { self.recordMulti(d.names, rhs[0]) }
                else { for (i, l) in d.names.enumerated() where i < rhs.count { self.recordSingle(l, rhs[i]) } }
            case let r as RangeClause:
                let lhs = unpackList(r.lhs)
                var xt = prog.typeOf(r.x)?.underlying
                if let p = xt as? Pointer, let a = p.elem.underlying as? Types.ArrayType { xt = a }
                var kt: GoType? = nil, vt: GoType? = nil
                switch xt {
                case let a as Types.ArrayType: vt = a.elem
                case let s as Slice: vt = s.elem
                case let c as Chan: kt = c.elem
                case let m as Types.MapType: kt = m.key; vt = m.elem
                default: break
                }
                if lhs.count > 0 { record(lhs[0], .type(kt)) }
                if lhs.count > 1 { record(lhs[1], .type(vt)) }
            case let sw as SwitchStmt:
                if let g = sw.tag as? TypeSwitchGuard {
                    for c in sw.body {
                        if let v = prog.checker.implicits[ObjectIdentifier(c)] as? Var, let t = v.type, isInterfaceType(t) {
                            assignments[ObjectIdentifier(v), default: []].append(.expr(g.x))
                        }
                    }
                }
            case let o as Operation where o.op == .and && o.y == nil:
                if let nm = unparen(o.x) as? Name, let v = prog.obj(nm) as? Var { addressed.insert(ObjectIdentifier(v)) }
            default:
                break
            }
            return true
        }
    }

    private func recordSingle(_ l: Expr, _ r: Expr) {
        if let c = unparen(r) as? CallExpr, prog.conversionType(c) == nil, prog.builtin(c.fun) == nil,
           let sig = prog.typeOf(c.fun)?.underlying as? Signature, sig.results.count >= 1 {
            record(l, .type(sig.results.vars[0].type))
        } else {
            record(l, .expr(r))
        }
    }

    private func recordMulti(_ lhs: [Expr], _ r: Expr) {
        let ru = unparen(r)
        if let c = ru as? CallExpr, prog.conversionType(c) == nil, prog.builtin(c.fun) == nil,
           let sig = prog.typeOf(c.fun)?.underlying as? Signature {
            for (i, l) in lhs.enumerated() where i < sig.results.count { record(l, .type(sig.results.vars[i].type)) }
            return
        }
        if ru is AssertExpr {
            record(lhs[0], .expr(ru))
        } else if let i = ru as? IndexExpr, let m = prog.typeOf(i.x)?.underlying as? Types.MapType {
            record(lhs[0], .type(m.elem))
        } else if let o = ru as? Operation, o.op == .recv, let ch = prog.typeOf(o.x)?.underlying as? Chan {
            record(lhs[0], .type(ch.elem))
        } else {
            record(lhs[0], .type(nil))
        }
        if lhs.count > 1 { record(lhs[1], .type(nil)) }
    }
}

// This file implements gc's self-assignment special cases (escape/utils.go):
// `b.buf = b.buf[1:]`, `p.a = p.b`, `a[i] = a[j]` with the same base and
// no side effects flow nowhere, and -m says "ignoring self-assignment".

import Syntax
import Types

extension Walker {
    /// gc's isSelfAssign: `b.buf = b.buf[1:]`, `p.a = p.b`, `a[0] = a[1]`
    /// (same base, no calls in the indices) do not flow anywhere.
    func isSelfAssign(_ dst: Expr, _ src: Expr) -> Bool {
        let d = unparen(dst), s = unparen(src)
        if isSliceSelfAssign(d, s) { return true }
        if let ds = d as? SelectorExpr, let ss = s as? SelectorExpr {
            guard let dsel = prog.selection(ds), let ssel = prog.selection(ss), dsel.field != nil, ssel.field != nil,
                  dsel.path.isEmpty, ssel.path.isEmpty,
                  let dt = prog.typeOf(ds.x), let st = prog.typeOf(ss.x),
                  (dt.underlying is Pointer) == (st.underlying is Pointer) else { return false }
            return sameSafeExpr(ds.x, ss.x)
        }
        if let di = d as? IndexExpr, let si = s as? IndexExpr {
            guard let dt = prog.typeOf(di.x)?.underlying, let st = prog.typeOf(si.x)?.underlying,
                  !(dt is Types.MapType), !(st is Types.MapType) else { return false }
            if mayAffectMemory(di.index) || mayAffectMemory(si.index) { return false }
            return sameSafeExpr(di.x, si.x)
        }
        return false
    }

    func isSliceSelfAssign(_ d: Expr, _ s: Expr) -> Bool {
        // dst is *x or x.f through a pointer x; src slices *x or x.g through the same x
        func ptrBase(_ e: Expr) -> Name? {
            switch unparen(e) {
            case let o as Operation where o.op == .mul && o.y == nil: return unparen(o.x) as? Name
            case let sel as SelectorExpr:
                guard let t = prog.typeOf(sel.x), t.underlying is Pointer, prog.selection(sel)?.field != nil else { return nil }
                return unparen(sel.x) as? Name
            default: return nil
            }
        }
        guard let dn = ptrBase(d), let sl = s as? SliceExpr else { return false }
        if prog.typeOf(sl.x)?.underlying is Types.ArrayType { return false }
        guard let sn = ptrBase(sl.x), let dv = prog.obj(dn), let sv = prog.obj(sn) else { return false }
        return dv === sv
    }

    /// gc's ir.SameSafeExpr: the same variable, field, index or constant, with no side effects.
    func sameSafeExpr(_ l: Expr, _ r: Expr) -> Bool {
        let l = unparen(l), r = unparen(r)
        if let lv = prog.constValue(l), let rv = prog.constValue(r) { return lv == rv }
        switch (l, r) {
        case let (a as Name, b as Name):
            guard let oa = prog.obj(a), let ob = prog.obj(b) else { return false }
            return oa === ob && oa is Var
        case let (a as SelectorExpr, b as SelectorExpr):
            guard let sa = prog.selection(a), let sb = prog.selection(b), let fa = sa.field, let fb = sb.field,
                  fa === fb, sa.path == sb.path else { return false }
            return sameSafeExpr(a.x, b.x)
        case let (a as Operation, b as Operation):
            guard a.op == .mul, b.op == .mul, a.y == nil, b.y == nil else { return false }
            return sameSafeExpr(a.x, b.x)
        case let (a as IndexExpr, b as IndexExpr):
            guard !(prog.typeOf(a.x)?.underlying is Types.MapType) else { return false }
            return sameSafeExpr(a.x, b.x) && sameSafeExpr(a.index, b.index)
        default:
            return false
        }
    }

    func mayAffectMemory(_ e: Expr) -> Bool {
        let e = unparen(e)
        if prog.constValue(e) != nil { return false }
        switch e {
        case is Name, is BasicLit: return false
        case let o as Operation:
            if let y = o.y {
                switch o.op {
                case .add, .sub, .or, .xor, .mul, .shl, .shr, .and, .andNot, .div, .rem:
                    return mayAffectMemory(o.x) || mayAffectMemory(y)
                default: return true
                }
            }
            switch o.op {
            case .not, .xor, .add, .sub, .mul: return mayAffectMemory(o.x)
            default: return true
            }
        case let i as IndexExpr: return mayAffectMemory(i.x) || mayAffectMemory(i.index)
        case let s as SelectorExpr: return mayAffectMemory(s.x)
        case let c as CallExpr:
            if prog.conversionType(c) != nil, let a = c.args.first { return mayAffectMemory(a) }
            if let b = prog.builtin(c.fun), b == .len || b == .cap, let a = c.args.first { return mayAffectMemory(a) }
            return true
        default: return true
        }
    }
}

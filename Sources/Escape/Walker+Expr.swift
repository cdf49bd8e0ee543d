// This file implements the walk of expressions (gc's expr.go): each
// expression is evaluated into a hole; address-of and dereference shift
// the hole's count; allocations, literals, closures, method values and
// conversions become locations of their own ("spills").

import Base
import Syntax
import Types

extension Walker {
    func discard(_ e: Expr?) { expr(batch.discardHole, e) }

    /// Creates a location for an allocating expression and flows its address into k.
    func spill(_ k: Hole, _ n: Node, text: @autoclosure @escaping () -> String, pos: Pos? = nil, type: GoType? = nil) -> Hole {
        let loc = batch.newLoc(.site(n, text: text), fn: fn, loopDepth: loopDepth, persists: false)
        if let pos { analysis.sitePos[ObjectIdentifier(n)] = pos }
        if let type { analysis.siteTypes[ObjectIdentifier(n)] = type }
        analysis.siteFunc[ObjectIdentifier(n)] = fn
        batch.flow(k.addr(), loc)
        return loc.hole
    }

    var text: NodeText { NodeText(prog: prog) }

    /// Evaluates e into k, converting it implicitly to `target` first when
    /// that is an interface and e is not (gc's implicit OCONVIFACE).
    func exprConv(_ k: Hole, _ e: Expr?, to target: GoType?) {
        guard let e else { return }
        if let o = overrides[ObjectIdentifier(e)] { batch.flow(k, o); return }
        if let t = target, isInterfaceType(t), let et = prog.typeOf(e), !isInterfaceType(et), !isUntypedNil(et) {
            let site = Node(e.pos)
            analysis.implicitConversions[ObjectIdentifier(e)] = site
            convIface(k, site: site, x: e, xType: et, text: self.literalText(e) ?? self.text.expr(e), pos: e.pos)
            return
        }
        expr(k, e)
    }

    /// gc's rewriteWithLiterals: a value whose static value is a constant is printed as that constant.
    func literalText(_ e: Expr) -> String? {
        let v = analysis.staticValue(e, in: fn)
        if v !== unparen(e), let tv = prog.checker.typeOf(v), let c = tv.value {
            return text.constant(c, type: prog.typeOf(e) ?? tv.type)
        }
        return nil
    }

    func convIface(_ k: Hole, site: Node, x: Expr, xType: GoType, text: @autoclosure @escaping () -> String, pos: Pos) {
        var k = k
        if !isInterfaceType(xType) && !isDirectIface(xType) {
            k = spill(k, site, text: text(), pos: pos)
        }
        expr(k, x)
    }

    func expr(_ k0: Hole, _ e0: Expr?) {
        guard let e0 else { return }
        if let o = overrides[ObjectIdentifier(e0)] { batch.flow(k0, o); return }
        let e = unparen(e0)
        if let o = overrides[ObjectIdentifier(e)] { batch.flow(k0, o); return }
        var k = k0
        let tv = prog.checker.typeOf(e)
        if let t = prog.typeOf(e), k.derefs >= 0, !((t as? Basic)?.isUntyped ?? false), !hasPointers(t) {
            k = batch.discardHole
        }
        if tv?.value != nil && !(e is CompositeLit) { return }
        switch e {
        case let n as Name:
            if let v = prog.obj(n) as? Var, let loc = batch.varLoc(v) { batch.flow(k, loc) }
        case is BasicLit:
            break
        case let o as Operation:
            operation(k, o)
        case let c as CallExpr:
            call([k], c)
        case let s as SelectorExpr:
            selector(k, s)
        case let i as IndexExpr:
            let xt = prog.typeOf(i.x)?.underlying
            if prog.referent(i.x) is Func || prog.isTypeExpr(i.x) { return }
            switch xt {
            case is Types.MapType:
                discard(i.x)
                if let mt = xt as? Types.MapType { exprConv(batch.discardHole, i.index, to: mt.key) }
                return
            case is Types.ArrayType:
                expr(k, i.x)
            default:
                expr(k.deref(), i.x)   // slice, string, pointer to array
            }
            discard(i.index)
        case let s as SliceExpr:
            let xt = prog.typeOf(s.x)?.underlying
            if xt is Types.ArrayType {
                expr(k.addr(), s.x)   // slicing an array takes its address
            } else {
                expr(k, s.x)
            }
            for i in s.index { discard(i) }
        case let a as AssertExpr:
            if let t = prog.typeOf(a) { expr(dotType(k, t), a.x) } else { discard(a.x) }
        case let c as CompositeLit:
            compositeLit(k, c)
        case let f as FuncLit:
            closure(k, f)
        case let kv as KeyValueExpr:
            expr(k, kv.value)
        default:
            break
        }
    }

    func operation(_ k: Hole, _ o: Operation) {
        guard let y = o.y else {
            switch o.op {
            case .and:
                if let c = unparen(o.x) as? CompositeLit {
                    let t = prog.typeOf(o)
                    if t != nil { analysis.implicitAllocs.insert(ObjectIdentifier(o)) }
                    let k2 = spill(k, o, text: "&" + self.text.compositeText(c), type: t)
                    compositeLit(k2, c)
                } else {
                    expr(k.addr(), o.x)
                }
            case .mul:
                expr(k.deref(), o.x)
            default:
                discard(o.x)
            }
            return
        }
        if o.op == .add, let t = prog.typeOf(o), isStringType(t) {
            let parts = text.addStringOperands(o)
            _ = spill(k, o, text: parts.map { self.text.expr($0, 5) }.joined(separator: " + "))
            for p in parts { discard(p) }
            return
        }
        if o.op == .eql || o.op == .neq, let xt = prog.typeOf(o.x), let yt = prog.typeOf(y) {
            if isInterfaceType(xt) && !isInterfaceType(yt) {
                discard(o.x)
                exprConv(batch.discardHole, y, to: xt)
                return
            }
            if isInterfaceType(yt) && !isInterfaceType(xt) {
                exprConv(batch.discardHole, o.x, to: yt)
                discard(y)
                return
            }
        }
        discard(o.x)
        discard(y)
    }

    func selector(_ k: Hole, _ s: SelectorExpr) {
        if prog.isQualified(s) || prog.isTypeExpr(s.x) { return }
        guard let sel = prog.selection(s), let xt = prog.typeOf(s.x) else { discard(s.x); return }
        if let m = sel.method {
            methodValue(k, s, m, sel, xt)
            return
        }
        let n = pointerSteps(xt, sel.path).count
        expr(n > 0 ? k.shift(n) : k, s.x)
    }

    /// The hole for a method's receiver expression x in x.M: the implicit
    /// dereferences of embedded pointers, then & or * to match the receiver.
    func receiverHole(_ k: Hole, _ xt: GoType, _ sel: SelectionInfo, _ m: Func) -> Hole {
        var steps = pointerSteps(xt, sel.path, includeFinal: false)
        var t = xt
        for idx in sel.path {
            if let p = t.underlying as? Pointer { t = p.elem }
            if let st = t.underlying as? Struct, idx < st.fields.count, let ft = st.fields[idx].type { t = ft }
        }
        var k = k
        let isPtr = t.underlying is Pointer && !(t.underlying is Interface)
        let isIface = isInterfaceType(t)
        if !isIface {
            if m.hasPtrRecv && !isPtr { k = k.addr() }
            if !m.hasPtrRecv && isPtr { steps.append(true) }
        }
        for _ in steps.reversed() { k = k.deref() }
        return k
    }

    func methodValue(_ k: Hole, _ s: SelectorExpr, _ m: Func, _ sel: SelectionInfo, _ xt: GoType) {
        let closureK = spill(k, s, text: self.text.expr(s))
        let sig = m.type as? Signature
        let nres = sig?.results.count ?? 0
        let ks = Array(repeating: batch.heapHole, count: nres)
        let recvIsIface = m.hasPtrRecv == false && (sig?.recv?.type.map(isInterfaceType) ?? false)
        let paramK: Hole
        if recvIsIface || isInterfaceType(xt) {
            paramK = batch.heapHole
        } else {
            paramK = tagHole(ks, callee(for: m, receiver: prog.embeddedBase(xt, sel.path)), paramIndex: -1)
        }
        let k2 = batch.teeHole([paramK, closureK], fn: fn, loopDepth: loopDepth)
        expr(receiverHole(k2, xt, sel, m), s.x)
    }

    /// An element of a composite literal: `{…}` with the type elided for a
    /// pointer element type is `&T{…}`.
    func element(_ k: Hole, _ e: Expr, _ t: GoType?) {
        if let c = unparen(e) as? CompositeLit, c.type == nil, let p = t?.underlying as? Pointer {
            analysis.implicitAllocs.insert(ObjectIdentifier(c))
            let k2 = spill(k, c, text: "&" + self.text.type(p.elem) + (c.elems.isEmpty ? "{}" : "{...}"), type: p)
            compositeLit(k2, c, as: p.elem)
            return
        }
        exprConv(k, e, to: t)
    }

    func compositeLit(_ k: Hole, _ c: CompositeLit, as type: GoType? = nil) {
        guard let t = type ?? prog.typeOf(c) else { return }
        switch t.underlying {
        case let st as Struct:
            for (i, el) in c.elems.enumerated() {
                if let kv = el as? KeyValueExpr {
                    let f = (kv.key as? Name).flatMap { n in st.fields.first { $0.name == n.value } }
                    exprConv(k, kv.value, to: f?.type)
                } else {
                    exprConv(k, el, to: i < st.fields.count ? st.fields[i].type : nil)
                }
            }
        case let at as Types.ArrayType:
            for el in c.elems { element(k, (el as? KeyValueExpr)?.value ?? el, at.elem) }
        case let sl as Slice:
            let k2 = spill(k, c, text: self.text.compositeText(c), type: t)
            for el in c.elems { element(k2, (el as? KeyValueExpr)?.value ?? el, sl.elem) }
        case let mt as Types.MapType:
            _ = spill(k, c, text: self.text.compositeText(c))
            for el in c.elems {
                if let kv = el as? KeyValueExpr {
                    element(batch.heapHole, kv.key, mt.key)
                    element(batch.heapHole, kv.value, mt.elem)
                }
            }
        default:
            for el in c.elems { discard(el) }
        }
    }

    func closure(_ k: Hole, _ lit: FuncLit) {
        guard let info = prog.litInfo(lit, in: fn) else { return }
        let k2 = spill(k, lit, text: "func literal")
        analysis.closureOfSite[ObjectIdentifier(lit)] = info
        guard info.isCapturing else { return }
        batch.closures.append((k2, info))
        for v in info.closureVars {
            if let loc = batch.varLoc(v), !loc.captured {
                loc.captured = true
                if loc.loopDepth == loopDepth { loc.reassigned = false }
            }
        }
        Walker(batch: batch, fn: info).walkFunc()
    }
}

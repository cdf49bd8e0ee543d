// This file implements calls (gc's call.go): conversions, builtins,
// static calls whose arguments flow as the callee's parameter tags say (or
// straight into its parameters when it is in the same batch), calls
// through interfaces and function values (arguments to the heap), the
// implicit `...` slice, and go/defer with gc's wrapper closures.

import Base
import Syntax
import Types

/// A statically known callee.
enum Callee {
    /// A function of this package (with a body, or declared without one).
    case local(FuncInfo)
    /// A function or method of another package: tags from the table, or
    /// gc's rule for functions without bodies.
    case external(Func)
}

extension Walker {
    func call(_ ks: [Hole]?, _ c: CallExpr) {
        if let t = prog.conversionType(c) {
            conversion(ks?.first ?? batch.discardHole, c, to: t)
            return
        }
        if let b = prog.builtin(c.fun) {
            builtinCall(ks, c, b)
            return
        }
        funcCall(ks, c)
    }

    // MARK: conversions

    func conversion(_ k0: Hole, _ c: CallExpr, to t: GoType) {
        guard let x = c.args.first else { return }
        var k = k0
        if k.derefs >= 0, !hasPointers(t) { k = batch.discardHole }
        if prog.checker.typeOf(c)?.value != nil { return }
        let xt = prog.typeOf(x) ?? t
        let tu = t.underlying, xu = xt.underlying
        if isInterfaceType(t) {
            if isInterfaceType(xt) || isUntypedNil(xt) { expr(k, x); return }
            var txt = text.callText(c)
            if let lit = literalText(x) { txt = text.conversionText(c, arg: lit) }
            convIface(k, site: c, x: x, xType: xt, text: txt, pos: x.pos)
            return
        }
        if isStringType(t), xu is Slice {
            _ = spill(k, c, text: self.text.callText(c), pos: x.pos)
            discard(x)
            return
        }
        if isStringType(t), let b = xu as? Basic, b.isInteger {
            _ = spill(k, c, text: self.text.callText(c), pos: x.pos)
            discard(x)
            return
        }
        if tu is Slice, isStringType(xt) {
            _ = spill(k, c, text: self.text.callText(c), pos: x.pos, type: t)
            if let s = tu as? Slice, (s.elem.underlying as? Basic)?.kind == .uint8 { batch.str2bytes.insert(ObjectIdentifier(c)) }
            discard(x)
            return
        }
        if (tu as? Basic)?.kind == .unsafePointer, (xu as? Basic)?.kind == .uintptr {
            unsafeValue(k, x)
            return
        }
        if tu is Types.ArrayType, xu is Slice {
            expr(k.deref(), x)
            return
        }
        expr(k, x)
    }

    func unsafeValue(_ k: Hole, _ x: Expr) {
        let e = unparen(x)
        if let c = e as? CallExpr, prog.conversionType(c) != nil, let a = c.args.first {
            if (prog.typeOf(a)?.underlying as? Basic)?.kind == .unsafePointer { expr(k, a) } else { discard(a) }
            return
        }
        if let o = e as? Operation, let y = o.y {
            switch o.op {
            case .add, .sub, .or, .xor, .mul, .div, .rem, .and, .andNot:
                unsafeValue(k, o.x); unsafeValue(k, y)
            case .shl, .shr:
                unsafeValue(k, o.x); discard(y)
            default:
                discard(e)
            }
            return
        }
        discard(e)
    }

    // MARK: builtins

    func builtinCall(_ ks: [Hole]?, _ c: CallExpr, _ b: BuiltinID) {
        let k = ks?.first ?? batch.discardHole
        let args = c.args
        switch b {
        case .append:
            guard let s = args.first, let st = prog.typeOf(s)?.underlying as? Slice else {
                for a in args { discard(a) }
                return
            }
            var appendeeK = batch.teeHole([k, batch.mutatorHole], fn: fn, loopDepth: loopDepth)
            if hasPointers(st.elem) {
                appendeeK = batch.teeHole([appendeeK, batch.heapHole.deref()], fn: fn, loopDepth: loopDepth)
            }
            expr(appendeeK, s)
            if c.hasDots {
                var appendedK = batch.discardHole
                if args.count > 1, let at = prog.typeOf(args[1])?.underlying as? Slice, hasPointers(at.elem) {
                    appendedK = batch.heapHole.deref()
                }
                if args.count > 1 { expr(appendedK, args[1]) }
            } else {
                for a in args.dropFirst() { exprConv(batch.heapHole, a, to: st.elem) }
            }
            let backing = batch.newLoc(.site(c, text: { "append" }), fn: fn, loopDepth: 0, persists: false)
            analysis.siteFunc[ObjectIdentifier(c)] = fn
            batch.flow(k.addr(), backing)
        case .copy:
            if args.count == 2 {
                expr(batch.mutatorHole, args[0])
                var copiedK = batch.discardHole
                if let t = prog.typeOf(args[1])?.underlying as? Slice, hasPointers(t.elem) { copiedK = batch.heapHole.deref() }
                expr(copiedK, args[1])
            }
        case .panic:
            if let a = args.first { exprConv(batch.heapHole, a, to: Universe.emptyInterface) }
        case .complex, .delete, .print, .println, .recover, .len, .cap, .real, .imag, .close:
            for a in args { discard(a) }
        case .min, .max:
            for a in args { expr(k, a) }
        case .clear:
            if let a = args.first { expr(batch.mutatorHole, a) }
        case .new:
            let t = prog.typeOf(c)
            if let a = args.first, !prog.isTypeExpr(a) {
                // new(v) (Go 1.26): a temporary holding v, whose address is the result;
                // gc reports it as a variable (.autotmp_N), only when it moves to the heap
                fn.autotmps += 1
                let v = Var(name: ".autotmp_\(fn.autotmps)", pos: c.pos, type: prog.typeOf(a), pkg: prog.checker.pkg)
                let loc = batch.newLoc(.variable(v), fn: fn, loopDepth: loopDepth, persists: true)
                analysis.newValueTemps[ObjectIdentifier(c)] = v
                exprConv(loc.hole, a, to: (t as? Pointer)?.elem)
                batch.flow(k.addr(), loc)
                fn.autotmps += 1
                return
            }
            analysis.implicitAllocs.insert(ObjectIdentifier(c))
            _ = spill(k, c, text: self.text.callText(c), type: t)
        case .make:
            guard let t = prog.typeOf(c) else { return }
            switch t.underlying {
            case let sl as Slice:
                let sizeArg = args.count >= 3 ? args[2] : (args.count >= 2 ? args[1] : nil)
                var count: Int64? = nil
                var txt = text.callText(c)
                if let sa = sizeArg {
                    if let v = prog.constValue(sa), case let (n, true) = v.int64Value { count = n }
                    else if let (n, lenText) = staticSize(sa) {
                        count = n
                        // gc prints the rewritten literal in place of the variable
                        var parts = ["make(" + text.type(t)]
                        for a in args.dropFirst() { parts.append(a === sa ? lenText : text.expr(a)) }
                        txt = parts.joined(separator: ", ") + ")"
                        prog.rewrittenText[ObjectIdentifier(c)] = txt
                    }
                }
                _ = spill(k, c, text: txt, type: t)
                batch.makeSizes[ObjectIdentifier(c)] = (sl.elem, count)
                for a in args.dropFirst() { discard(a) }
            case is Types.MapType:
                _ = spill(k, c, text: self.text.callText(c))
                for a in args.dropFirst() { discard(a) }
            default:
                for a in args.dropFirst() { discard(a) }
            }
        case .sliceData, .stringData:
            if let a = args.first { expr(k, a) }
        case .add, .slice, .string:
            if let a = args.first { expr(k, a) }
            for a in args.dropFirst() { discard(a) }
        default:
            for a in args { discard(a) }
        }
    }

    /// A non-constant make size whose static value is a constant (gc's rewriteWithLiterals).
    func staticSize(_ e: Expr) -> (Int64, String)? {
        let v = analysis.staticValue(e, in: fn)
        if v !== unparen(e), let c = prog.constValue(v), case let (n, true) = c.int64Value, n >= 0 {
            return (n, String(n))
        }
        if let lc = v as? CallExpr, prog.builtin(lc.fun) == .len, let a = lc.args.first,
           let lit = analysis.staticValue(a, in: fn) as? CompositeLit, prog.typeOf(lit)?.underlying is Slice,
           !lit.elems.contains(where: { $0 is KeyValueExpr }) {
            return (Int64(lit.elems.count), String(lit.elems.count))
        }
        return nil
    }

    // MARK: calls

    func callee(for f: Func, receiver: GoType? = nil) -> Callee {
        let o = f.origin ?? f
        if let info = prog.byObj[ObjectIdentifier(o)] { return .local(info) }
        if let r = receiver, let inst = prog.methodInstance(f, receiver: prog.embeddedBase(r, [])) { return .local(inst) }
        return .external(o)
    }

    func inMutualBatch(_ c: Callee) -> FuncInfo? {
        if case .local(let info) = c, info.state != .tagged, info.state != .unknown { return info }
        return nil
    }

    /// The parameters (receiver first) of a callee.
    func params(of c: Callee) -> [Var] {
        switch c {
        case .local(let info): return info.recvParams
        case .external(let f):
            guard let s = f.type as? Signature else { return [] }
            return (s.recv.map { [$0] } ?? []) + s.params.vars
        }
    }

    func hasRecv(_ c: Callee) -> Bool {
        switch c {
        case .local(let info): return info.sig.recv != nil
        case .external(let f): return (f.type as? Signature)?.recv != nil
        }
    }

    /// gc's tagHole: where an argument for parameter `paramIndex` (-1: receiver) goes.
    func tagHole(_ ks: [Hole]?, _ c: Callee, paramIndex: Int) -> Hole {
        let ps = params(of: c)
        let j = hasRecv(c) ? paramIndex + 1 : paramIndex
        guard j >= 0, j < ps.count else { return batch.heapHole }
        let p = ps[j]
        if inMutualBatch(c) != nil {
            if p.name.isEmpty || p.name == "_" { return batch.discardHole }
            return batch.varLoc(p)?.hole ?? batch.heapHole
        }
        let esc: Leaks
        switch c {
        case .local(let info):
            esc = j < info.tags.count ? info.tags[j] : .heapLeak
        case .external(let f):
            esc = StdTags.tag(for: f, param: j)
        }
        var tagKs: [Hole] = []
        if esc.heap >= 0 { tagKs.append(batch.heapHole.shift(esc.heap)) }
        if esc.mutator >= 0 { tagKs.append(batch.mutatorHole.shift(esc.mutator)) }
        if esc.callee >= 0 { tagKs.append(batch.calleeHole.shift(esc.callee)) }
        if let ks {
            for i in 0..<Leaks.numResults where esc.result(i) >= 0 && i < ks.count {
                tagKs.append(ks[i].shift(esc.result(i)))
            }
        }
        return batch.teeHole(tagKs, fn: fn, loopDepth: loopDepth)
    }

    func mergedTagHole(_ ks: [Hole]?, _ fns: [Callee], _ paramIndex: Int) -> Hole {
        if fns.isEmpty { return batch.heapHole }
        return batch.teeHole(fns.map { tagHole(ks, $0, paramIndex: paramIndex) }, fn: fn, loopDepth: loopDepth)
    }

    /// The static callee of a call's function operand, if any.
    func staticCallee(_ funExpr: Expr, call: CallExpr? = nil) -> Callee? {
        let v = analysis.staticValue(funExpr, in: fn)
        switch v {
        case let lit as FuncLit:
            if let info = prog.litInfo(lit, in: fn) { return .local(info) }
        case let s as SelectorExpr where !prog.isQualified(s) && prog.isTypeExpr(s.x):
            // a method expression T.M (held in a variable): a static callee taking the receiver first
            if let sel = prog.selection(s), let m = sel.method, let xt = prog.typeOf(s.x), !isInterfaceType(xt) {
                return callee(for: m, receiver: xt)
            }
        default:
            if let f = prog.referent(v) as? Func {
                if prog.templates[ObjectIdentifier(f.origin ?? f)] != nil {
                    if let c = call, let inst = prog.instance(of: f, call: c) { return .local(inst) }
                    return .external(f)
                }
                return callee(for: f)
            }
        }
        return nil
    }

    func funcCall(_ ks: [Hole]?, _ c: CallExpr) {
        let fun = unparen(c.fun)
        var fns: [Callee] = []
        var recvArg: Expr? = nil
        var recvHoleFn: ((Hole) -> Hole)? = nil
        var isMethodExpr = false
        var args = c.args
        var sig0 = prog.typeOf(c.fun)?.underlying as? Signature
        if sig0 == nil, case .local(let info)? = staticCallee(fun, call: c), info.isInstance {
            sig0 = substituteTypeParams(info.sig, info.subst) as? Signature   // f[A, B](…): the instance's signature
        }
        guard let sig = sig0 else {
            for a in args { discard(a) }
            return
        }
        if let s = fun as? SelectorExpr, !prog.isQualified(s), !prog.isTypeExpr(s.x),
           unalias(prog.checker.typeOf(s.x)?.type ?? Universe.invalid) is TypeParam {
            // x.M() of a type parameter's constraint method: gc calls it through the
            // dictionary, an unknown function taking the receiver as its first argument
            recvArg = s.x
            recvHoleFn = { $0 }
        } else if let d = analysis.devirtualized[ObjectIdentifier(c)], !d.partial, let s = fun as? SelectorExpr,
           let tsel = selectionInfo(d.type, name: s.sel.value, pkg: prog.checker.pkg) {
            // x.M() with x's concrete type T known: T.M(x.(T), ...)
            recvArg = s.x
            recvHoleFn = { k in self.dotType(self.receiverHole(k, d.type, tsel, d.method), d.type) }
            fns = [callee(for: d.method)]
        } else if let d = analysis.devirtualized[ObjectIdentifier(c)], d.partial, let s = fun as? SelectorExpr,
                  let tsel = selectionInfo(d.type, name: s.sel.value, pkg: prog.checker.pkg) {
            // x.(T).Iface.M(): still an interface call on the embedded interface
            recvArg = s.x
            let steps = pointerSteps(d.type, tsel.path, includeFinal: false).count
            recvHoleFn = { k in self.dotType(steps > 0 ? k.shift(steps) : k, d.type) }
        } else if let s = fun as? SelectorExpr, !prog.isQualified(s), let sel = prog.selection(s), let m = sel.method,
           let xt = prog.typeOf(s.x) {
            if prog.isTypeExpr(s.x) {
                // method expression T.M(recv, args...)
                isMethodExpr = true
                if !isInterfaceType(xt) { fns = [callee(for: m, receiver: xt)] }
            } else {
                recvArg = s.x
                recvHoleFn = { k in self.receiverHole(k, xt, sel, m) }
                if !isInterfaceType(xt) && !(sel.indirect && isInterfaceType(self.embeddedType(xt, sel.path))) {
                    fns = [callee(for: m, receiver: prog.embeddedBase(xt, sel.path))]
                }
            }
        } else if let cal = staticCallee(fun, call: c) {
            fns = [cal]
            if case .local(let info) = cal, info.isInstance { prog.callInstances[ObjectIdentifier(c)] = info }
            if hasRecv(cal), !args.isEmpty {
                // f := T.M; f(recv, args…): the receiver is the first argument
                expr(batch.discardHole, c.fun)
                isMethodExpr = true
            }
        }
        if fns.count == 1, case .local(let info) = fns[0], info.isInstance { prog.callInstances[ObjectIdentifier(c)] = info }
        if isMethodExpr, !args.isEmpty {
            recvArg = args.removeFirst()
            recvHoleFn = { $0 }
        }
        if let ks {
            for f in fns {
                if let info = inMutualBatch(f) {
                    for (i, r) in info.results.enumerated() where i < ks.count {
                        if let l = batch.varLoc(r) { batch.flow(ks[i], l) }
                    }
                }
            }
        }
        if recvArg == nil || isMethodExpr {
            var calleeK = batch.discardHole
            if fns.isEmpty, let ks, ks.contains(where: { $0.dst !== batch.blankLoc }) { calleeK = batch.calleeHole }
            if fns.isEmpty && ks == nil { calleeK = batch.discardHole }
            if !isMethodExpr { expr(calleeK, c.fun) }
        }
        if let r = recvArg {
            let k = mergedTagHole(ks, fns, -1)
            if overrides[ObjectIdentifier(r)] != nil { expr(k, r) } else { expr(recvHoleFn?(k) ?? k, r) }
        }
        var callSig = sig
        if isMethodExpr, !sig.params.vars.isEmpty {
            // T.M's type takes the receiver first; the receiver is already evaluated
            callSig = Signature(params: Tuple(Array(sig.params.vars.dropFirst())), results: sig.results, variadic: sig.variadic)
        }
        if fns.count == 1, case .local(let info) = fns[0], info.isInstance,
           let isig = substituteTypeParams(info.sig, info.subst) as? Signature {
            callSig = isig   // the instance's parameter types (an interface shape converts arguments)
        }
        arguments(ks, c, callSig, args, fns)
    }

    func embeddedType(_ xt: GoType, _ path: [Int]) -> GoType {
        var t = xt
        for idx in path {
            if let p = t.underlying as? Pointer { t = p.elem }
            if let st = t.underlying as? Struct, idx < st.fields.count, let ft = st.fields[idx].type { t = ft }
        }
        return t
    }

    /// Evaluates the arguments into their parameters' holes, building the
    /// implicit `...` slice for a variadic call.
    func arguments(_ ks: [Hole]?, _ c: CallExpr, _ sig: Signature, _ args: [Expr], _ fns: [Callee]) {
        let params = sig.params.vars
        // f(g()) with g returning several values: temporaries, as gc rewrites it
        if args.count == 1, params.count > 1 || (params.count == 1 && sig.variadic),
           let inner = unparen(args[0]) as? CallExpr, let t = prog.typeOf(inner) as? Tuple, t.count > 1 {
            // gc's order: t0, t1 := g(); f(t0, t1), the temporaries named .autotmp_N
            var temps: [Location] = []
            for _ in 0..<t.count { temps.append(batch.newLoc(.temp, fn: fn, loopDepth: loopDepth, persists: true)) }
            let firstTemp = fn.autotmps
            fn.autotmps += t.count
            call(temps.map { $0.hole }, inner)
            for (i, tmp) in temps.enumerated() {
                if sig.variadic && i >= params.count - 1 {
                    // the rest go into the ... slice
                    let site = Node(c.pos)
                    let k = spill(mergedTagHole(ks, fns, params.count - 1), site, text: "... argument", pos: c.pos)
                    analysis.variadicSlices[ObjectIdentifier(c)] = site
                    let elem = (params.last?.type as? Slice)?.elem
                    for j in i..<temps.count {
                        let tt = t.vars[j].type ?? Universe.basic(.int)
                        if let e = elem, isInterfaceType(e), !isInterfaceType(tt), !isDirectIface(tt) {
                            let conv = Node(c.pos)
                            let name = ".autotmp_\(firstTemp + j)"
                            batch.flow(spill(k, conv, text: name, pos: c.pos), temps[j])
                        } else {
                            batch.flow(k, temps[j])
                        }
                    }
                    break
                }
                batch.flow(mergedTagHole(ks, fns, i), tmp)
            }
            return
        }
        for (i, p) in params.enumerated() {
            if sig.variadic && i == params.count - 1 && !c.hasDots {
                let extra = i < args.count ? Array(args[i...]) : []
                if extra.isEmpty { continue }
                let elem = (p.type as? Slice)?.elem
                let site = Node(c.pos)
                analysis.variadicSlices[ObjectIdentifier(c)] = site
                let k = spill(mergedTagHole(ks, fns, i), site, text: "... argument", pos: c.pos)
                for a in extra { exprConv(k, a, to: elem) }
                continue
            }
            guard i < args.count else { continue }
            exprConv(mergedTagHole(ks, fns, i), args[i], to: p.type)
        }
    }
}

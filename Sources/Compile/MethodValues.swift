// Method values and method expressions.
//
// x.M (not called) evaluates the receiver now and makes a closure whose
// captured words are the receiver's slots; its function, `T.M-fm` as gc
// names it, copies them back out of the closure context and calls M (or,
// for an interface x, dispatches through the itab). T.M and (*T).M are
// the method itself: its calling convention already puts the receiver first.

import Base
import Syntax
import Types
import Bytecode

extension FuncCompiler {
    func methodValue(_ s: SelectorExpr, into dst: Int) throws(CompileError) {
        if isTypeExpr(s.x) {
            // method expression
            let T = resolveType(s.x).map { sub($0) } ?? typeOf(s.x)
            guard let sig = tvType(s) as? Signature else { throw CompileError(s.pos, "gosub: internal error: method expression") }
            if let iface = T.underlying as? Interface {
                guard let mi = iface.typeSet.methods.map(\.name).sorted().firstIndex(of: s.sel.value) else {
                    throw CompileError(s.pos, "gosub: internal error: interface method expression")
                }
                fb.loadStatic(dst, compiler.staticClosure(ifaceMethodExpr(sig, mi, name: "\(TypeNames.reflect(T)).\(s.sel.value)")))
                return
            }
            guard case .method(let m, let path) = selection(T, s.sel.value, in: checker.pkg), path.isEmpty,
                  let recvT = m.signature.recv?.type, m.hasBody, m.signature.tparams.isEmpty else {
                throw CompileError.unsupported(startPos(s), "this method expression is")
            }
            // (T.M of a generic instance: the instance's method, which takes the receiver first)
            let pointerRecv = recvT is Types.Pointer
            if typesIdentical(recvT, T) || (m.origin != nil && pointerRecv == (T is Types.Pointer)),
               let f = compiler.callable(m, recv: T) {
                fb.loadStatic(dst, compiler.staticClosure(f))
            } else if let p = T.underlying as? Types.Pointer, !pointerRecv, typesIdentical(p.elem, recvT) || m.origin != nil,
                      let f = compiler.methodEntry(T, m, []) {
                // (*T).M of a value method: dereference, then call
                fb.loadStatic(dst, compiler.staticClosure(f))
            } else {
                throw CompileError.unsupported(startPos(s), "this method expression is")
            }
            return
        }
        let xt = typeOf(s.x)
        guard let sig = tvType(s) as? Signature else { throw CompileError(s.pos, "gosub: internal error: method value") }
        if isInterfaceType(xt) {
            guard let iface = xt.underlying as? Interface,
                  let mi = iface.typeSet.methods.map(\.name).sorted().firstIndex(of: s.sel.value) else {
                throw CompileError(s.pos, "gosub: internal error: interface method value")
            }
            let v = try valueSlots(s.x)
            // a nil interface panics when the method value is made
            fb.emit(.nilchk, v)
            let idx = boundIfaceFunc(sig, mi)
            try emitClosure(idx, from: v, captured: [Universe.anyType], into: dst, site: s)
            return
        }
        guard case .method(let m, let path) = selection(xt, s.sel.value, in: checker.pkg),
              m.hasBody, let recvT = m.signature.recv?.type, !isInterfaceType(recvT),
              let target = compiler.callable(m, recv: receiverBase(xt, path)) else {
            throw CompileError.unsupported(startPos(s), "this method value is")
        }
        let rt = compiler.instanceSigs[target]?.recv?.type ?? recvT
        let rslots = TypeTable.slots(rt)
        let r = try fb.alloc(max(rslots, 1))
        try receiver(m, s, path, into: r, recvType: rt)
        let idx = boundFunc(m, target: target)
        try emitClosure(idx, from: r, captured: [rt], into: dst, site: s)
    }

    /// x.M[A…] of a method with type parameters of its own (Go 1.27): the
    /// instance's bound method value. False when x.M is not such a method.
    func genericMethodValue(_ s: SelectorExpr, _ explicit: [Expr], into dst: Int) throws(CompileError) -> Bool {
        if isTypeExpr(s.x) { return false }
        if let pn = s.x as? Name, obj(pn) is PkgName { return false }
        let xt = typeOf(s.x)
        guard !isInterfaceType(xt), case .method(let m, let path) = selection(xt, s.sel.value, in: checker.pkg),
              !m.signature.tparams.isEmpty, m.hasBody else { return false }
        let targs = explicit.compactMap { resolveType($0).map { sub($0) } ?? tvType($0) }
        let recvBase = receiverBase(xt, path)
        let named = ((recvBase as? Types.Pointer)?.elem ?? recvBase) as? Named
        guard targs.count == m.signature.tparams.count,
              let target = compiler.methodInstance(m, named.flatMap { $0.targs.isEmpty ? nil : $0 }, targs: targs),
              let rt = compiler.instanceSigs[target]?.recv?.type else {
            throw CompileError.unsupported(startPos(s), "this method value is")
        }
        let rslots = TypeTable.slots(rt)
        let r = try fb.alloc(max(rslots, 1))
        try receiver(m, s, path, into: r, recvType: rt)
        try emitClosure(boundFunc(m, target: target), from: r, captured: [rt], into: dst, site: nil)
        return true
    }

    /// `T.M-fm`: calls m with the receiver words from the closure.
    func boundFunc(_ m: Func, target: Int) -> Int {
        let key = "fm/\(target)"
        if let i = compiler.wrappers[key] { return i }
        let idx = compiler.newFunc(name: compiler.funcName(m) + "-fm", pos: .none)
        compiler.wrappers[key] = idx
        let comp = compiler
        let msig = compiler.instanceSigs[target] ?? m.signature
        comp.queue.append((idx, { () throws(CompileError) -> Void in
            let sig = Signature(params: msig.params, results: msig.results, variadic: msig.variadic)
            let fc = FuncCompiler(compiler: comp, index: idx, sig: sig, recvObj: nil)
            let rslots = TypeTable.slots(msig.recv!.type!)
            let pslots = fc.fb.meta.paramSlots, res = fc.fb.meta.resultSlots
            let base = try fc.fb.alloc(FrameHeader.size + rslots + pslots + res)
            let ctx = try fc.fb.alloc(1)
            fc.fb.emit(.mov, ctx, FrameHeader.closure)
            for i in 0..<rslots { fc.fb.emit(.ld64, base + FrameHeader.size + i, ctx, 8 + 8 * i) }
            try fc.move(base + FrameHeader.size + rslots, FrameHeader.size, pslots)
            fc.fb.emitBC(.call, base, target)
            try fc.move(fc.resultSlot, base + FrameHeader.size + rslots + pslots, res)
            fc.fb.emit(.ret)
            try comp.finish(idx, fc.fb)
        }))
        return idx
    }

    /// I.M as a function: its first parameter is the interface value.
    func ifaceMethodExpr(_ sig: Signature, _ mi: Int, name: String) -> Int {
        let key = "ime/\(name)"
        if let i = compiler.wrappers[key] { return i }
        let idx = compiler.newFunc(name: name, pos: .none)
        compiler.wrappers[key] = idx
        let comp = compiler
        comp.queue.append((idx, { () throws(CompileError) -> Void in
            let fc = FuncCompiler(compiler: comp, index: idx, sig: sig, recvObj: nil)
            let pslots = fc.fb.meta.paramSlots - 2, res = fc.fb.meta.resultSlots
            let base = try fc.fb.alloc(FrameHeader.size + 1 + pslots + res)
            try fc.move(base + FrameHeader.size + 1, FrameHeader.size + 2, pslots)
            fc.fb.emit(.callIface, base, FrameHeader.size, mi)
            try fc.move(fc.resultSlot, base + FrameHeader.size + 1 + pslots, res)
            fc.fb.emit(.ret)
            try comp.finish(idx, fc.fb)
        }))
        return idx
    }

    /// A bound interface method: calls method mi of the interface value held in the closure.
    func boundIfaceFunc(_ sig: Signature, _ mi: Int) -> Int {
        let idx = compiler.newFunc(name: "main.(interface).method-fm", pos: .none)
        let comp = compiler
        comp.queue.append((idx, { () throws(CompileError) -> Void in
            let fsig = Signature(params: sig.params, results: sig.results, variadic: sig.variadic)
            let fc = FuncCompiler(compiler: comp, index: idx, sig: fsig, recvObj: nil)
            let pslots = fc.fb.meta.paramSlots, res = fc.fb.meta.resultSlots
            let v = try fc.fb.alloc(2)
            let ctx = try fc.fb.alloc(1)
            fc.fb.emit(.mov, ctx, FrameHeader.closure)
            fc.fb.emit(.ld64, v, ctx, 8)
            fc.fb.emit(.ld64, v + 1, ctx, 16)
            let base = try fc.fb.alloc(FrameHeader.size + 1 + pslots + res)
            try fc.move(base + FrameHeader.size + 1, FrameHeader.size, pslots)
            fc.fb.emit(.callIface, base, v, mi)
            try fc.move(fc.resultSlot, base + FrameHeader.size + 1 + pslots, res)
            fc.fb.emit(.ret)
            try comp.finish(idx, fc.fb)
        }))
        return idx
    }
}

/// fmt's printing natives: the variadic natives that can be taken as values (their wrapper preformats).
enum PrintNatives {
    static let printing: Set<NativeID> = [.fmtPrint, .fmtPrintln, .fmtPrintf, .fmtSprint, .fmtSprintln, .fmtSprintf]
}

extension FuncCompiler {
    /// A function wrapping native nid (for strconv.Itoa, fmt.Println and the like used as values).
    func nativeValue(_ nid: NativeID, _ sig: Signature) throws(CompileError) -> Int {
        let key = "nat/\(nid.rawValue)"
        if let i = compiler.wrappers[key] { return i }
        let idx = compiler.newFunc(name: nid.name, pos: .none)
        compiler.wrappers[key] = idx
        let comp = compiler
        comp.queue.append((idx, { () throws(CompileError) -> Void in
            let fc = FuncCompiler(compiler: comp, index: idx, sig: sig, recvObj: nil)
            let p = fc.fb.meta.paramSlots, r = fc.fb.meta.resultSlots
            let area = try fc.fb.alloc(max(p, r, 1))
            try fc.move(area, FrameHeader.size, p)
            if PrintNatives.printing.contains(nid) {
                // fmt's natives get String/Error results from the compiled code first (FmtCalls.swift):
                // the ... slice is the last parameter, after a format string for the f forms
                let formatted = [.fmtPrintf, .fmtSprintf].contains(nid)
                try fc.preformatSpread(slice: area + p - 3, formatted: formatted)
            }
            fc.fb.emitBC(.callNat, area, nid.rawValue)
            try fc.move(fc.resultSlot, area, r)
            fc.fb.emit(.ret)
            try comp.finish(idx, fc.fb)
        }))
        return idx
    }
}

// Interfaces. A non-empty interface value is {itab, data}, an empty one
// {type descriptor, data}; data is the value itself for pointer-shaped
// types, else a pointer to a boxed copy. The VM builds itabs on demand
// from each type's method set (RType.methods, computed here once all code
// is compiled): per method a function taking the data word as receiver —
// the method itself when the word is the receiver, else a wrapper that
// loads the receiver (through embedded fields) and calls the method, or
// for a method promoted from an embedded interface, calls it through that
// interface value.

import Base
import Syntax
import Types
import Bytecode

extension TypeTable {
    static func isPointerShaped(_ t: GoType) -> Bool {
        switch kind(t) {
        case .pointer, .map, .chan, .function, .unsafePointer: return true
        default: return false
        }
    }
}

extension Compiler {
    /// Fills RType.methods for every type that may sit in an interface (iterates to a fixed point:
    /// wrappers may add types).
    func finalizeMethodSets() throws(CompileError) {
        var done = 0
        while done < types.goTypes.count || !queue.isEmpty {
            while done < types.goTypes.count {
                let id = done
                done += 1
                guard let t = types.goTypes[id], !(t.underlying is Interface) else { continue }
                (program.types[id].methods, program.types[id].unimplementedMethods) = try methodSet(t)
            }
            while !queue.isEmpty {
                let (_, work) = queue.removeFirst()
                try work()
            }
        }
    }

    /// The method set of t, and the names of its methods declared without bodies
    /// (standard methods gosub does not implement yet).
    func methodSet(_ t: GoType) throws(CompileError) -> ([RMethod], [String]) {
        var names = Set<String>()
        var seen = Set<ObjectIdentifier>()
        func collect(_ t: GoType) {
            var t = unalias(t)
            if let p = t as? Types.Pointer { t = unalias(p.elem) }
            if !seen.insert(ObjectIdentifier(t)).inserted { return }
            if let n = t as? Named { for m in n.originOrSelf.methods { names.insert(m.name) } }
            if let i = t.underlying as? Interface { for m in i.typeSet.methods { names.insert(m.name) } }
            if let s = t.underlying as? Struct {
                for f in s.fields where f.embedded { collect(f.type!) }
            }
        }
        collect(t)
        if names.isEmpty { return ([], []) }
        var unimplemented: [String] = []
        let isPtr = t.underlying is Types.Pointer && !(t is Named)
        var out: [RMethod] = []
        for name in names.sorted() {
            guard case .method(let m, let path) = selection(t, name, in: checker.pkg) else { continue }
            let fromInterface = m.signature.recv.map { $0.type!.underlying is Interface } ?? true
            let fn: Int
            if fromInterface {
                guard !path.isEmpty else { continue }
                fn = interfaceMethodEntry(t, m, path)
            } else {
                if !isPtr && m.hasPtrRecv && !pathHasPointer(t, path) { continue }
                if !m.hasBody { unimplemented.append(name); continue }
                if !m.signature.tparams.isEmpty { continue }
                guard let e = methodEntry(t, m, path) else { continue }
                fn = e
            }
            let sig = m.signature
            let stringer = sig.params.count == 0 && sig.results.count == 1
                && ((sig.results.vars[0].type as? Basic)?.kind == .string)
            let msig = instanceSigs[fn] ?? (methodSigOf(t, m))
            out.append(RMethod(name: name, fn: fn, stringer: stringer, sig: TypeNames.signature(msig)))
        }
        return (out, unimplemented)
    }

    /// m's signature as seen on t (instantiated for generic instances).
    func methodSigOf(_ t: GoType, _ m: Func) -> Signature { m.signature }

    func pathHasPointer(_ t: GoType, _ path: [Int]) -> Bool {
        var cur = t
        for i in path {
            guard let s = cur.underlying as? Struct else { return false }
            let ft = s.fields[i].type!
            if ft.underlying is Types.Pointer { return true }
            cur = ft
        }
        return false
    }

    /// The function an itab holds for method m of dynamic type t.
    func methodEntry(_ t: GoType, _ m: Func, _ path: [Int]) -> Int? {
        let recvT = m.signature.recv!.type!
        if path.isEmpty && TypeTable.isPointerShaped(t) && typesIdentical(recvT, t) { return callable(m, recv: t) }
        // the type that declares m, for generic instances
        var decl = t
        var cur = t
        for i in path {
            if let p = cur.underlying as? Types.Pointer { cur = p.elem }
            guard let st = cur.underlying as? Struct else { break }
            cur = st.fields[i].type!
        }
        decl = cur
        guard let target = callable(m, recv: decl) else { return nil }
        let key = "\(ObjectIdentifier(t).hashValue)/\(ObjectIdentifier(m).hashValue)/\(path)"
        if let w = wrappers[key] { return w }
        let tn = TypeNames.reflect(t)
        let idx = newFunc(name: "\(tn).\(m.name)·wrapper", pos: .none)
        program.funcs[idx].name = t.underlying is Types.Pointer && !(t is Named) ? "main.(\(tn.dropFirst(0))).\(m.name)" : "main.(*\(tn.replacing("main.", with: ""))).\(m.name)"
        wrappers[key] = idx
        queueWrapper(idx, t, m, path, target: target)
        return idx
    }

    /// The entry for method m of the interface embedded at the end of `path`
    /// in t: a wrapper that loads that interface value and calls m through it.
    func interfaceMethodEntry(_ t: GoType, _ m: Func, _ path: [Int]) -> Int {
        let key = "\(ObjectIdentifier(t).hashValue)/\(ObjectIdentifier(m).hashValue)/\(path)/iface"
        if let w = wrappers[key] { return w }
        let tn = TypeNames.reflect(t)
        let idx = newFunc(name: "\(tn).\(m.name)·wrapper", pos: .none)
        wrappers[key] = idx
        queueWrapper(idx, t, m, path, target: -1)
        return idx
    }

    /// Queues the body of wrapper idx: (data word, m's parameters) -> m's results.
    private func queueWrapper(_ idx: Int, _ t: GoType, _ m: Func, _ path: [Int], target: Int) {
        queue.append((idx, { [unowned self] () throws(CompileError) -> Void in
            let dataT = Types.Pointer(Universe.uint8)
            let sig = Signature(params: Tuple([Var(name: "d", pos: .none, type: dataT, pkg: nil)] + m.signature.params.vars),
                                results: m.signature.results, variadic: false)
            let fc = FuncCompiler(compiler: self, index: idx, sig: sig, recvObj: nil)
            try fc.compileWrapper(t, m, path, target: target)
        }))
    }
}

extension FuncCompiler {
    /// Body of an interface method wrapper: receiver from the data word (slot 5), then a call to m
    /// (target), or for target -1 a dynamic call of m on the interface embedded at the end of path.
    func compileWrapper(_ t: GoType, _ m: Func, _ path: [Int], target: Int) throws(CompileError) {
        let data = FrameHeader.size
        var place: Place
        var cur: GoType
        if let p = t.underlying as? Types.Pointer, !(t is Named) {
            // a pointer method called on the pointer itself may get nil, as in Go; anything
            // else reads through it
            if !(path.isEmpty && m.hasPtrRecv) { fb.emit(.nilchk, data) }
            place = .mem(data, 0); cur = p.elem
        } else if TypeTable.isPointerShaped(t) {
            place = .reg(data); cur = t
        } else {
            place = .mem(data, 0); cur = t
        }
        for i in path {
            let st = cur.underlying as! Struct
            let off = Int(Layout.offsetsof(st)[i])
            let ft = st.fields[i].type!
            place = offsetPlace(place, off)
            cur = ft
            if let pt = ft.underlying as? Types.Pointer {
                let r = try fb.alloc(1)
                try loadFrom(place, ft, into: r)
                fb.emit(.nilchk, r)
                place = .mem(r, 0); cur = pt.elem
            }
        }
        if target < 0 {   // m belongs to the interface embedded at the end of the path
            let v = try fb.alloc(2)
            try loadFrom(place, cur, into: v)
            guard let iface = cur.underlying as? Interface,
                  let mi = iface.typeSet.methods.map(\.name).sorted().firstIndex(of: m.name) else {
                throw CompileError(.none, "gosub: internal error: embedded interface method")
            }
            let pslots = m.signature.params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
            let resSlots = m.signature.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
            let base = try fb.alloc(FrameHeader.size + 1 + pslots + resSlots)
            try move(base + FrameHeader.size + 1, data + 1, pslots)
            fb.emit(.callIface, base, v, mi)
            try move(resultSlot, base + FrameHeader.size + 1 + pslots, resSlots)
            fb.emit(.ret)
            try compiler.finish(index, fb)
            return
        }
        let msig = compiler.instanceSigs[target] ?? m.signature
        let recvT = msig.recv!.type!
        let rslots = TypeTable.slots(recvT)
        let pslots = msig.params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let resSlots = msig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(FrameHeader.size + rslots + pslots + resSlots)
        if m.hasPtrRecv {
            guard case .mem(let r, let o) = place else { throw CompileError(.none, "gosub: internal error: wrapper receiver") }
            if o == 0 { fb.emit(.mov, base + FrameHeader.size, r) } else { fb.emit(.addPK, base + FrameHeader.size, r); fb.imm(o) }
        } else {
            try loadFrom(place, recvT, into: base + FrameHeader.size)
        }
        try move(base + FrameHeader.size + rslots, data + 1, pslots)
        fb.emitBC(.call, base, target)
        try move(resultSlot, base + FrameHeader.size + rslots + pslots, resSlots)
        fb.emit(.ret)
        try compiler.finish(index, fb)
    }

    // MARK: conversions

    func isEmptyInterface(_ t: GoType) -> Bool {
        guard let i = t.underlying as? Interface else { return false }
        return i.typeSet.methods.isEmpty
    }

    /// dst = e converted to interface type `iface` (from a concrete type or another interface).
    func toInterface(_ e: Expr, into dst: Int, iface: GoType) throws(CompileError) {
        let src = typeOf(e)
        if isInterfaceType(src) && (tvType(e) as? Basic)?.kind != .untypedNil {
            let v = try valueSlots(e)
            try convertIface(v, from: src, to: iface, into: dst)
            return
        }
        try box(e, into: dst, iface: Universe.anyType, target: iface)
        if !isEmptyInterface(iface) {
            fb.emit(.toItab, dst, compiler.types.id(iface))
        }
    }

    /// Interface to interface conversion of the value in slots v.
    func convertIface(_ v: Int, from src: GoType, to dstT: GoType, into dst: Int) throws(CompileError) {
        let srcEmpty = isEmptyInterface(src), dstEmpty = isEmptyInterface(dstT)
        if typesIdentical(src.underlying, dstT.underlying) || (srcEmpty && dstEmpty) {
            try move(dst, v, 2); return
        }
        if srcEmpty { try move(dst, v, 2) } else { fb.emit(.ifaceType, dst, v) }
        if !dstEmpty { fb.emit(.toItab, dst, compiler.types.id(dstT)) }
    }

    /// Slots with the empty-interface form of an interface or concrete value (for ==).
    func efaceSlots(_ e: Expr, _ t: GoType) throws(CompileError) -> Int {
        let d = try fb.alloc(2)
        if isInterfaceType(t) {
            if (tvType(e) as? Basic)?.kind == .untypedNil { fb.emit(.zero, d, 2); return d }
            let v = try valueSlots(e)
            if isEmptyInterface(t) { try move(d, v, 2) } else { fb.emit(.ifaceType, d, v) }
        } else {
            try box(e, into: d, iface: Universe.anyType)
        }
        return d
    }

    // MARK: method calls

    /// x.M(args) with x of interface type: dispatch through the itab.
    func interfaceCall(_ c: CallExpr, _ s: SelectorExpr, sig: Signature) throws(CompileError) -> (Int, Signature) {
        try interfaceCall(c, s.sel.value, on: typeOf(s.x), sig: sig) { () throws(CompileError) in try valueSlots(s.x) }
    }

    /// x.m(args) for x.I.m, a method promoted from the interface embedded at the end of `path`.
    func promotedInterfaceCall(_ c: CallExpr, _ s: SelectorExpr, _ path: [Int], sig: Signature) throws(CompileError) -> (Int, Signature) {
        var t = (typeOf(s.x).underlying as? Types.Pointer)?.elem ?? typeOf(s.x)
        for (k, i) in path.enumerated() {
            guard let st = t.underlying as? Struct else { throw CompileError(s.pos, "gosub: internal error: method path") }
            t = st.fields[i].type!
            if k < path.count - 1, let pt = t.underlying as? Types.Pointer { t = pt.elem }
        }
        let it = t
        return try interfaceCall(c, s.sel.value, on: it, sig: sig) { () throws(CompileError) in
            let p = try fieldPlace(s.x, path: path)
            let v = try fb.alloc(2)
            try loadFrom(p, it, into: v)
            return v
        }
    }

    /// A dynamic call of method `name` of interface type `it` on the value `value` yields.
    func interfaceCall(_ c: CallExpr, _ name: String, on it: GoType, sig: Signature,
                       value: () throws(CompileError) -> Int) throws(CompileError) -> (Int, Signature) {
        guard let iface = it.underlying as? Interface else { throw CompileError(c.pos, "gosub: internal error: interface call") }
        let names = iface.typeSet.methods.map(\.name).sorted()
        guard let mi = names.firstIndex(of: name) else { throw CompileError(c.pos, "gosub: internal error: method index") }
        let v = try value()
        let pslots = sig.params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(FrameHeader.size + 1 + pslots + rslots)
        try arguments(c, sig: sig, into: base + FrameHeader.size + 1)
        fb.line(c.pos)
        fb.emit(.callIface, base, v, mi)
        return (base + FrameHeader.size + 1 + pslots, sig)
    }

    // MARK: type assertions

    /// x.(T): into dst (T's slots), and the ok flag into dst + slots(T) when commaOK.
    func typeAssert(_ a: AssertExpr, into dst: Int, commaOK: Bool) throws(CompileError) {
        let srcT = typeOf(a.x)
        let target = assertedType(a)
        try checkSupported(target, at: a)
        let v = try valueSlots(a.x)
        var e = v
        if !isEmptyInterface(srcT) {
            e = try fb.alloc(2)
            fb.emit(.ifaceType, e, v)
        }
        let isIface = isInterfaceType(target)
        let n = TypeTable.slots(target)
        let flags = (commaOK ? 1 : 0) | (isIface ? 2 : 0)
        fb.line(a.pos)
        fb.emit(.assert, dst, e, n, d: flags)
        fb.imm(compiler.types.id(target))
        fb.imm(compiler.types.id(srcT))
    }
}

extension FuncCompiler {
    /// T of x.(T) (the checker records a comma-ok assertion as a tuple).
    /// (The checker records the `ok` of `v, ok := x.(T)` on the assertion node itself,
    /// so T is read from the type expression.)
    func assertedType(_ a: AssertExpr) -> GoType {
        if let t = resolveType(a.type) { return sub(t) }
        if let t = tvType(a.type) { return t }
        let t = typeOf(a)
        if let tu = t as? Tuple, tu.count > 0 { return tu.vars[0].type! }
        return t
    }

    /// The type a type expression denotes, for the common forms, as written:
    /// inside a generic instance, callers instantiate it with sub.
    func resolveType(_ e: Expr) -> GoType? {
        switch unparen(e) {
        case let n as Name: return (obj(n) as? TypeName)?.type
        case let s as SelectorExpr: return (checker.uses[ObjectIdentifier(s.sel)] as? TypeName)?.type
        case let o as Operation where o.op == .mul && o.y == nil: return resolveType(o.x).map { Types.Pointer($0) }
        case let s as SliceType: return resolveType(s.elem).map { Types.Slice($0) }
        case let m as Syntax.MapType:
            guard let k = resolveType(m.key), let v = resolveType(m.value) else { return nil }
            return Types.MapType(k, v)
        case let a as Syntax.ArrayType:
            guard let l = a.len, let n = tv(l)?.value, let et = resolveType(a.elem) else { return nil }
            return Types.ArrayType(et, n.int64Value.0)
        case let f as FuncType:
            var ps: [Var] = [], rs: [Var] = []
            var variadic = false
            for p in f.params {
                guard let te = p.type else { return nil }
                if let d = te as? DotsType {
                    guard let et = resolveType(d.elem) else { return nil }
                    ps.append(Var(name: "", pos: .none, type: Types.Slice(et), pkg: nil)); variadic = true
                } else {
                    guard let t = resolveType(te) else { return nil }
                    ps.append(Var(name: "", pos: .none, type: t, pkg: nil))
                }
            }
            for r in f.results {
                guard let te = r.type, let t = resolveType(te) else { return nil }
                rs.append(Var(name: "", pos: .none, type: t, pkg: nil))
            }
            return Signature(params: Tuple(ps), results: Tuple(rs), variadic: variadic)
        default: return nil
        }
    }

    func isValidType(_ t: GoType) -> Bool { TypeTable.kind(t) != .invalid }
}

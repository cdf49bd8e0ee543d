// Generics by instantiation: each generic function, each method of a
// generic type, and each method with type parameters of its own (Go 1.27)
// is compiled once per list of type arguments, with a FuncCompiler whose
// `subst` replaces the type parameters in every type it reads from the
// checker. Type arguments of a call come from explicit instantiation or are
// inferred from the argument types and core types.
//
// Why instances rather than gc's per-shape code with dictionaries: every
// instance then works on exact types, so values keep gc's layout for that
// instantiation (a []Pair[int8, string] is laid out as Go lays it out), the
// allocator and a collector get exact pointer maps, and the typed register
// bytecode needs no dictionary lookups for sizes, equality or conversions.
// The cost is code size per instance, small for an interpreter's bytecode.

import Base
import Syntax
import Types
import Bytecode

extension Compiler {
    /// Whether m is a method of a generic type (or of an instance of one).
    func isGenericMethod(_ m: Func) -> Bool {
        if m.origin != nil { return true }
        guard let rt = m.signature.recv?.type else { return false }
        let base = (rt as? Types.Pointer)?.elem ?? rt
        guard let n = base as? Named else { return false }
        return !n.targs.isEmpty || !n.tparams.isEmpty
    }

    /// The function to call for method m on a receiver of type recv (an instance for generic types).
    func callable(_ m: Func, recv: GoType) -> Int? {
        if !isGenericMethod(m) { return function(m) }
        var base = recv
        if let p = base as? Types.Pointer { base = p.elem }
        guard let inst = base as? Named, !inst.targs.isEmpty else { return nil }
        return methodInstance(m, inst)
    }

    /// Method m of generic type instance `inst` (nil: a type that is not generic), compiled for
    /// inst's type arguments and the method's own (`targs`, Go 1.27 generic methods).
    func methodInstance(_ m: Func, _ inst: Named?, targs: [GoType] = []) -> Int? {
        let gm = m.origin ?? m
        guard let rt = gm.signature.recv?.type else { return nil }
        let rbase = (rt as? Types.Pointer)?.elem ?? rt
        var map: [ObjectIdentifier: GoType] = [:]
        var names: [ObjectIdentifier: String] = [:]
        if let inst {
            guard let rn = rbase as? Named, rn.targs.count == inst.targs.count else { return nil }
            for (i, a) in rn.targs.enumerated() {
                guard let tp = a as? TypeParam else { return nil }
                map[ObjectIdentifier(tp)] = inst.targs[i]
                names[ObjectIdentifier(tp)] = tp.obj.name
            }
        }
        guard targs.count == gm.signature.tparams.count else { return nil }
        for (tps, _) in [(gm.signature.tparams, 0), (m.signature.tparams, 1)] where tps.count == targs.count {
            for (i, tp) in tps.enumerated() {
                map[ObjectIdentifier(tp)] = targs[i]
                names[ObjectIdentifier(tp)] = tp.obj.name
            }
        }
        let all = (inst?.targs ?? []) + [Universe.invalid] + targs
        let key = "minst/\(ObjectIdentifier(gm).hashValue)[" + all.map { String(types.id($0)) }.joined(separator: ",") + "]"
        if let i = wrappers[key] { return i }
        let ptr = rt is Types.Pointer
        let typeName = inst.map { "\($0.obj.name)[...]" } ?? ((rbase as? Named)?.obj.name ?? "?")
        let idx = newFunc(name: "\(gm.pkg?.name ?? "main").\(ptr ? "(*" : "")\(typeName)\(ptr ? ")" : "").\(gm.name)\(targs.isEmpty ? "" : "[...]")", pos: gm.pos)
        wrappers[key] = idx
        let g = gm.signature
        let recvVar = Var(name: g.recv!.name, pos: g.recv!.pos, type: substitute(rt, map), pkg: nil)
        let plain = substitute(Signature(params: g.params, results: g.results, variadic: g.variadic), map) as! Signature
        let sig = Signature(recv: recvVar, params: plain.params, results: plain.results, variadic: plain.variadic)
        instanceSigs[idx] = sig
        queue.append((idx, { [unowned self] () throws(CompileError) -> Void in
            guard let decl = self.findDecl(gm) else { throw CompileError(gm.pos, "gosub: internal error: no declaration for \(gm.name)") }
            let fc = FuncCompiler(compiler: self, index: idx, sig: sig, recvObj: recvVar, subst: map, names: names, checker: self.checker(for: gm.pkg))
            try fc.compileBody(decl.type, recv: decl.recv, body: decl.body, captures: [])
        }))
        return idx
    }
}

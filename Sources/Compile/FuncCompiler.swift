// Compiles one function body. Holds where each variable lives:
//
//   .frame(s)   the value in slots from s (the common case);
//   .cell(s)    slot s holds a pointer to a cell with the value — the
//               variable's address is taken or a closure captures it by
//               reference (CellCandidates.swift); the cell is in the frame
//               when escape analysis proves it may be (FrameObjects.swift),
//               else on the heap;
//   .global(o)  static segment offset o.
//
// Frame: header (FrameHeader), parameters, results, then variables and
// temporaries as the FuncBuilder hands them out.

import Base
import Syntax
import Types
import Constant
import Escape
import Bytecode

enum VarLoc {
    case frame(Int)
    case cell(Int)
    case global(Int)
}

struct LoopTarget {
    var label: Name?
    var breakLabel: Int
    var continueLabel: Int?     // nil: switch/select (break only)
}

final class FuncCompiler {
    unowned let compiler: Compiler
    let checker: Checker
    let index: Int
    let sig: Signature
    var fb: FuncBuilder
    var vars: [ObjectIdentifier: VarLoc] = [:]
    var heapVars = Set<ObjectIdentifier>()
    /// The package's escape decisions, when they apply to this function (FrameObjects.swift).
    var escape: EscapeResult?
    /// The slots of each variable's or allocation site's object kept in the frame.
    var frameObjects: [ObjectIdentifier: Range<Int>] = [:]
    /// The frame slots of each interface conversion's value kept in the frame (by converted expression).
    var frameBoxes: [ObjectIdentifier: Range<Int>] = [:]
    /// Variables this closure received by value: their cell is the copy in the closure object.
    var byValueCaptures = Set<ObjectIdentifier>()
    /// For a closure: whether each captured variable (in capture order) comes by value.
    var capturedByValue: [Bool] = []
    var targets: [LoopTarget] = []
    var gotoLabels: [String: Int] = [:]
    var resultVars: [Var] = []
    var resultSlot = 0
    var hasDefer = false
    var closureCount = 0
    /// This is a function literal's body (its own literals are named F.funcN.M).
    var isClosure = false
    /// Set when this function is the body of a range-over-func loop (RangeFunc.swift).
    var rangeBody: RangeFuncBody?

    /// Type arguments of the generic function instance being compiled (empty otherwise).
    let subst: [ObjectIdentifier: GoType]

    var substNames: [String: GoType]?
    /// Names of the type parameters in subst.
    var substNameOf: [ObjectIdentifier: String] = [:]

    /// `checker` is the checker of the package whose code this is (main's by default).
    init(compiler: Compiler, index: Int, sig: Signature, recvObj: Var?, subst: [ObjectIdentifier: GoType] = [:],
         names: [ObjectIdentifier: String] = [:], checker: Checker? = nil) {
        self.subst = subst
        self.substNameOf = names
        self.compiler = compiler
        self.checker = checker ?? compiler.checker
        self.index = index
        self.sig = sig
        var first = FrameHeader.size
        var params = 0
        if let r = recvObj { params += TypeTable.slots(r.type!) }
        for v in sig.params.vars { params += TypeTable.slots(v.type!) }
        var results = 0
        for v in sig.results.vars { results += TypeTable.slots(v.type!) }
        let meta = compiler.program.funcs[index]
        meta.paramSlots = params
        meta.resultSlots = results
        first += params + results
        fb = FuncBuilder(meta: meta, firstFree: first)
        resultSlot = FrameHeader.size + params
    }

    var program: Program { compiler.program }

    func tv(_ e: Expr) -> TypeAndValue? { checker.types[ObjectIdentifier(e)] }

    /// t with the instance's type arguments for its type parameters. (Type parameters are matched
    /// by name: the checker's body types may hold other TypeParam objects than the signature's.)
    func sub(_ t: GoType) -> GoType {
        if subst.isEmpty { return t }
        var m = subst
        var seen = Set<ObjectIdentifier>()
        func find(_ t: GoType) {
            if !seen.insert(ObjectIdentifier(t)).inserted { return }
            switch t {
            case let tp as TypeParam:
                if m[ObjectIdentifier(tp)] == nil, let a = substByName[tp.obj.name] { m[ObjectIdentifier(tp)] = a }
            case let p as Types.Pointer: find(p.elem)
            case let s as Types.Slice: find(s.elem)
            case let a as Types.ArrayType: find(a.elem)
            case let mt as Types.MapType: find(mt.key); find(mt.elem)
            case let c as Chan: find(c.elem)
            case let s as Struct: for f in s.fields { find(f.type!) }
            case let sg as Signature:
                for v in sg.params.vars { find(v.type!) }
                for v in sg.results.vars { find(v.type!) }
            case let tu as Tuple: for v in tu.vars { find(v.type!) }
            case let n as Named:
                for a in n.targs { find(a) }
                if isGenericLocal(n) { find(n.underlying) }
            default: break
            }
        }
        find(t)
        return substitute(t, m, localNamed: { n in self.isGenericLocal(n) ? self.localInstance(n, m) : nil })
    }

    /// A type declared inside a generic function whose structure uses its type parameters.
    func isGenericLocal(_ n: Named) -> Bool {
        n.targs.isEmpty && n.tparams.isEmpty && n.obj.pkg === checker.pkg && !typeParamsIn(n.underlying).isEmpty
    }

    /// The local type n as this instance has it: a named type of its own per
    /// instance (shared by the instance's closures), its structure substituted.
    func localInstance(_ n: Named, _ m: [ObjectIdentifier: GoType]) -> Named {
        let key = "\(ObjectIdentifier(n))|" + subst.map { "\(substNameOf[$0.key] ?? "?")=\(TypeNames.reflect($0.value))" }.sorted().joined(separator: ",")
        if let c = compiler.localTypeInstances[key] { return c }
        // named as gc names it: main.node[int] (the type parameters it uses, in order)
        let tps = typeParamsIn(n.underlying)
        let targs = tps.sorted { $0.index < $1.index }.map { TypeNames.reflect(m[ObjectIdentifier($0)] ?? $0) }
        let obj = TypeName(name: n.obj.name + "[" + targs.joined(separator: ",") + "]", pos: n.obj.pos, type: nil, pkg: n.obj.pkg)
        let inst = Named(obj: obj, underlying: nil)
        obj.setType(inst)
        compiler.localTypeInstances[key] = inst
        inst.setUnderlying(substitute(n.underlying, m, localNamed: { n in self.isGenericLocal(n) ? self.localInstance(n, m) : nil }))
        return inst
    }

    var substByName: [String: GoType] {
        if let c = substNames { return c }
        var out: [String: GoType] = [:]
        for (k, v) in subst { if let n = substNameOf[k] { out[n] = v } }
        substNames = out
        return out
    }

    /// The recorded type of e, instantiated.
    func tvType(_ e: Expr) -> GoType? { tv(e).map { sub($0.type) } }

    /// The type of a variable, instantiated.
    func vt(_ v: Var) -> GoType { sub(v.type ?? Universe.invalid) }

    func typeOf(_ e: Expr) -> GoType {
        guard let t = tvType(e) else { return Universe.invalid }
        if let b = t as? Basic, b.isUntyped { return defaultTypeOf(b) }
        return t
    }

    func obj(_ n: Name) -> Object? {
        checker.uses[ObjectIdentifier(n)] ?? checker.defs[ObjectIdentifier(n)]
    }

    // MARK: bodies

    /// Compiles a function body: parameters, receiver and results get slots
    /// (or cells), captured variables come from the closure context.
    func compileBody(_ ftype: FuncType, recv: Field?, body: BlockStmt?, captures: [Var]) throws(CompileError) {
        guard let body else {
            throw CompileError(ftype.pos, "gosub: function \(fb.meta.name) has no body")
        }
        var paramVars: [Var] = []
        if let r = recv, let n = r.name, let v = checker.defs[ObjectIdentifier(n)] as? Var { paramVars.append(v) }
        else if recv != nil, let rv = sig.recv { paramVars.append(rv) }
        for f in ftype.params {
            if let n = f.name, let v = checker.defs[ObjectIdentifier(n)] as? Var { paramVars.append(v) }
            else { paramVars.append(Var(name: "_", pos: f.pos, type: nil, pkg: nil)) }
        }
        try compileBody(paramVars: paramVars, hasRecv: recv != nil, results: ftype.results, body: body, captures: captures)
    }

    /// The body of a function whose parameter variables (receiver first) are known.
    func compileBody(paramVars: [Var], hasRecv: Bool, results: [Field], body: BlockStmt, captures: [Var]) throws(CompileError) {
        let candidates = CellCandidates.variables(body: body, checker: checker)
        heapVars = candidates.all
        let namedResults = results.compactMap { f in f.name.flatMap { checker.defs[ObjectIdentifier($0)] as? Var } }
        try planFrameObjects(body, params: paramVars + namedResults, captured: candidates.captured)
        // (a range-over-func body's defers belong to the enclosing function)
        hasDefer = Self.containsDefer(body) && rangeBody == nil
        fb.meta.hasDefer = hasDefer
        fb.line(body.pos)
        var slot = FrameHeader.size
        // parameter slots follow the signature (receiver first)
        var ptypes: [GoType] = []
        if let r = sig.recv, hasRecv { ptypes.append(r.type!) }
        ptypes += sig.params.vars.map { $0.type! }
        for (i, t) in ptypes.enumerated() {
            if i < paramVars.count, paramVars[i].type != nil { try bindParam(paramVars[i], slot: slot, type: t) }
            slot += TypeTable.slots(t)
        }
        // results
        var rslot = resultSlot
        for (i, f) in results.enumerated() {
            let t = sig.results.vars[i].type!
            if let n = f.name, let v = checker.defs[ObjectIdentifier(n)] as? Var {
                resultVars.append(v)
                if heapVars.contains(ObjectIdentifier(v)) {
                    let c = try fb.alloc(1)
                    try newObject(c, t, for: v)
                    vars[ObjectIdentifier(v)] = .cell(c)
                } else {
                    vars[ObjectIdentifier(v)] = .frame(rslot)
                }
            }
            rslot += TypeTable.slots(t)
        }
        // results start zeroed: named results are variables, a recovered panic returns
        // them as they are, and the collector must never see stale pointers in them
        let mustZero = !resultVars.isEmpty || hasDefer || rangeBody != nil
            || sig.results.vars.contains { Layout.hasPointers($0.type!) }
        if fb.meta.resultSlots > 0 && mustZero { fb.emit(.zero, resultSlot, fb.meta.resultSlots) }
        // captured variables: their cell pointers out of the closure, or for
        // those captured by value, the copy's address inside the closure
        if !captures.isEmpty {
            let ctx = try fb.alloc(1)
            fb.emit(.mov, ctx, FrameHeader.closure)
            var off = 8
            for (i, v) in captures.enumerated() {
                let c = try fb.alloc(1)
                if i < capturedByValue.count && capturedByValue[i] {
                    fb.emit(.addPK, c, ctx); fb.imm(off)
                    byValueCaptures.insert(ObjectIdentifier(v))
                    off += 8 * TypeTable.slots(vt(v))
                } else {
                    fb.emit(.ld64, c, ctx, off)
                    off += 8
                }
                vars[ObjectIdentifier(v)] = .cell(c)
            }
        }
        if rangeBody != nil { try rangeBodyEntryCheck() }
        try block(body.list)
        fb.line(body.rbrace)
        if checker.isTerminatingBody(body) {
            fb.emit(.unreachable)
        } else {
            // a range-over-func body that runs to its end asks for the next iteration
            if rangeBody != nil { try rangeBodyContinue() }
            try emitReturn()
        }
        if hasDefer {
            // a recovered panic resumes here: remaining defers, named results, return
            fb.meta.recoverPC = fb.code.count
            try emitReturn()
        }
        try compiler.finish(index, fb)
    }

    /// Whether a body has a defer statement (not counting function literals).
    static func containsDefer(_ body: BlockStmt) -> Bool {
        var found = false
        walk(body) { n in
            if n is FuncLit { return false }
            if let c = n as? CallStmt, c.tok == .kwDefer { found = true }
            return !found
        }
        return found
    }

    func bindParam(_ v: Var, slot: Int, type t: GoType) throws(CompileError) {
        if v.name == "_" { return }
        if heapVars.contains(ObjectIdentifier(v)) {
            let c = try fb.alloc(1)
            try newObject(c, t, for: v, overwritten: true)
            try storeTo(.mem(c, 0), t, from: slot)
            vars[ObjectIdentifier(v)] = .cell(c)
        } else {
            vars[ObjectIdentifier(v)] = .frame(slot)
        }
    }

    /// Copies named results living in cells to the result slots, runs defers, returns.
    func emitReturn() throws(CompileError) {
        if hasDefer { fb.emit(.deferRun) }
        var rslot = resultSlot
        for (i, v) in sig.results.vars.enumerated() {
            let t = v.type!
            if i < resultVars.count, case .cell(let c)? = vars[ObjectIdentifier(resultVars[i])] {
                try loadFrom(.mem(c, 0), t, into: rslot)
            }
            rslot += TypeTable.slots(t)
        }
        fb.emit(.ret)
    }

    /// `main.init`: package variables in initialization order, then init functions.
    func compileInit(_ order: [(vars: [Var], expr: Expr)], inits: [FuncDecl]) throws(CompileError) {
        for (vs, e) in order {
            let mark = fb.top
            fb.line(e.pos)
            if vs.count == 1 {
                let t = vs[0].type!
                let s = try valueSlots(e, t)
                try storeTo(try placeOfGlobal(vs[0]), t, from: s)
            } else {
                let slots = try multiValue(e)
                for (i, v) in vs.enumerated() where v.name != "_" {
                    try storeTo(try placeOfGlobal(v), v.type!, from: slots[i])
                }
            }
            fb.top = mark
        }
        let checker = self.checker
        for (k, d) in inits.enumerated() {
            let idx = compiler.newFunc(name: "\(checker.pkg.name).init.\(k)", pos: d.pos)
            let s = Signature(params: Tuple([]), results: Tuple([]), variadic: false)
            compiler.queue.append((idx, { [unowned compiler] () throws(CompileError) -> Void in
                let fc = FuncCompiler(compiler: compiler, index: idx, sig: s, recvObj: nil, checker: checker)
                if checker === compiler.checker { fc.escape = compiler.escape }
                try fc.compileBody(d.type, recv: nil, body: d.body, captures: [])
            }))
            let base = fb.top
            _ = try fb.alloc(FrameHeader.size)
            fb.emitBC(.call, base, idx)
            fb.top = base
        }
        fb.emit(.ret)
        try compiler.finish(index, fb)
    }

    func placeOfGlobal(_ v: Var) throws(CompileError) -> Place {
        let p = try fb.alloc(1)
        fb.loadStatic(p, compiler.global(v))
        return .mem(p, 0)
    }
}

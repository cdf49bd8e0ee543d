// The compiler: typed AST (with the checker's side tables) to a Program.
//
//  1. Every function (declared, method, or literal) gets a FuncMeta and an
//     index when first referenced; its body is queued and compiled once.
//  2. Package-level variables get static storage (zeroed) in the static
//     segment; `main.init` runs their initializers in Checker.initOrder,
//     then the package's init functions; `runtime.main` calls main.init and
//     main.main.
//  3. Each body is compiled by a FuncCompiler (FuncCompiler.swift and its
//     Stmt/Expr/Call/Place extensions) into a FuncBuilder; its code is
//     appended to Program.code and static relocations are rebased.
//
// Anything not implemented yet is a CompileError naming the feature, so a
// program either runs as Go runs it or is refused before it starts.

import Base
import Syntax
import Types
import Constant
import Escape
import Bytecode

public final class Compiler {
    let checker: Checker
    let program = Program()
    let types: TypeTable
    var funcIndex: [ObjectIdentifier: Int] = [:]
    var queue: [(Int, () throws(CompileError) -> Void)] = []
    var globals: [ObjectIdentifier: Int] = [:]      // Var -> static offset
    var staticClosures: [Int: Int] = [:]            // func index -> static offset of its funcval
    var strings: [[UInt8]: Int] = [:]
    /// Per function: its parameters and returned expression when calls of it are compiled in place (Inline.swift).
    var inlineCache: [ObjectIdentifier: ([Var], Expr)?] = [:]
    /// Constants boxed in interfaces: their bytes (and a string flag) -> static offset (Boxes.swift).
    var staticConstants: [[UInt8]: Int] = [:]
    var wrappers: [String: Int] = [:]
    /// Types declared in generic functions, per instance (FuncCompiler.localInstance).
    var localTypeInstances: [String: Named] = [:]
    var wrapErrorIDs: (Int, Int)?
    /// The instantiated signature (with receiver) of each compiled method instance.
    var instanceSigs: [Int: Signature] = [:]
    let fileName: (Pos) -> String
    /// The main package's escape analysis; nil: everything that needs an address goes to the heap.
    let escape: EscapeResult?

    init(checker: Checker, escape: EscapeResult?, fileName: @escaping (Pos) -> String) {
        self.checker = checker
        self.escape = escape
        self.types = TypeTable(program: program)
        self.fileName = fileName
    }

    /// Compiles a checked main package, keeping on the stack what `escape` allows.
    public static func compile(_ checker: Checker, escape: EscapeResult?, fileName: @escaping (Pos) -> String) throws(CompileError) -> Program {
        let c = Compiler(checker: checker, escape: escape, fileName: fileName)
        try c.run()
        return c.program
    }

    func run() throws(CompileError) {
        numberLocalTypes()
        program.errorStringType = types.runtimeErrorType("runtime.errorString")
        program.boundsErrorType = types.runtimeErrorType("runtime.boundsError")
        program.plainErrorType = types.runtimeErrorType("runtime.plainError")
        program.typeAssertionErrorType = types.runtimeErrorType("*runtime.TypeAssertionError")
        program.panicNilErrorType = types.runtimeErrorType("*runtime.PanicNilError")
        program.preformattedType = types.runtimeErrorType("fmt.preformatted", preformatted: true)
        program.formattedType = types.runtimeErrorType("fmt.formatted", preformatted: true)
        program.stringType = types.id(Universe.string)
        // runtime errors are errors: Error() returns the message their value holds
        let errFn = newFunc(name: "runtime.(*errorString).Error", pos: .none)
        let em = program.funcs[errFn]
        em.paramSlots = 1
        em.resultSlots = 2
        let efb = FuncBuilder(meta: em, firstFree: FrameHeader.size + 3)
        efb.emit(.ld64, FrameHeader.size + 1, FrameHeader.size, 0)
        efb.emit(.ld64, FrameHeader.size + 2, FrameHeader.size, 8)
        efb.emit(.ret)
        try finish(errFn, efb)
        // and runtime.Errors: RuntimeError() marks them
        let rtFn = newFunc(name: "runtime.(*errorString).RuntimeError", pos: .none)
        program.funcs[rtFn].paramSlots = 1
        let rfb = FuncBuilder(meta: program.funcs[rtFn], firstFree: FrameHeader.size + 1)
        rfb.emit(.ret)
        try finish(rtFn, rfb)
        for id in [program.errorStringType, program.boundsErrorType, program.plainErrorType,
                   program.typeAssertionErrorType, program.panicNilErrorType] {
            program.types[id].methods = [RMethod(name: "Error", fn: errFn, stringer: true, sig: "() string"),
                                         RMethod(name: "RuntimeError", fn: rtFn, stringer: false, sig: "()")]
        }
        program.errorIfaceType = types.id(Universe.errorType)
        // globals: static storage
        for (vars, _) in checker.initOrder { for v in vars { _ = global(v) } }
        for case let v as Var in checker.pkg.scope.order { _ = global(v) }
        let initIdx = newFunc(name: "main.init", pos: .none)
        let mainObj = checker.pkg.scope.lookup("main") as? Func
        try compileInit(initIdx, checker)
        let entry = newFunc(name: "runtime.main", pos: .none)
        let fb = FuncBuilder(meta: program.funcs[entry], firstFree: FrameHeader.size)
        // the standard packages written in Go initialize first, dependencies first
        for path in Importer.shared.implementedOrder {
            guard let c = Importer.shared.checkers[path], !c.initOrder.isEmpty || !initFuncs(c).isEmpty else { continue }
            for (vars, _) in c.initOrder { for v in vars { _ = global(v) } }
            let idx = newFunc(name: "\(path).init", pos: .none)
            try compileInit(idx, c)
            fb.emitBC(.call, FrameHeader.size, idx)
        }
        fb.emitBC(.call, FrameHeader.size, initIdx)
        if let m = mainObj {
            let mi = function(m)
            fb.emitBC(.call, FrameHeader.size, mi)
        }
        fb.emit(.ret)
        fb.maxTop = FrameHeader.size * 2 + 8
        try finish(entry, fb)
        program.initFunc = initIdx
        program.mainFunc = entry
        // where calls deferred by a panic return
        let stub = newFunc(name: "runtime.gopanic", pos: .none)
        let sb = FuncBuilder(meta: program.funcs[stub], firstFree: FrameHeader.size)
        sb.emit(.panicCont)
        sb.emit(.panicMsg)
        try finish(stub, sb)
        program.panicStubFunc = stub
        while !queue.isEmpty {
            let (_, work) = queue.removeFirst()
            try work()
        }
        try finalizeMethodSets()
        if let t = types.tooLarge {
            throw CompileError(.none, "gosub: \(t) is too large: types of more than 32 MiB holding pointers are not supported yet")
        }
    }

    // MARK: functions

    func newFunc(name: String, pos: Pos) -> Int {
        let meta = FuncMeta(name: name, file: pos.isKnown ? fileName(pos) : "<autogenerated>", line: Int32(pos.isKnown ? pos.line : 0))
        program.funcs.append(meta)
        return program.funcs.count - 1
    }

    /// The index of a declared function or method, queueing its body.
    func function(_ f: Func) -> Int {
        let key = ObjectIdentifier(f)
        if let i = funcIndex[key] { return i }
        let idx = newFunc(name: funcName(f), pos: f.pos)
        funcIndex[key] = idx
        queue.append((idx, { [unowned self] () throws(CompileError) -> Void in
            guard let decl = self.findDecl(f) else {
                throw CompileError(f.pos, "gosub: internal error: no declaration for \(f.name)")
            }
            let fc = FuncCompiler(compiler: self, index: idx, sig: f.signature, recvObj: f.signature.recv, checker: self.checker(for: f.pkg))
            fc.escape = self.escapeDecisions(for: f)
            try fc.compileBody(decl.type, recv: decl.recv, body: decl.body, captures: [])
        }))
        return idx
    }

    /// The escape decisions for the body of f: the main package's analysis
    /// covers its non-generic functions and methods.
    func escapeDecisions(for f: Func) -> EscapeResult? {
        guard f.pkg === checker.pkg, f.signature.tparams.isEmpty else { return nil }
        if let r = f.signature.recv?.type {
            let base = (r as? Types.Pointer)?.elem ?? r
            if let n = base as? Named, !n.tparams.isEmpty || !n.targs.isEmpty { return nil }
        }
        return escape
    }

    /// The instance of generic function f for type arguments targs (compiled once).
    func instance(_ f: Func, _ targs: [GoType]) -> Int {
        let key = "gen/\(ObjectIdentifier(f).hashValue)[" + targs.map { String(types.id($0)) }.joined(separator: ",") + "]"
        if let i = wrappers[key] { return i }
        let name = funcName(f) + "[...]"
        let idx = newFunc(name: name, pos: f.pos)
        wrappers[key] = idx
        var m: [ObjectIdentifier: GoType] = [:]
        for (i, tp) in f.signature.tparams.enumerated() { m[ObjectIdentifier(tp)] = targs[i] }
        let gsig = f.signature
        let sig = substitute(Signature(params: gsig.params, results: gsig.results, variadic: gsig.variadic), m) as! Signature
        queue.append((idx, { [unowned self] () throws(CompileError) -> Void in
            guard let decl = self.findDecl(f) else { throw CompileError(f.pos, "gosub: internal error: no declaration for \(f.name)") }
            var names: [ObjectIdentifier: String] = [:]
            for tp in f.signature.tparams { names[ObjectIdentifier(tp)] = tp.obj.name }
            let fc = FuncCompiler(compiler: self, index: idx, sig: sig, recvObj: nil, subst: m, names: names, checker: self.checker(for: f.pkg))
            try fc.compileBody(decl.type, recv: nil, body: decl.body, captures: [])
        }))
        return idx
    }

    private var declByName: [ObjectIdentifier: FuncDecl]?
    func findDecl(_ f: Func) -> FuncDecl? {
        if declByName == nil {
            var m: [ObjectIdentifier: FuncDecl] = [:]
            for c in [checker] + Importer.shared.checkers.values {
                for file in c.checkedFiles {
                    for case let d as FuncDecl in file.decls {
                        if let o = c.defs[ObjectIdentifier(d.name)] { m[ObjectIdentifier(o)] = d }
                    }
                }
            }
            declByName = m
        }
        return declByName?[ObjectIdentifier(f)]
    }

    /// The checker of a package's code: main's, or a standard package's with Go bodies (GoLibrary).
    func checker(for pkg: Package?) -> Checker {
        guard let p = pkg, p !== checker.pkg, let c = Importer.shared.checkers[p.path] else { return checker }
        return c
    }

    func funcName(_ f: Func) -> String {
        let pkg = f.pkg?.name ?? "main"
        if let r = f.signature.recv, let t = r.type {
            if let p = t as? Types.Pointer, let n = p.elem as? Named { return "\(pkg).(*\(n.obj.name)).\(f.name)" }
            if let n = t as? Named { return "\(pkg).\(n.obj.name).\(f.name)" }
        }
        return "\(pkg).\(f.name)"
    }

    func finish(_ idx: Int, _ fb: FuncBuilder) throws(CompileError) {
        try fb.finish()
        let meta = program.funcs[idx]
        meta.entry = program.code.count
        meta.length = fb.code.count
        for r in fb.relocs { program.staticRelocs.append(meta.entry + r) }
        program.code.append(contentsOf: fb.code)
        program.liveTops.append(contentsOf: fb.tops)
    }

    /// The static funcval (closure without captures) of a function.
    func staticClosure(_ idx: Int) -> Int {
        if let o = staticClosures[idx] { return o }
        var b = [UInt8](repeating: 0, count: 8)
        for i in 0..<8 { b[i] = UInt8(truncatingIfNeeded: UInt64(idx) >> (8 * UInt64(i))) }
        let o = program.addStatic(b)
        staticClosures[idx] = o
        return o
    }

    // MARK: globals and literals

    func global(_ v: Var) -> Int {
        let key = ObjectIdentifier(v)
        if let o = globals[key] { return o }
        let t = v.type ?? Universe.invalid
        let size = max(TypeTable.size(t), 1)
        let o = program.addStatic([UInt8](repeating: 0, count: size), align: 8)
        globals[key] = o
        return o
    }

    /// Offset of a string literal's bytes in the static segment.
    func stringData(_ s: [UInt8]) -> Int {
        if let o = strings[s] { return o }
        let o = program.addStatic(s.isEmpty ? [0] : s, align: 1)
        strings[s] = o
        return o
    }

    func compileInit(_ idx: Int, _ c: Checker) throws(CompileError) {
        let sig = Signature(params: Tuple([]), results: Tuple([]), variadic: false)
        let fc = FuncCompiler(compiler: self, index: idx, sig: sig, recvObj: nil, checker: c)
        try fc.compileInit(c.initOrder, inits: initFuncs(c))
    }

    /// Numbers the types declared inside each top-level function, closures
    /// included, in source order (TypeName.localIndex).
    func numberLocalTypes() {
        for file in checker.files {
            for case let fd as FuncDecl in file.decls {
                var n = 0
                walk(fd.body) { node in
                    if let ds = node as? DeclStmt {
                        for case let td as TypeDecl in ds.decls {
                            if let tn = self.checker.defs[ObjectIdentifier(td.name)] as? TypeName, !tn.isAlias {
                                n += 1
                                tn.localIndex = n
                            }
                        }
                    }
                    return true
                }
            }
        }
    }

    /// A package's `func init()` declarations, in source order.
    func initFuncs(_ c: Checker) -> [FuncDecl] {
        var out: [FuncDecl] = []
        for file in c.checkedFiles {
            for case let d as FuncDecl in file.decls where d.recv == nil && d.name.value == "init" && d.body != nil {
                out.append(d)
            }
        }
        return out
    }
}

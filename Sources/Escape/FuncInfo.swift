// This file implements the analysis' view of functions: every declared
// function and function literal of the package, the variables each declares
// (gc's Dcl list), the variables each closure captures (gc's ClosureVars),
// and the bottom-up order of strongly connected components of the call
// graph in which gc analyses them (ir.VisitFuncsBottomUp).

import Base
import Syntax
import Types

/// One function: a declaration or a function literal.
final class FuncInfo {
    enum State { case unknown, planned, started, tagged }

    let decl: FuncDecl?
    let lit: FuncLit?
    let obj: Func?
    let sig: Signature
    private(set) weak var parent: FuncInfo?
    /// gc's name for the function: `f`, `T.m`, `(*T).m`, `f.func1`.
    let name: String
    var state: State = .unknown
    var closureResultsLost = false
    /// Local variables declared in the body, in declaration order.
    var locals: [Var] = []
    /// Variables of enclosing functions this closure refers to, in order of first use.
    var closureVars: [Var] = []
    /// Function literals directly inside, in source order.
    var children: [FuncInfo] = []
    /// Parameter tags once the function's batch is finished: receiver first.
    var tags: [Leaks] = []
    var literalCount = 0
    /// Temporaries gc's order pass has named so far (.autotmp_N).
    var autotmps = 0
    /// For an instance of a generic function: type parameter -> shape type,
    /// the type arguments, and the instance's own function literals.
    var subst: [ObjectIdentifier: GoType] = [:]
    var typeArgs: [GoType] = []
    var isInstance = false
    var instanceLits: [ObjectIdentifier: FuncInfo] = [:]
    var instanceRangeFuncs: [ObjectIdentifier: RangeFunc] = [:]
    /// For the package initializer: the package-level variables' initializations, in init order.
    var initExprs: [(vars: [Var], expr: Expr)] = []

    init(decl: FuncDecl?, lit: FuncLit?, obj: Func?, sig: Signature, parent: FuncInfo?, name: String) {
        self.decl = decl; self.lit = lit; self.obj = obj; self.sig = sig; self.parent = parent; self.name = name
    }

    /// For the body of a range-over-function loop: gc rewrites it into a
    /// closure `func(k, v) bool { …; return true }` passed to the iterator.
    var rangeBody: BlockStmt?
    var isClosure: Bool { lit != nil || rangeBody != nil }
    /// gc's IsClosure: a literal that captures variables. Only these are
    /// analysed inside their enclosing function's batch; a literal that
    /// captures nothing is a function of its own.
    var isCapturing: Bool { isClosure && !closureVars.isEmpty }
    var body: BlockStmt? { lit?.body ?? decl?.body ?? rangeBody }
    /// Range-over-function loops numbered per function (#state1, #state2).
    var rangeFuncCount = 0
    var hasCode: Bool { body != nil || !initExprs.isEmpty }

    /// Receiver (if any) then parameters, as gc's RecvParams.
    var recvParams: [Var] {
        var out: [Var] = []
        if let r = sig.recv { out.append(r) }
        out.append(contentsOf: sig.params.vars)
        return out
    }
    var results: [Var] { sig.results.vars }

    /// The outermost declared function containing this one.
    var outermost: FuncInfo {
        var f = self
        while let p = f.parent { f = p }
        return f
    }

    /// Whether `self` is `other` or contains it as a (nested) closure (gc's ir.ContainsClosure, reflexive).
    func contains(_ other: FuncInfo) -> Bool {
        var f: FuncInfo? = other
        while let g = f {
            if g === self { return true }
            f = g.parent
        }
        return false
    }
    /// gc's ContainsClosure: other is a closure strictly inside self.
    func strictlyContains(_ other: FuncInfo) -> Bool {
        other !== self && contains(other)
    }
}

/// A range-over-function loop's body closure and its state variable.
struct RangeFunc {
    let body: FuncInfo
    let state: Var
}

/// The package's functions with the facts the walk needs.
final class Program {
    let checker: Checker
    let files: [File]
    var funcs: [FuncInfo] = []              // declared functions in source order
    var byDecl: [ObjectIdentifier: FuncInfo] = [:]   // FuncDecl or FuncLit -> info
    var byObj: [ObjectIdentifier: FuncInfo] = [:]    // Func object -> info
    var owner: [ObjectIdentifier: FuncInfo] = [:]    // local Var -> declaring function
    /// Expressions gc rewrites before printing (make sizes with a constant static value).
    var rewrittenText: [ObjectIdentifier: String] = [:]
    /// The asserted type of comma-ok assertions `v, ok := x.(T)` (the checker records bool there).
    var assertTypes: [ObjectIdentifier: GoType] = [:]
    /// Devirtualized interface calls (for printing them as gc does).
    var devirtualized: [ObjectIdentifier: Devirtualized] = [:]
    /// Shapes substituted while the current batch (an instance) is walked.
    var subst: [ObjectIdentifier: GoType] = [:]
    /// Range-over-function loops rewritten into closures, by ForStmt.
    var rangeFuncs: [ObjectIdentifier: RangeFunc] = [:]
    /// Generic functions (not methods), by Func object.
    var templates: [ObjectIdentifier: FuncDecl] = [:]
    /// Methods of generic types, by Func object.
    var methodTemplates: [ObjectIdentifier: FuncDecl] = [:]
    var instances: [String: FuncInfo] = [:]
    /// Shape types (printed go.shape.X) by key, and the set of them.
    var shapes: [String: Named] = [:]
    var shapeKeys: [ObjectIdentifier: String] = [:]
    /// Calls of generic functions -> the instance called.
    var callInstances: [ObjectIdentifier: FuncInfo] = [:]
    /// The type arguments of each generic call (for the dictionary's name).
    var callTypeArgs: [ObjectIdentifier: [GoType]] = [:]
    var lastBoundArgs: [GoType]?

    init(checker: Checker, files: [File]) {
        self.checker = checker
        self.files = files
        collect()
    }

    func typeOf(_ e: Expr) -> GoType? {
        guard let t0 = rawTypeOf(e) else { return nil }
        return subst.isEmpty ? t0 : substituteTypeParams(t0, subst)
    }

    /// A variable's type, with the current instance's shapes substituted.
    func varType(_ v: Var) -> GoType? {
        guard let t = v.type else { return nil }
        return subst.isEmpty ? t : substituteTypeParams(t, subst)
    }

    private func rawTypeOf(_ e: Expr) -> GoType? {
        if let t = assertTypes[ObjectIdentifier(e)] { return t }
        guard let t = checker.typeOf(e)?.type else { return nil }
        // comma-ok forms record (T, bool)
        if let tup = t as? Tuple, tup.count == 2, e is AssertExpr || e is IndexExpr || e is Operation {
            return tup.vars[0].type
        }
        return t
    }
    func obj(_ n: Name) -> Object? {
        checker.uses[ObjectIdentifier(n)] ?? checker.defs[ObjectIdentifier(n)]
    }
    func def(_ n: Name) -> Object? { checker.defs[ObjectIdentifier(n)] }

    private func collect() {
        for f in files {
            for d in f.decls {
                guard let fd = d as? FuncDecl, !fd.tparams.isEmpty || true else { continue }
                if !fd.tparams.isEmpty {
                    // generic functions are analysed per shape instance, when called
                    if fd.recv == nil, let f = checker.defs[ObjectIdentifier(fd.name)] as? Func { templates[ObjectIdentifier(f)] = fd }
                    continue
                }
                guard let fobj = checker.defs[ObjectIdentifier(fd.name)] as? Func,
                      let sig = fobj.type as? Signature else { continue }
                if let r = sig.recv, let rt = r.type, Escape.isGenericReceiver(rt) {
                    methodTemplates[ObjectIdentifier(fobj)] = fd   // analysed per shape instance of the type
                    continue
                }
                let info = FuncInfo(decl: fd, lit: nil, obj: fobj, sig: sig, parent: nil, name: Escape.funcName(fd, sig))
                funcs.append(info)
                byDecl[ObjectIdentifier(fd)] = info
                byObj[ObjectIdentifier(fobj)] = info
                for v in info.recvParams + info.results { owner[ObjectIdentifier(v)] = info }
                if let body = fd.body { collectBody(body, info) }
            }
        }
        // gc analyses package-level initializations as the body of the package's init function, last
        if !checker.initOrder.isEmpty {
            let info = FuncInfo(decl: nil, lit: nil, obj: nil,
                                sig: Signature(params: Tuple([]), results: Tuple([]), variadic: false), parent: nil, name: "glob.")
            info.initExprs = checker.initOrder
            for (_, e) in info.initExprs { collectBody(e, info) }
            funcs.insert(info, at: 0)   // gc's package init function comes first
        }
    }

    /// Records the locals, literals and captures inside one function body.
    /// The FuncInfo of a function literal (of an instance, when fn is in one).
    func litInfo(_ lit: FuncLit, in fn: FuncInfo?) -> FuncInfo? {
        if let f = fn, let i = f.outermost.instanceLits[ObjectIdentifier(lit)] { return i }
        return byDecl[ObjectIdentifier(lit)]
    }

    private func collectBody(_ body: Node, _ fn: FuncInfo) {
        visit(body) { n in
            switch n {
            case let lit as FuncLit:
                guard let sig = typeOf(lit) as? Signature else { return false }
                let outer = fn.outermost
                outer.literalCount += 1
                let child = FuncInfo(decl: nil, lit: lit, obj: nil, sig: sig, parent: fn,
                                     name: "\(outer.name).func\(outer.literalCount)")
                // gc numbers nested literals per enclosing function: f.func1.1
                fn.children.append(child)
                if outer.isInstance { outer.instanceLits[ObjectIdentifier(lit)] = child } else { byDecl[ObjectIdentifier(lit)] = child }
                for v in child.recvParams + child.results { owner[ObjectIdentifier(v)] = child }
                collectBody(lit.body, child)
                return false
            case let fs as ForStmt:
                guard let r = fs.initStmt as? RangeClause, let rf = rangeFunc(fs, r, fn) else { return true }
                collectBody(r.x, fn)
                let child = rf.body
                capture(rf.state, from: child)
                for v in child.recvParams + child.results { owner[ObjectIdentifier(v)] = child }
                collectBody(fs.body, child)
                return false
            case let e as Expr where !(e is CompositeLit) && checker.typeOf(e)?.value != nil:
                return false   // constant (len of an array, unsafe.Sizeof): refers to nothing at run time
            case let name as Name:
                if let v = checker.defs[ObjectIdentifier(name)] as? Var, v.kind != .field,
                   owner[ObjectIdentifier(v)] == nil || (fn.outermost.isInstance && owner[ObjectIdentifier(v)]?.outermost !== fn.outermost) {
                    owner[ObjectIdentifier(v)] = fn
                    fn.locals.append(v)
                } else if let v = checker.uses[ObjectIdentifier(name)] as? Var {
                    capture(v, from: fn)
                }
                return true
            case let cc as CaseClause:
                if let v = checker.implicits[ObjectIdentifier(cc)] as? Var, owner[ObjectIdentifier(v)] == nil {
                    owner[ObjectIdentifier(v)] = fn
                    fn.locals.append(v)
                }
                return true
            default:
                return true
            }
        }
    }

    /// gc's rangefunc rewrite, for loops whose body does not leave the loop
    /// (no return, goto, defer, or break/continue aimed outside the body):
    /// the body becomes a closure over a `#stateN` variable of fn.
    private func rangeFunc(_ fs: ForStmt, _ r: RangeClause, _ fn: FuncInfo) -> RangeFunc? {
        guard let it = typeOf(r.x)?.underlying as? Signature, it.params.count == 1,
              let yt = it.params.vars[0].type?.underlying as? Signature else { return nil }
        let lhs = unpackList(r.lhs)
        if !lhs.isEmpty && !r.def { return nil }
        var params: [Var] = []
        for (i, l) in lhs.enumerated() {
            if let n = l as? Name, let v = checker.defs[ObjectIdentifier(n)] as? Var {
                params.append(v)
            } else {
                params.append(Var(name: "", pos: l.pos, type: i < yt.params.count ? yt.params.vars[i].type : nil, pkg: checker.pkg))
            }
        }
        // a body that leaves the loop needs gc's #next protocol: not modelled
        var leaves = false
        func scan(_ n: Node, depth: Int) {
            visit(n) { m in
                switch m {
                case is FuncLit: return false
                case is ReturnStmt: leaves = true
                case let c as CallStmt where c.tok == .kwDefer: leaves = true
                case let b as BranchStmt:
                    // continue of the loop itself is the closure's `return true`
                    if b.tok == .kwGoto || b.label != nil || (depth == 0 && b.tok != .kwContinue) { leaves = true }
                case let f as ForStmt:
                    if m !== fs { scan(f.body, depth: depth + 1); return false }
                case let s as SwitchStmt:
                    for c in s.body { for st in c.body { scanBreaks(st, depth: depth) } }
                    return false
                case let s as SelectStmt:
                    for c in s.body { for st in c.body { scanBreaks(st, depth: depth) } }
                    return false
                default: break
                }
                return !leaves
            }
        }
        // inside switch/select, break is local but continue is not
        func scanBreaks(_ n: Node, depth: Int) {
            visit(n) { m in
                switch m {
                case is FuncLit: return false
                case is ReturnStmt: leaves = true
                case let c as CallStmt where c.tok == .kwDefer: leaves = true
                case let b as BranchStmt:
                    if b.tok == .kwGoto || b.label != nil { leaves = true }
                case let f as ForStmt: scan(f.body, depth: depth + 1); return false
                default: break
                }
                return !leaves
            }
        }
        scan(fs.body, depth: 0)
        if leaves { return nil }
        let outer = fn.outermost
        outer.rangeFuncCount += 1
        let state = Var(name: "#state\(outer.rangeFuncCount)", pos: fs.pos, type: Universe.int, pkg: checker.pkg)
        owner[ObjectIdentifier(state)] = fn
        fn.locals.append(state)
        let sig = Signature(params: Tuple(params), results: Tuple([Var(name: "", pos: fs.pos, type: Universe.bool, pkg: nil)]), variadic: false)
        let child = FuncInfo(decl: nil, lit: nil, obj: nil, sig: sig, parent: fn, name: "\(outer.name)-range\(outer.rangeFuncCount)")
        child.rangeBody = fs.body
        fn.children.append(child)
        let rf = RangeFunc(body: child, state: state)
        if outer.isInstance { outer.instanceRangeFuncs[ObjectIdentifier(fs)] = rf } else { rangeFuncs[ObjectIdentifier(fs)] = rf }
        return rf
    }

    func rangeFuncInfo(_ fs: ForStmt, in fn: FuncInfo) -> RangeFunc? {
        fn.outermost.instanceRangeFuncs[ObjectIdentifier(fs)] ?? rangeFuncs[ObjectIdentifier(fs)]
    }

    /// Notes that `fn` refers to `v`; if v belongs to an enclosing function,
    /// every closure between them captures it.
    private func capture(_ v: Var, from fn: FuncInfo) {
        guard let o = owner[ObjectIdentifier(v)], o !== fn else { return }
        var f: FuncInfo? = fn
        while let g = f, g !== o {
            if !g.closureVars.contains(where: { $0 === v }) { g.closureVars.append(v) }
            f = g.parent
        }
    }

    /// The batches in gc's order: strongly connected components of the
    /// call graph, callees first; closures join their enclosing function.
    func batches() -> [[FuncInfo]] {
        var out: [[FuncInfo]] = []
        var ids: [ObjectIdentifier: UInt32] = [:]
        var gen: UInt32 = 0
        var stack: [FuncInfo] = []
        let done = UInt32.max

        func callees(_ fn: FuncInfo) -> [FuncInfo] {
            var list: [FuncInfo] = []
            let roots: [Node] = fn.body.map { [$0] } ?? fn.initExprs.map { $0.expr }
            for body in roots { visit(body) { n in
                switch n {
                case let lit as FuncLit:
                    if let c = litInfo(lit, in: fn) { list.append(c) }
                    return false
                case let fs as ForStmt:
                    if let rf = rangeFuncInfo(fs, in: fn) {
                        list.append(rf.body)   // the body's own calls are the closure's; visiting them here too is harmless
                    }
                    return true
                case let name as Name:
                    if let f = checker.uses[ObjectIdentifier(name)] as? Func, let c = byObj[ObjectIdentifier(f.origin ?? f)] {
                        list.append(c)
                    }
                    return true
                case let s as SelectorExpr:
                    if !isQualified(s), let sel = selection(s), let m = sel.method, let xt = typeOf(s.x),
                       let inst = methodInstance(m, receiver: embeddedBase(xt, sel.path)) {
                        list.append(inst)
                    }
                    return true
                case let call as CallExpr:
                    if let f = referent(call.fun) as? Func, templates[ObjectIdentifier(f.origin ?? f)] != nil,
                       let inst = instance(of: f, call: call) {
                        list.append(inst)
                    }
                    return true
                default:
                    return true
                }
            } }
            return list
        }

        func visitFn(_ fn: FuncInfo) -> UInt32 {
            if let id = ids[ObjectIdentifier(fn)] { return id }
            let saved = subst
            subst = fn.outermost.subst
            defer { subst = saved }
            gen += 1
            let id = gen
            ids[ObjectIdentifier(fn)] = id
            gen += 1
            var minGen = gen
            stack.append(fn)
            for c in callees(fn) {
                let m = visitFn(c)
                if m < minGen { minGen = m }
            }
            if (minGen == id || minGen == id + 1) && !fn.isCapturing {
                var i = stack.count - 1
                while i >= 0 {
                    ids[ObjectIdentifier(stack[i])] = done
                    if stack[i] === fn { break }
                    i -= 1
                }
                out.append(Array(stack[max(i, 0)...]))
                stack.removeSubrange(max(i, 0)...)
            }
            return minGen
        }
        for f in funcs { _ = visitFn(f) }
        return out
    }
}

// MARK: generic instances

extension Program {
    /// The shape gc gives a type argument: its underlying type, with every
    /// pointer type sharing one shape (*uint8).
    func shape(_ t: GoType) -> GoType {
        let u = t.underlying
        let shapeUnderlying: GoType = u is Pointer ? Pointer(Universe.uint8) : u
        let key = NodeText(prog: self, qualifyLocal: true).type(shapeUnderlying)
        if let s = shapes[key] { return s }
        let s = Named(obj: TypeName(name: "shape." + key, pos: .none, type: nil, pkg: nil), underlying: shapeUnderlying)
        shapes[key] = s
        shapeKeys[ObjectIdentifier(s)] = key
        return s
    }

    /// The instance of generic function f at call c: the type arguments come
    /// from the argument and result types (the checker records the generic
    /// signature on the function name).
    func instance(of f: Func, call c: CallExpr) -> FuncInfo? {
        guard let gsig = (f.origin ?? f).type as? Signature else { return nil }
        if let ie = unparen(c.fun) as? IndexExpr {
            // explicit type arguments f[A, B]
            let targs = unpackList(ie.index).compactMap { typeOfTypeExpr($0) }
            if targs.count == gsig.tparams.count {
                callTypeArgs[ObjectIdentifier(c)] = targs
                return instance(of: f, typeArgs: targs)
            }
        }
        var params: [Var] = []
        for (i, a) in c.args.enumerated() {
            guard var t = typeOf(a) else { return nil }
            if let b = t as? Basic, b.isUntyped { t = defaultTypeOf(b) }
            if gsig.variadic && i >= gsig.params.count - 1 && !c.hasDots { t = Slice(t) }
            if gsig.variadic && i > gsig.params.count - 1 && !c.hasDots { continue }
            params.append(Var(name: "", pos: .none, type: t, pkg: nil))
        }
        var results: [Var] = []
        if let rt = typeOf(c) {
            if let tup = rt as? Tuple { results = tup.vars } else { results = [Var(name: "", pos: .none, type: rt, pkg: nil)] }
        }
        let sig = Signature(params: Tuple(params), results: Tuple(results), variadic: gsig.variadic)
        guard let inst = instance(of: f, signature: sig) else { return nil }
        if let args = lastBoundArgs { callTypeArgs[ObjectIdentifier(c)] = args }
        return inst
    }

    private func defaultTypeOf(_ b: Basic) -> GoType {
        switch b.kind {
        case .untypedBool: return Universe.bool
        case .untypedRune: return Universe.runeType
        case .untypedFloat: return Universe.float64
        case .untypedComplex: return Universe.complex128
        case .untypedString: return Universe.string
        default: return Universe.int
        }
    }

    /// The instance of generic function f called with signature `sig` (its
    /// type arguments found by matching f's signature against sig).
    func instance(of f0: Func, signature sig: Signature) -> FuncInfo? {
        let f = f0.origin ?? f0
        guard templates[ObjectIdentifier(f)] != nil, let gsig = f.type as? Signature, !gsig.tparams.isEmpty else { return nil }
        var bound: [ObjectIdentifier: GoType] = [:]
        let tps = Set(gsig.tparams.map { ObjectIdentifier($0) })
        func match(_ g: GoType, _ i: GoType) {
            if let tp = g as? TypeParam, tps.contains(ObjectIdentifier(tp)) {
                if bound[ObjectIdentifier(tp)] == nil { bound[ObjectIdentifier(tp)] = i }
                return
            }
            switch (g, i) {
            case let (a as Pointer, b as Pointer): match(a.elem, b.elem)
            case let (a as Slice, b as Slice): match(a.elem, b.elem)
            case let (a as Types.ArrayType, b as Types.ArrayType): match(a.elem, b.elem)
            case let (a as Types.MapType, b as Types.MapType): match(a.key, b.key); match(a.elem, b.elem)
            case let (a as Chan, b as Chan): match(a.elem, b.elem)
            case let (a as Signature, b as Signature):
                for (x, y) in zip(a.params.vars, b.params.vars) { if let xt = x.type, let yt = y.type { match(xt, yt) } }
                for (x, y) in zip(a.results.vars, b.results.vars) { if let xt = x.type, let yt = y.type { match(xt, yt) } }
            case let (a as Named, b as Named):
                for (x, y) in zip(a.targs, b.targs) { match(x, y) }
            default: break
            }
        }
        match(gsig, sig)
        var args: [GoType] = []
        for tp in gsig.tparams {
            guard let a = bound[ObjectIdentifier(tp)], !(a is TypeParam) else { return nil }
            args.append(a)
        }
        lastBoundArgs = args
        return instance(of: f, typeArgs: args)
    }

    /// The type x.path reaches (through embedded fields), pointers removed.
    func embeddedBase(_ xt: GoType, _ path: [Int]) -> GoType {
        var t = xt
        for idx in path {
            if let p = t.underlying as? Pointer { t = p.elem }
            if let st = t.underlying as? Struct, idx < st.fields.count, let ft = st.fields[idx].type { t = ft }
        }
        if let p = t as? Pointer { t = p.elem } else if !(t is Named), let p = t.underlying as? Pointer { t = p.elem }
        return t
    }

    /// The instance of method m of a generic type for the receiver's base type (an instantiated Named).
    func methodInstance(_ m0: Func, receiver: GoType) -> FuncInfo? {
        let m = m0.origin ?? m0
        guard let decl = methodTemplates[ObjectIdentifier(m)], let sig = m.type as? Signature, let rt = sig.recv?.type,
              let rn = ((rt as? Pointer)?.elem ?? rt) as? Named, let n = receiver as? Named, n.targs.count == rn.targs.count else { return nil }
        let tps = rn.targs.compactMap { $0 as? TypeParam }
        guard tps.count == n.targs.count, !n.targs.contains(where: { $0 is TypeParam }) else { return nil }
        let shapes = n.targs.map { shape($0) }
        let text = NodeText(prog: self)
        let base = rn.obj.name + "[" + shapes.map { text.type($0) }.joined(separator: ",") + "]"
        let name = (rt is Pointer ? "(*" + base + ")" : base) + "." + m.name
        return makeInstance(decl: decl, obj: m, sig: sig, tparams: tps, args: n.targs, shapes: shapes, name: name)
    }

    /// The instance of generic function f for the given type arguments.
    func instance(of f0: Func, typeArgs args: [GoType]) -> FuncInfo? {
        let f = f0.origin ?? f0
        guard let decl = templates[ObjectIdentifier(f)], let gsig = f.type as? Signature, gsig.tparams.count == args.count else { return nil }
        let shapes = args.map { shape($0) }
        let text = NodeText(prog: self)
        let name = f.name + "[" + shapes.map { text.type($0) }.joined(separator: ",") + "]"
        return makeInstance(decl: decl, obj: f, sig: gsig, tparams: gsig.tparams, args: args, shapes: shapes, name: name)
    }

    private func makeInstance(decl: FuncDecl, obj f: Func, sig gsig: Signature, tparams: [TypeParam], args: [GoType],
                              shapes: [GoType], name: String) -> FuncInfo? {
        let key = "\(ObjectIdentifier(decl).hashValue)|" + name
        if let i = instances[key] { return i }
        var map: [ObjectIdentifier: GoType] = [:]
        for (tp, s) in zip(tparams, shapes) { map[ObjectIdentifier(tp)] = s }
        let info = FuncInfo(decl: decl, lit: nil, obj: f, sig: gsig, parent: nil, name: name)
        info.subst = map
        info.typeArgs = args
        info.isInstance = true
        instances[key] = info
        for v in info.recvParams + info.results { owner[ObjectIdentifier(v)] = info }
        if let body = decl.body {
            let saved = subst
            subst = map
            collectBody(body, info)
            subst = saved
        }
        return info
    }
}

// This file implements the analysis' view of functions: every declared
// function and function literal of the package, the variables each declares
// (gc's Dcl list) and the variables each closure captures (gc's
// ClosureVars). Program+Batches orders them as gc does, Program+Instances
// adds generic instances, Program+RangeFunc range-over-function bodies.

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
        return unalias(subst.isEmpty ? t0 : substituteTypeParams(t0, subst))
    }

    /// A variable's type, with the current instance's shapes substituted.
    func varType(_ v: Var) -> GoType? {
        guard let t = v.type else { return nil }
        return unalias(subst.isEmpty ? t : substituteTypeParams(t, subst))
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
                guard let fd = d as? FuncDecl else { continue }
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
        instantiateMethodsOfUsedTypes()
    }

    /// The FuncInfo of a function literal (of an instance, when fn is in one).
    func litInfo(_ lit: FuncLit, in fn: FuncInfo?) -> FuncInfo? {
        if let f = fn, let i = f.outermost.instanceLits[ObjectIdentifier(lit)] { return i }
        return byDecl[ObjectIdentifier(lit)]
    }

    /// Records the locals, literals and captures inside one function body.
    func collectBody(_ body: Node, _ fn: FuncInfo) {
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

    /// Notes that `fn` refers to `v`; if v belongs to an enclosing function,
    /// every closure between them captures it.
    func capture(_ v: Var, from fn: FuncInfo) {
        guard let o = owner[ObjectIdentifier(v)], o !== fn else { return }
        var f: FuncInfo? = fn
        while let g = f, g !== o {
            if !g.closureVars.contains(where: { $0 === v }) { g.closureVars.append(v) }
            f = g.parent
        }
    }

}

// Escape analysis: which variables and allocations may live in a
// goroutine's stack frame and which must move to the heap, decided as gc
// decides (cmd/compile/internal/escape) and reported in gc's -m words.
//
// Data structures
//
//   Location   a variable, an allocating expression (new, &T{}, make,
//              slice and map literals, closures, method values, interface
//              conversions, string/byte conversions, `...` slices, append
//              backing stores) or a temporary. Each records the loop depth
//              where it is declared, the function it belongs to, flags
//              (captured, reassigned, addrtaken, param, result) and, once
//              solved, attributes (escapes, persists, mutates, calls).
//   Edge       `dst <- src` with derefs = dereferences minus address-ofs,
//              >= -1: `p = &q` is -1, `p = q` 0, `p = *q` 1. Not field- or
//              index-sensitive; stores through pointers go to the heap.
//   Hole       the context an expression is evaluated in: a destination and
//              a deref count; `&` shifts it by -1, `*` by +1.
//   Leaks      a parameter's summary: the fewest derefs with which its
//              value reaches the heap, each of the first five results, the
//              mutator and the callee pseudo-locations (gc's param tags).
//
// The algorithm
//
//   1. Program collects functions and literals, each variable's declaring
//      function, closure captures, and orders the functions bottom-up by
//      strongly connected components of the call graph (callees first); a
//      literal that captures variables joins its enclosing function's
//      component, one that captures nothing is a function of its own. The
//      package's initializers form gc's init function (first). A generic
//      function or method of a generic type becomes one function per shape
//      instance used (type parameters replaced by shapes, go.shape.int).
//      Devirtualizer then turns interface calls on values whose concrete
//      type every assignment agrees on into direct calls, as gc does first.
//   2. For each component (Batch): a location per declared variable, then
//      a walk of every statement and expression (Walker) that adds edges;
//      calls to functions already analysed use their tags, calls inside
//      the component flow into the callee's parameters directly, calls
//      through interfaces or unknown function values send arguments to
//      the heap. Captured variables flow into their closure by value or by
//      reference. Size rules (gc's HeapAllocReason) add heap edges.
//   3. Solver: from every root, the minimal derefs to every source
//      (Bellman-Ford over incoming edges). A source whose address reaches a
//      root that outlives it escapes; a parameter reaching a root records a
//      leak; attributes propagate until nothing changes.
//   4. finish: parameter tags (for later components and for -m), then each
//      location's decision, in the order gc emits its diagnostics.
//
// Invariants
//
//   - A location marked escapes is heap allocated; nothing that does not
//     escape is ever pointed to by the heap or by a location that outlives
//     it (a result, a variable declared in an outer loop, a closure's
//     enclosing function).
//   - When in doubt (unknown callee, bodyless function without a tag,
//     generic call it cannot instantiate) the analysis sends values to the
//     heap, and a variable or site it did not see is reported as heap.
//
// The result (EscapeResult) answers, per variable and per allocation site
// (keyed by syntax node identity), stack or heap, for the compiler.

import Base
import Syntax
import Types

/// The whole package's analysis state and decisions.
final class Analysis {
    static let maxStackVarSize: Int64 = 128 * 1024
    static let maxImplicitStackVarSize: Int64 = 64 * 1024

    let prog: Program
    var diagnostics: [Diagnostic] = []
    var varHeap: [ObjectIdentifier: Bool] = [:]
    var siteHeap: [ObjectIdentifier: Bool] = [:]
    var sitePos: [ObjectIdentifier: Pos] = [:]
    var siteTypes: [ObjectIdentifier: GoType] = [:]
    var siteFunc: [ObjectIdentifier: FuncInfo] = [:]
    var implicitConversions: [ObjectIdentifier: Node] = [:]
    var variadicSlices: [ObjectIdentifier: Node] = [:]
    var implicitAllocs = Set<ObjectIdentifier>()
    var zeroCopy = Set<ObjectIdentifier>()
    var closureOfSite: [ObjectIdentifier: FuncInfo] = [:]
    var byValue: [ObjectIdentifier: Bool] = [:]
    var wrappers: [FuncInfo] = []
    var owner: [ObjectIdentifier: FuncInfo] = [:]
    var goDeferWrappers: [ObjectIdentifier: Node] = [:]
    var newValueTemps: [ObjectIdentifier: Var] = [:]
    /// Interface method calls gc turns into direct calls (by CallExpr).
    var devirtualized: [ObjectIdentifier: Devirtualized] = [:]
    private var oracles: [ObjectIdentifier: ReassignOracle] = [:]

    init(prog: Program) { self.prog = prog }

    func report(_ pos: Pos, _ msg: String) {
        diagnostics.append(Diagnostic(pos: pos, message: msg))
    }

    func run() {
        let batches = prog.batches()
        Devirtualizer(prog: prog, analysis: self).run(batches)
        prog.devirtualized = devirtualized
        for fns in batches {
            Batch(analysis: self, fns: fns).run()
        }
    }

    func oracle(for fn: FuncInfo) -> ReassignOracle {
        let outer = fn.outermost
        if let o = oracles[ObjectIdentifier(outer)] { return o }
        let o = ReassignOracle(prog: prog, fn: outer)
        oracles[ObjectIdentifier(outer)] = o
        return o
    }

    /// gc's ir.StaticValue: follows local variables assigned exactly once.
    func staticValue(_ e: Expr, in fn: FuncInfo) -> Expr {
        oracle(for: fn).staticValue(e)
    }

    /// Whether a loop's iteration variable gets a fresh copy per iteration
    /// that matters (Go 1.22): it is captured by a closure or its address is taken.
    func needsPerIterationCopy(_ v: Var) -> Bool {
        guard let fn = prog.owner[ObjectIdentifier(v)] else { return false }
        return oracle(for: fn).capturedOrAddressed(v)
    }
}

/// Stack or heap for every variable and allocation site of a package.
public struct EscapeResult {
    /// Per variable (by Var identity): true if it is moved to the heap.
    public var variables: [ObjectIdentifier: Bool]
    /// Per allocation site (by syntax node identity: the `new`/`make`/
    /// conversion CallExpr, the `&` Operation, the CompositeLit, FuncLit,
    /// SelectorExpr of a method value, the `append` CallExpr for its backing
    /// store, the ForStmt of a range-over-function loop for its body
    /// closure; for implicit interface conversions, `...` slices and go/defer
    /// wrappers see below): true if it escapes to the heap.
    public var sites: [ObjectIdentifier: Bool]
    /// Implicit interface conversion of an expression (keyed by the
    /// converted expression) -> the site node whose decision is in `sites`.
    public var implicitConversions: [ObjectIdentifier: Node]
    /// Implicit `...` slice of a variadic call (keyed by the CallExpr) -> its site node.
    public var variadicSlices: [ObjectIdentifier: Node]
    /// The wrapper closure gc makes for a go/defer statement whose call has
    /// arguments (keyed by the CallStmt) -> its site node in `sites`. A
    /// statement without one defers or starts its call directly.
    public var goDeferWrappers: [ObjectIdentifier: Node]
    /// `new(v)` (Go 1.26), keyed by the CallExpr -> the temporary holding v,
    /// whose decision is in `variables`.
    public var newValueTemps: [ObjectIdentifier: Var]
    /// Whether each captured variable is captured by value (else by reference).
    public var capturedByValue: [ObjectIdentifier: Bool]
    /// `[]byte(s)` conversions (by CallExpr) whose result is never written nor
    /// escapes: they may share the string's bytes (gc's zero-copy conversion).
    public var zeroCopy: Set<ObjectIdentifier>
    /// The -m diagnostics, in the order gc prints them.
    public var diagnostics: [Diagnostic]

    /// Whether local variable v lives on the heap. A variable the analysis
    /// did not see (in a generic function's body, which gosub does not
    /// analyse per instance as gc does) is on the heap: the safe answer.
    public func isHeap(_ v: Var) -> Bool { variables[ObjectIdentifier(v)] ?? true }
    /// Whether the allocation at node n escapes; nil if n is not a site the
    /// analysis saw (not an allocation, or inside a generic body): a
    /// compiler allocates those on the heap.
    public func escapes(_ n: Node) -> Bool? { sites[ObjectIdentifier(n)] }
}

public enum EscapeAnalysis {
    /// Analyses a type-checked package (no errors) and returns the decisions.
    public static func analyze(checker: Checker, files: [File]) -> EscapeResult {
        let prog = Program(checker: checker, files: files)
        let a = Analysis(prog: prog)
        a.run()
        return EscapeResult(variables: a.varHeap, sites: a.siteHeap, implicitConversions: a.implicitConversions,
                            variadicSlices: a.variadicSlices, goDeferWrappers: a.goDeferWrappers, newValueTemps: a.newValueTemps,
                            capturedByValue: a.byValue, zeroCopy: a.zeroCopy, diagnostics: a.diagnostics)
    }
}

/// Helpers for gc's names of functions.
enum Escape {
    static func isGenericReceiver(_ t: GoType) -> Bool {
        var t = t
        if let p = t as? Pointer { t = p.elem }
        if let n = t as? Named { return !n.tparams.isEmpty || !n.targs.isEmpty }
        return false
    }

    /// gc's FuncName: `f`, `T.m`, `(*T).m`.
    static func funcName(_ d: FuncDecl, _ sig: Signature) -> String {
        guard let r = sig.recv, let t = r.type else { return d.name.value }
        if let p = t as? Pointer, let n = p.elem as? Named { return "(*\(n.obj.name)).\(d.name.value)" }
        if let n = t as? Named { return "\(n.obj.name).\(d.name.value)" }
        return d.name.value
    }
}

/// The parameter tags gosub's own analysis gives the functions of a package
/// written in Go inside gosub (Types/GoLibrary), beside Go's own tags for
/// the same functions (StdTags): the compiler trusts Go's tags when a
/// program calls the library, so gosub's library must not keep more of its
/// arguments than Go's does (LibraryTagsTests checks it).
public enum LibraryTags {
    /// A parameter's tag: where its value flows, in derefs (-1 nowhere).
    public struct Tag: Equatable, CustomStringConvertible {
        public var heap: Int
        public var results: [Int]
        /// The parameter's type holds pointers (else where it flows does not matter).
        public var pointers = true
        public var description: String {
            "heap \(heap), results \(results)"
        }
    }

    /// gosub's tags for the non-generic functions and methods with bodies of a
    /// checked package (natives, without one, copy what they keep), by StdTags key.
    public static func analyse(checker: Checker, files: [File]) -> [String: [Tag]] {
        let prog = Program(checker: checker, files: files)
        let a = Analysis(prog: prog)
        a.run()
        var out: [String: [Tag]] = [:]
        for fn in prog.funcs where !fn.isInstance {
            guard let f = fn.obj, fn.decl?.body != nil, let key = StdTags.key(f), fn.state == .tagged else { continue }
            out[key] = zip(fn.tags, fn.recvParams).map { l, p in
                var t = tag(l)
                t.pointers = p.type.map(hasPointers) ?? true
                return t
            }
        }
        return out
    }

    /// Go's tags for the function keyed `key`, if the table has them.
    public static func goTags(_ key: String) -> [Tag]? {
        StdTags.table[key].map { $0.map { tag(Leaks(raw: $0)) } }
    }

    static func tag(_ l: Leaks) -> Tag {
        Tag(heap: l.heap, results: (0..<Leaks.numResults).map { l.result($0) })
    }

    /// Whether `mine` keeps the argument somewhere `go` does not: it reaches
    /// the heap, or a result, with fewer dereferences (or at all).
    public static func keepsMore(_ mine: Tag, than go: Tag) -> Bool {
        func more(_ m: Int, _ g: Int) -> Bool { m >= 0 && (g < 0 || m < g) }
        if !mine.pointers { return false }
        if more(mine.heap, go.heap) { return true }
        for (i, m) in mine.results.enumerated() where more(m, go.results[i]) && more(m, go.heap) { return true }
        return false
    }
}

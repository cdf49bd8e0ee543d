// This file implements one batch: the functions of one strongly connected
// component of the call graph, analysed together (gc's escape.go Batch).
// It owns the locations, the pseudo-locations, the graph operations (flow,
// tee, spill, later) and, once solved, turns attributes into decisions,
// parameter tags and -m diagnostics.

import Base
import Syntax
import Types

final class Batch {
    let analysis: Analysis
    var prog: Program { analysis.prog }
    let fns: [FuncInfo]
    var allLocs: [Location] = []
    var closures: [(Hole, FuncInfo)] = []
    /// For the batch of a go/defer wrapper that captures nothing: its call.
    var wrapperBody: CallExpr?
    let heapLoc = Location(kind: .pseudo("{heap}"), fn: nil, loopDepth: 0)
    let mutatorLoc = Location(kind: .pseudo("{mutator}"), fn: nil, loopDepth: 0)
    let calleeLoc = Location(kind: .pseudo("{callee}"), fn: nil, loopDepth: 0)
    let blankLoc = Location(kind: .pseudo("{blank}"), fn: nil, loopDepth: 0)
    /// Location of each variable of the batch's functions.
    var varLocs: [ObjectIdentifier: Location] = [:]
    /// Sites created for go/defer wrappers (never reported).
    var wrapperSites = Set<ObjectIdentifier>()
    /// Sites for `make([]T, n)` with their (static) length, for the size rules.
    var makeSizes: [ObjectIdentifier: (elem: GoType, count: Int64?)] = [:]
    /// Sites for `[]byte(s)` (zero-copy candidates).
    var str2bytes = Set<ObjectIdentifier>()

    init(analysis: Analysis, fns: [FuncInfo]) {
        self.analysis = analysis
        self.fns = fns
        heapLoc.attrs = .all
        mutatorLoc.attrs = .mutates
        calleeLoc.attrs = .calls
    }

    // MARK: holes

    var heapHole: Hole { heapLoc.hole }
    var mutatorHole: Hole { mutatorLoc.hole }
    var calleeHole: Hole { calleeLoc.hole }
    var discardHole: Hole { blankLoc.hole }

    func newLoc(_ kind: LocationKind, fn: FuncInfo, loopDepth: Int, persists: Bool) -> Location {
        let loc = Location(kind: kind, fn: fn, loopDepth: loopDepth)
        if case .variable(let v) = kind {
            if v.kind == .param || v.kind == .recv || v.isParam { loc.isParam = true }
            if v.kind == .result { loc.isParamOut = true }
            varLocs[ObjectIdentifier(v)] = loc
        }
        if persists { loc.attrs.insert(.persists) }
        loc.index = allLocs.count
        allLocs.append(loc)
        return loc
    }

    func varLoc(_ v: Var) -> Location? { varLocs[ObjectIdentifier(v)] }

    /// Adds the edge k.dst <- src.
    func flow(_ k: Hole, _ src: Location) {
        if k.addrtaken { src.addrtaken = true }
        let dst = k.dst
        if dst === blankLoc { return }
        if dst === src && k.derefs >= 0 { return }
        if dst.has(.escapes) && k.derefs < 0 {
            src.attrs.formUnion(.all)
            return
        }
        dst.edges.append(Edge(src: src, derefs: k.derefs))
    }

    func teeHole(_ ks: [Hole], fn: FuncInfo, loopDepth: Int) -> Hole {
        if ks.isEmpty { return discardHole }
        if ks.count == 1 { return ks[0] }
        let loc = newLoc(.temp, fn: fn, loopDepth: loopDepth, persists: false)
        for k in ks { flow(k, loc) }
        return loc.hole
    }

    // MARK: closures

    /// Flows each captured variable into its closure: by value when small,
    /// never reassigned and never address-taken, otherwise by reference.
    func flowClosure(_ k: Hole, _ clo: FuncInfo) {
        for v in clo.closureVars {
            guard let loc = varLoc(v) else { continue }
            let size = Layout.sizeof(prog.varType(v) ?? Universe.basic(.int))
            let byval = !loc.addrtaken && !loc.reassigned && size <= 128
            analysis.byValue[ObjectIdentifier(v)] = byval
            flow(byval ? k : k.addr(), loc)
        }
    }

    // MARK: the whole batch

    func run() {
        let savedSubst = prog.subst
        prog.subst = fns.first?.outermost.subst ?? [:]
        defer { prog.subst = savedSubst }
        for fn in fns { initFunc(fn) }
        if let c = wrapperBody, let w = fns.first {
            Walker(batch: self, fn: w).wrappedCall(c)
        }
        for fn in fns where !fn.isCapturing && fn.hasCode {
            Walker(batch: self, fn: fn).walkFunc()
        }
        for (k, clo) in closures { flowClosure(k, clo) }
        closures = []
        for loc in allLocs {
            // too large, too aligned, zero-sized elements: the heap whatever the flow
            if heapAllocReason(loc) != nil { flow(heapHole.addr(), loc) }
        }
        Solver(batch: self).walkAll()
        finish()
    }

    func initFunc(_ fn: FuncInfo) {
        fn.state = .planned
        for v in fn.recvParams + fn.results + fn.locals {
            _ = newLoc(.variable(v), fn: fn, loopDepth: 1, persists: true)
        }
        // range-over-function bodies take the loop's variables as parameters
        for p in fn.recvParams { varLocs[ObjectIdentifier(p)]?.isParam = true }
        for (i, r) in fn.results.enumerated() {
            varLocs[ObjectIdentifier(r)]?.resultIndex = i + 1
        }
    }

    /// gc's HeapAllocReason: sizes that force the heap whatever the flow.
    func heapAllocReason(_ loc: Location) -> String? {
        switch loc.kind {
        case .variable(let v):
            if v.kind == .param || v.kind == .recv || v.kind == .result || v.isParam || loc.isParam { return nil }
            if let t = prog.varType(v), Layout.sizeof(t) > Analysis.maxStackVarSize { return "too large for stack" }
            return nil
        case .site(let n, _):
            if let (elem, count) = makeSizes[ObjectIdentifier(n)] {
                let es = Layout.sizeof(elem)
                if es == 0 { return "zero-sized element" }
                if let c = count, c > Analysis.maxImplicitStackVarSize / es { return "too large for stack" }
                return nil
            }
            if let t = analysis.siteTypes[ObjectIdentifier(n)] {
                if Layout.sizeof(t) > Analysis.maxStackVarSize { return "too large for stack" }
                if let p = t as? Pointer, analysis.implicitAllocs.contains(ObjectIdentifier(n)),
                   Layout.sizeof(p.elem) > Analysis.maxImplicitStackVarSize { return "too large for stack" }
            }
            return nil
        default:
            return nil
        }
    }

    // MARK: decisions and diagnostics

    func finish() {
        for fn in fns {
            fn.state = .tagged
            fn.tags = fn.recvParams.map { paramTag(fn, $0) }
        }
        for loc in allLocs {
            switch loc.kind {
            case .variable(let v):
                let heap = loc.has(.escapes)
                analysis.varHeap[ObjectIdentifier(v)] = heap || (analysis.varHeap[ObjectIdentifier(v)] ?? false)
                if heap && !v.name.isEmpty && v.name != "_" { analysis.report(v.pos, "moved to heap: \(v.name)") }
            case .site(let n, let text):
                let heap = loc.has(.escapes)
                analysis.siteHeap[ObjectIdentifier(n)] = heap || (analysis.siteHeap[ObjectIdentifier(n)] ?? false)
                if wrapperSites.contains(ObjectIdentifier(n)) { continue }
                let pos = analysis.sitePos[ObjectIdentifier(n)] ?? n.pos
                analysis.report(pos, text() + (heap ? " escapes to heap" : " does not escape"))
                if !heap && str2bytes.contains(ObjectIdentifier(n)) && !loc.has(.mutates) {
                    analysis.report(pos, "zero-copy string->[]byte conversion")
                    analysis.zeroCopy.insert(ObjectIdentifier(n))
                }
            default:
                break
            }
        }
    }

    func paramTag(_ fn: FuncInfo, _ p: Var) -> Leaks {
        let t = prog.varType(p) ?? Universe.basic(.int)
        let named = !p.name.isEmpty && p.name != "_"
        if fn.outermost.isInstance {
            // instances and the closures in them are DUPOK functions: gc computes their tags without diagnostics
            guard hasPointers(t), !p.name.isEmpty, p.name != "_", let loc = varLocs[ObjectIdentifier(p)] else {
                return hasPointers(t) ? Leaks() : .heapLeak
            }
            var esc = loc.paramEsc
            esc.optimize()
            return esc
        }
        if fn.body == nil, prog.checker.isLibrary, let f = fn.obj, let i = fn.recvParams.firstIndex(where: { $0 === p }) {
            // a native of a standard package (only LibraryTags analyses those): an
            // exported one has Go's tag; gosub's own internal natives (sysRead, …)
            // copy what they keep, in Swift
            if let key = StdTags.key(f), StdTags.table[key] != nil { return StdTags.tag(for: f, param: i) }
            return Leaks()
        }
        if fn.body == nil {
            if (t.underlying as? Basic)?.kind == .uintptr {
                if named { analysis.report(p.pos, "assuming \(p.name) is unsafe uintptr") }
                return .heapLeak
            }
            if !hasPointers(t) { return .heapLeak }
            if named { analysis.report(p.pos, "leaking param: \(p.name)") }
            return .heapLeak
        }
        if !hasPointers(t) { return .heapLeak }
        if !named { return Leaks() }
        guard let loc = varLocs[ObjectIdentifier(p)] else { return .heapLeak }
        var esc = loc.paramEsc
        esc.optimize()
        if !loc.has(.escapes) { reportLeaks(p, esc, fn) }
        return esc
    }

    func reportLeaks(_ p: Var, _ esc: Leaks, _ fn: FuncInfo) {
        var warned = false
        let x = esc.heap
        if x >= 0 {
            analysis.report(p.pos, x == 0 ? "leaking param: \(p.name)" : "leaking param content: \(p.name)")
            warned = true
        }
        for i in 0..<Leaks.numResults {
            let r = esc.result(i)
            if r >= 0 {
                let res = i < fn.results.count ? fn.results[i] : nil
                let name = (res?.name).flatMap { $0.isEmpty ? nil : $0 } ?? "~r\(i)"
                analysis.report(p.pos, "leaking param: \(p.name) to result \(name) level=\(r)")
                warned = true
            }
        }
        if !warned { analysis.report(p.pos, "\(p.name) does not escape") }
    }
}

// This file implements the escape graph's data: locations, the assignment
// edges between them, holes (the context an expression is evaluated in) and
// the per-parameter leak summaries (gc's graph.go and leaks.go).

import Syntax
import Types

/// What a location stands for.
enum LocationKind {
    /// A named variable (local, parameter or result).
    case variable(Var)
    /// An allocation site or value-producing expression (new, &T{}, make,
    /// literals, closures, method values, conversions, `...` slices).
    case site(Node, text: () -> String)
    /// A temporary without a node (tee holes, range temporaries, `later`).
    case temp
    /// One of the batch's pseudo-locations: heap, mutator, callee, blank.
    case pseudo(String)
}

/// Location attributes, as gc's locAttr.
struct Attrs: OptionSet {
    let rawValue: UInt8
    /// The location's address flows to the heap: it must be heap allocated.
    static let escapes = Attrs(rawValue: 1)
    /// The location's address is kept beyond the statement.
    static let persists = Attrs(rawValue: 2)
    /// The value may be written through (for zero-copy []byte(s)).
    static let mutates = Attrs(rawValue: 4)
    /// The value may be called (for closures whose results are tracked).
    static let calls = Attrs(rawValue: 8)
    static let all: Attrs = [.escapes, .persists, .mutates, .calls]
}

/// A node of the escape graph. Edges are stored at their destination.
final class Location {
    let kind: LocationKind
    /// The function the location belongs to (nil for pseudo-locations).
    let fn: FuncInfo?
    var edges: [Edge] = []
    var loopDepth: Int
    /// 1-based index of a result parameter, 0 otherwise.
    var resultIndex = 0
    var attrs: Attrs = []
    var paramEsc = Leaks()
    var captured = false
    var reassigned = false
    var addrtaken = false
    var isParam = false
    var isParamOut = false
    /// Index in the batch's creation order (diagnostics follow it).
    var index = 0

    // solver state
    var derefs = 0
    var walkgen: UInt32 = 0
    var queuedWalkAll = false
    var queuedWalkOne: UInt32 = 0

    init(kind: LocationKind, fn: FuncInfo?, loopDepth: Int) {
        self.kind = kind
        self.fn = fn
        self.loopDepth = loopDepth
    }

    func has(_ a: Attrs) -> Bool { !attrs.isDisjoint(with: a) }

    var variable: Var? {
        if case .variable(let v) = kind { return v }
        return nil
    }

    var hole: Hole { Hole(dst: self) }

    /// Records that this parameter's value reaches `sink` with `derefs`.
    func leak(to sink: Location, derefs: Int) {
        if !sink.has(.escapes), sink.isParamOut, sink.fn === fn {
            let ri = sink.resultIndex - 1
            if ri < Leaks.numResults {
                paramEsc.addResult(ri, derefs)
                return
            }
        }
        paramEsc.addHeap(derefs)
    }
}

/// An assignment edge `dst <- src` with a dereference count (-1 for `&src`).
struct Edge {
    let src: Location
    let derefs: Int
}

/// The context an expression is evaluated in: where its value flows and with
/// how many dereferences. `addrtaken` remembers that the last shift took an
/// address, so the source is marked address-taken.
struct Hole {
    var dst: Location
    var derefs = 0
    var addrtaken = false

    func shift(_ delta: Int) -> Hole {
        var k = self
        k.derefs += delta
        k.addrtaken = delta < 0
        return k
    }
    func deref() -> Hole { shift(1) }
    func addr() -> Hole { shift(-1) }
}

/// Where a parameter's value goes, as gc's leaks: heap, mutator, callee and
/// the first five results; each entry is derefs+1 (0 = no flow), saturated.
struct Leaks: Equatable, Hashable, Sendable {
    static let numResults = 5
    static let heapIndex = 0, mutatorIndex = 1, calleeIndex = 2, result0 = 3
    var raw: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0]

    init() {}
    init(raw: [UInt8]) {
        self.raw = Array((raw + [UInt8](repeating: 0, count: 8)).prefix(8))
    }

    func at(_ i: Int) -> Int { Int(raw[i]) - 1 }
    var heap: Int { at(Leaks.heapIndex) }
    var mutator: Int { at(Leaks.mutatorIndex) }
    var callee: Int { at(Leaks.calleeIndex) }
    func result(_ i: Int) -> Int { at(Leaks.result0 + i) }

    mutating func add(_ i: Int, _ derefs: Int) {
        let old = at(i)
        if old < 0 || derefs < old { set(i, derefs) }
    }
    mutating func set(_ i: Int, _ derefs: Int) {
        raw[i] = UInt8(max(0, min(derefs + 1, 255)))
    }
    mutating func addHeap(_ d: Int) { add(Leaks.heapIndex, d) }
    mutating func addMutator(_ d: Int) { add(Leaks.mutatorIndex, d) }
    mutating func addCallee(_ d: Int) { add(Leaks.calleeIndex, d) }
    mutating func addResult(_ i: Int, _ d: Int) { add(Leaks.result0 + i, d) }

    /// Drops flows that a heap flow with fewer derefs already covers.
    mutating func optimize() {
        let x = heap
        if x >= 0 {
            for i in 1..<8 where at(i) >= x { set(i, -1) }
        }
    }

    /// Leaks to the heap at deref 0: gc's empty tag "" (also its default for
    /// parameters of functions without bodies).
    static var heapLeak: Leaks { var l = Leaks(); l.addHeap(0); return l }

    /// gc's export encoding: "" for heap at 0, otherwise "esc:" + bytes.
    var encoded: String {
        if heap == 0 { return "" }
        var n = 8
        while n > 0 && raw[n - 1] == 0 { n -= 1 }
        return "esc:" + raw[0..<n].map { String($0) }.joined(separator: ",")
    }
}

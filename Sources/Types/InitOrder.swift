// Initialization order of package-level variables (spec: "Package
// initialization"): repeatedly the earliest variable in declaration order
// that has no uninitialized dependencies, dependencies followed through the
// functions a variable's initializer refers to. A dependency cycle through a
// variable or constant is "initialization cycle for x" with the path.

import Base
import Syntax

extension Checker {
    func computeInitOrder() {
        let objs = (pkg.scope.order + blankPkgObjs).filter { ($0 is Var || $0 is Const || $0 is Func) && objDecls[ObjectIdentifier($0)] != nil }
            .sorted { $0.order < $1.order || ($0.order == $1.order && $0.pos < $1.pos) }
        func deps(_ o: Object) -> [Object] { objDecls[ObjectIdentifier(o)]?.deps ?? [] }

        // cycles through variables and constants: strongly connected components
        // of the dependency graph (Tarjan), then one path around each cycle
        let reported = reportInitCycles(objs, deps: deps)
        if reported { return }

        // the order itself
        let vars = objs.compactMap { $0 as? Var }
        var done = Set<ObjectIdentifier>()
        var emittedDecls = Set<ObjectIdentifier>()
        func varDeps(_ v: Object) -> Set<ObjectIdentifier> {
            var out = Set<ObjectIdentifier>()
            var seen = Set<ObjectIdentifier>()
            var stack = deps(v)
            while let d = stack.popLast() {
                if !seen.insert(ObjectIdentifier(d)).inserted { continue }
                if d is Var { out.insert(ObjectIdentifier(d)) }
                if d is Func { stack.append(contentsOf: deps(d)) }
            }
            return out
        }
        let depMap = Dictionary(uniqueKeysWithValues: vars.map { (ObjectIdentifier($0), varDeps($0)) })
        var remaining = vars
        while !remaining.isEmpty {
            guard let i = remaining.firstIndex(where: { v in
                (depMap[ObjectIdentifier(v)] ?? []).allSatisfy { done.contains($0) || $0 == ObjectIdentifier(v) }
            }) else { break }
            let v = remaining.remove(at: i)
            done.insert(ObjectIdentifier(v))
            guard let info = objDecls[ObjectIdentifier(v)], let e = info.initExpr else { continue }
            if emittedDecls.insert(ObjectIdentifier(info)).inserted {
                initOrder.append((vars: info.lhs ?? [v], expr: e))
            }
        }
    }

    /// Reports every dependency cycle that goes through a variable or constant;
    /// returns whether any was reported.
    private func reportInitCycles(_ roots: [Object], deps: (Object) -> [Object]) -> Bool {
        // the graph: package-level objects and what they reach (methods too)
        var objs = roots
        var ids = Dictionary(objs.enumerated().map { (ObjectIdentifier($1), $0) }, uniquingKeysWith: { a, _ in a })
        var k = 0
        while k < objs.count {
            for d in deps(objs[k]) where (d is Var || d is Const || d is Func) && ids[ObjectIdentifier(d)] == nil {
                ids[ObjectIdentifier(d)] = objs.count
                objs.append(d)
            }
            k += 1
        }
        let succ: [[Int]] = objs.map { o in deps(o).compactMap { ids[ObjectIdentifier($0)] } }
        var index = [Int](repeating: -1, count: objs.count)
        var low = [Int](repeating: 0, count: objs.count)
        var onStack = [Bool](repeating: false, count: objs.count)
        var stack: [Int] = []
        var counter = 0
        var components: [[Int]] = []
        func connect(_ v: Int) {
            index[v] = counter; low[v] = counter; counter += 1
            stack.append(v); onStack[v] = true
            for w in succ[v] {
                if index[w] < 0 {
                    connect(w)
                    low[v] = min(low[v], low[w])
                } else if onStack[w] {
                    low[v] = min(low[v], index[w])
                }
            }
            if low[v] == index[v] {
                var c: [Int] = []
                while let w = stack.popLast() {
                    onStack[w] = false
                    c.append(w)
                    if w == v { break }
                }
                components.append(c)
            }
        }
        for v in objs.indices where index[v] < 0 { connect(v) }
        var any = false
        // report in source order of each cycle's first variable or constant
        var cycles: [(Int, [Int])] = []
        for c in components {
            let members = Set(c)
            let isCycle = c.count > 1 || succ[c[0]].contains(c[0])
            guard isCycle, let start = c.filter({ objs[$0] is Var || objs[$0] is Const }).min() else { continue }
            // shortest path from start back to start inside the component
            var parent = [Int: Int]()
            var queue = [start]
            var head = 0
            var found = false
            while head < queue.count && !found {
                let v = queue[head]; head += 1
                for w in succ[v] where members.contains(w) {
                    if w == start { parent[start] = v; found = true; break }
                    if parent[w] == nil { parent[w] = v; queue.append(w) }
                }
            }
            var path: [Int] = []
            var v = parent[start]!
            while v != start { path.append(v); v = parent[v]! }
            path.append(start)
            cycles.append((start, path.reversed()))
        }
        for (start, path) in cycles.sorted(by: { $0.0 < $1.0 }) {
            any = true
            let o = objs[start]
            if path.count == 1 {
                error(o.pos, "initialization cycle: \(o.name) refers to itself")
                continue
            }
            var msg = "initialization cycle for \(o.name)"
            for (k, x) in path.enumerated() {
                let next = objs[path[(k + 1) % path.count]]
                msg += "\n\t\(posString(objs[x].pos)): \(objs[x].name) refers to \(next.name)"
            }
            error(o.pos, msg)
        }
        return any
    }
}

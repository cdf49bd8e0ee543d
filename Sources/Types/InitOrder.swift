// Initialization order of package-level variables (spec: "Package
// initialization"): repeatedly the earliest variable in declaration order
// that has no uninitialized dependencies, dependencies followed through the
// functions a variable's initializer refers to. A dependency cycle through a
// variable or constant is "initialization cycle for x" with the path.

import Base
import Syntax

extension Checker {
    func computeInitOrder() {
        let objs = pkg.scope.order.filter { ($0 is Var || $0 is Const || $0 is Func) && objDecls[ObjectIdentifier($0)] != nil }
            .sorted { $0.order < $1.order || ($0.order == $1.order && $0.pos < $1.pos) }
        func deps(_ o: Object) -> [Object] { objDecls[ObjectIdentifier(o)]?.deps ?? [] }

        // cycles through variables and constants
        var reported = Set<ObjectIdentifier>()
        for o in objs where (o is Var || o is Const) && !reported.contains(ObjectIdentifier(o)) {
            if let path = findPath(from: o, to: o, deps: deps) {
                if path.contains(where: { reported.contains(ObjectIdentifier($0)) }) { continue }
                if path.count == 1 {
                    error(o.pos, "initialization cycle: \(o.name) refers to itself")
                    reported.insert(ObjectIdentifier(o))
                    continue
                }
                var msg = "initialization cycle for \(o.name)"
                for (k, x) in path.enumerated() {
                    let next = path[(k + 1) % path.count]
                    msg += "\n\t\(posString(x.pos)): \(x.name) refers to \(next.name)"
                }
                error(o.pos, msg)
                for x in path { reported.insert(ObjectIdentifier(x)) }
            }
        }
        if !reported.isEmpty { return }

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

    /// A path of dependencies from `from` back to `to`, if any.
    private func findPath(from: Object, to: Object, deps: (Object) -> [Object]) -> [Object]? {
        var seen = Set<ObjectIdentifier>()
        func dfs(_ o: Object, _ path: [Object]) -> [Object]? {
            for d in deps(o) {
                if d === to { return path }
                if !(d is Var || d is Const || d is Func) { continue }
                if seen.insert(ObjectIdentifier(d)).inserted {
                    if let p = dfs(d, path + [d]) { return p }
                }
            }
            return nil
        }
        return dfs(from, [from])
    }
}

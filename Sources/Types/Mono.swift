// Instantiation cycles (types2's mono.go): a generic function or type that,
// directly or through others, instantiates itself with ever larger type
// arguments (F[T] calling F[[]T]) cannot be monomorphized. A graph over
// type parameters gets an edge from each type parameter appearing in a type
// argument to the parameter it instantiates, of weight 1 when it appears
// inside a composite type; a path of positive weight that keeps growing
// (found by relaxing the heaviest paths, as Bellman-Ford) is a cycle.

import Base

struct MonoGraph {
    struct Vertex {
        var obj: TypeName
        var weight = 0
        var pre = -1
        var len = 0
    }
    struct Edge {
        var dst: Int
        var src: Int
        var weight: Int
        var pos: Pos
        var type: GoType
    }
    var vertices: [Vertex] = []
    var edges: [Edge] = []
    var index: [ObjectIdentifier: Int] = [:]
    /// A method's receiver type parameters stand for their type's own.
    var canon: [ObjectIdentifier: TypeParam] = [:]

    mutating func vertex(_ tp: TypeParam) -> Int {
        let t = canon[ObjectIdentifier(tp)] ?? tp
        if let i = index[ObjectIdentifier(t.obj)] { return i }
        vertices.append(Vertex(obj: t.obj))
        index[ObjectIdentifier(t.obj)] = vertices.count - 1
        return vertices.count - 1
    }
}

extension Checker {
    /// Records that tparams[i] is instantiated with targs[i] (written at positions[i], else pos).
    func recordInstance(_ pos: Pos, _ tparams: [TypeParam], _ targs: [GoType], positions: [Pos]) {
        for (i, tp) in tparams.enumerated() where i < targs.count {
            guard tp.obj.pkg === pkg else { continue }
            let at = i < positions.count ? positions[i] : pos
            let targ = targs[i]
            let dst = mono.vertex(tp)
            func walk(_ t: GoType) {
                switch t {
                case let p as TypeParam:
                    guard p.obj.pkg === pkg else { return }
                    mono.edges.append(.init(dst: dst, src: mono.vertex(p), weight: p === targ ? 0 : 1, pos: at, type: targ))
                case let n as Named: n.targs.forEach(walk)
                case let a as ArrayType: walk(a.elem)
                case let c as Chan: walk(c.elem)
                case let m as MapType: walk(m.key); walk(m.elem)
                case let p as Pointer: walk(p.elem)
                case let s as Slice: walk(s.elem)
                case let i as Interface: i.methods.forEach { walk($0.type!) }
                case let s as Signature: (s.params.vars + s.results.vars).forEach { walk($0.type!) }
                case let s as Struct: s.fields.forEach { walk($0.type!) }
                default: break
                }
            }
            walk(targ)
        }
    }

    /// Reports the first instantiation cycle, if any.
    func monomorph() {
        var again = true
        while again {
            again = false
            for (i, e) in mono.edges.enumerated() {
                let w = mono.vertices[e.src].weight + e.weight
                if w <= mono.vertices[e.dst].weight { continue }
                mono.vertices[e.dst].pre = i
                mono.vertices[e.dst].len = mono.vertices[e.src].len + 1
                if mono.vertices[e.dst].len == mono.vertices.count {
                    reportInstanceLoop(e.dst)
                    return
                }
                mono.vertices[e.dst].weight = w
                again = true
            }
        }
    }

    private func reportInstanceLoop(_ start: Int) {
        var v = start
        var stack: [Int] = []
        var seen = Set<Int>()
        while !seen.contains(v) {
            stack.append(v)
            seen.insert(v)
            v = mono.edges[mono.vertices[v].pre].src
        }
        while stack.first != v { stack.removeFirst() }
        var msg = "instantiation cycle:"
        for s in stack {
            let e = mono.edges[mono.vertices[s].pre]
            let obj = mono.vertices[e.dst].obj
            msg += "\n\t\(posString(e.pos)): \(obj.name) instantiated as \(typeString(e.type))"
        }
        error(mono.vertices[v].obj.pos, msg)
    }
}

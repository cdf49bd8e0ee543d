// This file implements the solver (gc's solve.go): from every root
// location, a shortest-path walk over incoming edges computes the fewest
// dereferences with which each source's value reaches the root. A source
// whose address reaches a root that outlives it escapes; a parameter that
// reaches a root records a leak. Attributes propagate until nothing changes.

final class Solver {
    let batch: Batch
    init(batch: Batch) { self.batch = batch }

    /// A double-ended queue of locations (gc's queue).
    struct Deque {
        var items: [Location?] = Array(repeating: nil, count: 8)
        var head = 0, count = 0
        var mask: Int { items.count - 1 }
        mutating func grow() {
            var n: [Location?] = Array(repeating: nil, count: items.count * 2)
            for i in 0..<count { n[i] = items[(head + i) & mask] }
            items = n
            head = 0
        }
        mutating func pushFront(_ l: Location) {
            if count == items.count { grow() }
            head = (head - 1) & mask
            items[head] = l
            count += 1
        }
        mutating func pushBack(_ l: Location) {
            if count == items.count { grow() }
            items[(head + count) & mask] = l
            count += 1
        }
        mutating func popFront() -> Location? {
            guard count > 0 else { return nil }
            let l = items[head]
            items[head] = nil
            head = (head + 1) & mask
            count -= 1
            return l
        }
    }

    func walkAll() {
        var todo = Deque()
        for loc in batch.allLocs {
            todo.pushFront(loc)
            loc.queuedWalkAll = true
        }
        for l in [batch.mutatorLoc, batch.calleeLoc, batch.heapLoc] {
            todo.pushFront(l)
            l.queuedWalkAll = true
        }
        var walkgen: UInt32 = 0
        while let root = todo.popFront() {
            root.queuedWalkAll = false
            walkgen &+= 1
            walkOne(root, walkgen) { loc in
                if !loc.queuedWalkAll {
                    loc.queuedWalkAll = true
                    if loc.has(.escapes) { todo.pushFront(loc) } else { todo.pushBack(loc) }
                }
            }
        }
    }

    func walkOne(_ root: Location, _ walkgen: UInt32, _ enqueue: (Location) -> Void) {
        root.walkgen = walkgen
        root.derefs = 0
        if root.has(.calls), case .site(let n, _) = root.kind, let clo = batch.analysis.closureOfSite[ObjectIdentifier(n)],
           clo.state != .tagged, !clo.closureResultsLost {
            clo.closureResultsLost = true
            for r in clo.results {
                if let l = batch.varLocs[ObjectIdentifier(r)] { enqueue(l) }
            }
        }
        var todo = Deque()
        todo.pushFront(root)
        while let l = todo.popFront() {
            l.queuedWalkOne = 0
            var derefs = l.derefs
            var newAttrs: Attrs = []
            if derefs < 0 {
                derefs = 0
                if outlives(root, l) {
                    newAttrs.formUnion(.all)
                } else if root.has(.persists) {
                    newAttrs.insert(.persists)
                }
            }
            if derefs == 0 {
                newAttrs.formUnion(root.attrs.intersection([.mutates, .calls]))
            }
            if l.isParam {
                if outlives(root, l) { l.leak(to: root, derefs: derefs) }
                if root.has(.mutates) { l.paramEsc.addMutator(derefs) }
                if root.has(.calls) { l.paramEsc.addCallee(derefs) }
            }
            if !newAttrs.subtracting(l.attrs).isEmpty {
                l.attrs.formUnion(newAttrs)
                enqueue(l)
                if l.has(.escapes) { continue }
            }
            for edge in l.edges {
                let src = edge.src
                if src.has(.escapes) { continue }
                let d = derefs + edge.derefs
                if src.walkgen != walkgen || src.derefs > d {
                    src.walkgen = walkgen
                    src.derefs = d
                    if src.queuedWalkOne != walkgen {
                        src.queuedWalkOne = walkgen
                        todo.pushBack(src)
                    }
                }
            }
        }
    }

    /// Whether values stored in l may outlive `other`'s storage.
    func outlives(_ l: Location, _ other: Location) -> Bool {
        if l.has(.escapes) { return true }
        if l === batch.mutatorLoc || l === batch.calleeLoc { return false }
        guard let lfn = l.fn, let ofn = other.fn else { return false }
        if l.isParamOut {
            // results of a closure called only where it is written stay in the caller's frame
            if ofn.strictlyContains(lfn) && !lfn.closureResultsLost { return false }
            return true
        }
        if lfn === ofn && l.loopDepth < other.loopDepth { return true }
        if lfn.strictlyContains(ofn) { return true }
        return false
    }
}

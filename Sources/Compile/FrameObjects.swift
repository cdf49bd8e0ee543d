// Frame objects: the variables and allocations that escape analysis keeps
// on the stack (DESIGN.md "Stacks and escape analysis").
//
// The analysis (Sources/Escape) decides per variable and per allocation
// site whether it moves to the heap. Before a body is compiled,
// `planFrameObjects` walks it and gives every object that stays in the frame slots of its own
// in a region at the bottom of the frame: below every temporary and every
// callee frame, so the region lives exactly as long as the call. Each
// object keeps its slots for the whole call; a declaration or site in a
// loop reuses them on every iteration (the analysis has proved that no
// pointer to one iteration's object outlives it: gc's loop-depth rule).
//
// The region is raw memory in the value's layout, like a heap object; code
// reaches an object through its address (`lea`), so variables that stay in
// the frame keep the cell form of VarLoc with the cell in the frame. A
// variable that closures only read (gc's capture by value) needs no cell at
// all: each closure gets a copy of its value (Closures.swift).
//
// The region is zeroed where each object is created, not at entry; before
// that its slots may hold stale words. The collector scans the region whole
// for every frame (VM/GCRoots.swift) and ignores a word that is not a live
// heap object. Invariant: a frame object's address is held only by this
// frame, the frames it calls and other frame objects (and, for the length
// of a call, by cells of code compiled without the analysis); never by the
// heap beyond the call or by another goroutine (debug builds check the
// stores of analysed code, VM/StackCheck.swift).
//
// Where the analysis has no answer the object goes to the heap: functions
// of other packages, generic instances, wrappers, any function with a
// range-over-func loop (its body is compiled as a separate function), and
// any function whose objects would not fit the region.

import Syntax
import Types
import Escape

/// The largest region a frame gives its objects (in slots: 256 KiB); a function needing more keeps them on the heap.
private let maxRegionSlots = 32 << 10
/// gc's buffer for a variable-size make that does not escape (32 bytes).
private let smallBufferSlots = 4
/// gc's tmpBuf for string results that do not escape (32 bytes).
private let stringBufferSlots = 4

extension FuncCompiler {
    /// Decides which of this body's cell variables and allocation sites live
    /// in the frame and reserves their region. `params` are the function's
    /// parameters and named results (the body's own variables are found here).
    func planFrameObjects(_ body: BlockStmt, params: [Var], captured: Set<ObjectIdentifier>) throws(CompileError) {
        guard let esc = escape else { return }
        if Self.containsRangeFunc(body, checker: checker) {
            escape = nil
            return
        }
        var offsets: [(key: ObjectIdentifier, box: Bool, off: Int, n: Int)] = []
        var total = 0
        func reserve(_ key: ObjectIdentifier, _ slots: Int, box: Bool = false) {
            let n = max(slots, 1)
            offsets.append((key, box, total, n))
            total += n
        }
        // variables: the parameters, named results and the body's declarations that need an address
        var declared = params
        walk(body) { n in
            if n is FuncLit { return false }
            if let nm = n as? Name, let v = checker.defs[ObjectIdentifier(nm)] as? Var { declared.append(v) }
            if let sw = n as? SwitchStmt {
                // a type switch's variable, one per clause
                for cc in sw.body { if let v = checker.implicits[ObjectIdentifier(cc)] as? Var { declared.append(v) } }
            }
            return true
        }
        let results = Set(resultsOfSignature.map { ObjectIdentifier($0) })
        var copiedByValue: [ObjectIdentifier] = []
        for v in declared where heapVars.contains(ObjectIdentifier(v)) {
            let id = ObjectIdentifier(v)
            if captured.contains(id), esc.capturedByValue[id] == true {
                // closures copy the value; a result is assigned by `return`, so it keeps a cell
                if !results.contains(id) { copiedByValue.append(id) }
                continue
            }
            if !esc.isHeap(v) { reserve(id, TypeTable.slots(vt(v))) }
        }
        // gosub evaluates a go or defer statement's `...` slice at the statement,
        // gc in the wrapper it makes: a go statement's slice, and a defer's that
        // may run again before the function returns (in a loop), stay on the heap
        var heapVariadics = Set<ObjectIdentifier>(), allCalls = Set<ObjectIdentifier>()
        var hasGoto = false
        func note(_ n: Node, inLoop: Bool) -> Bool {
            if n is FuncLit { return false }
            if let b = n as? BranchStmt, b.tok == .kwGoto { hasGoto = true }
            if let s = n as? CallStmt {
                let call = ObjectIdentifier(unparen(s.call))
                allCalls.insert(call)
                if s.tok == .kwGo || inLoop { heapVariadics.insert(call) }
            }
            return true
        }
        walk(body) { n in
            // a loop's statements are walked once, marked as in a loop
            if n is ForStmt { walk(n) { note($0, inLoop: true) }; return false }
            return note(n, inLoop: false)
        }
        if hasGoto { heapVariadics.formUnion(allCalls) }
        // allocation sites
        walk(body) { n in
            if let e = n as? Expr, let site = esc.implicitConversions[ObjectIdentifier(e)], esc.escapes(site) == false {
                reserveBox(e)
            }
            switch n {
            case let f as FuncLit:
                if esc.escapes(f) == false {
                    let caps = CellCandidates.captures(of: f, checker: checker)
                    if !caps.isEmpty { reserve(ObjectIdentifier(f), 1 + caps.reduce(0) { $0 + max(1, TypeTable.slots(vt($1))) }) }
                }
                return false
            case let o as Operation where o.op == .and && o.y == nil:
                if unparen(o.x) is CompositeLit, esc.escapes(o) == false, let p = tvType(o)?.underlying as? Types.Pointer {
                    reserve(ObjectIdentifier(o), TypeTable.slots(p.elem))
                }
            case let o as Operation where o.op == .add && o.y != nil:
                // a concatenation: gc's 32-byte buffer
                if esc.escapes(o) == false, let t = tvType(o), TypeTable.kind(t) == .string { reserve(ObjectIdentifier(o), stringBufferSlots) }
            case let c as CompositeLit:
                guard esc.escapes(c) == false, let t = tvType(c) else { break }
                switch t.underlying {
                case let sl as Types.Slice: reserve(ObjectIdentifier(c), arraySlots(sl.elem, Self.sliceLiteralLength(c, checker: checker)))
                case is Types.MapType: break
                case let p as Types.Pointer: reserve(ObjectIdentifier(c), TypeTable.slots(p.elem))
                default: reserve(ObjectIdentifier(c), TypeTable.slots(t))     // an elided &T{…}
                }
            case let c as CallExpr:
                if isTypeExpr(c.fun) {
                    if c.args.count == 1, let t = tvType(c), isInterfaceType(t), esc.escapes(c) == false { reserveBox(c.args[0]) }
                    if c.args.count == 1, esc.escapes(c) == false, let to = tvType(c), let from = tvType(c.args[0]) {
                        let runes = (to.underlying as? Types.Slice).map { TypeTable.kind($0.elem) == .int32 } ?? false
                        if TypeTable.kind(from) == .string, let sl = to.underlying as? Types.Slice, let k = constantStringConversion(c) {
                            // a constant string: an array of exactly its bytes or runes (gc's walkStringToBytes)
                            reserve(ObjectIdentifier(c), arraySlots(sl.elem, k.count))
                        } else if TypeTable.kind(to) == .string && from.underlying is Types.Slice || TypeTable.kind(from) == .string && to.underlying is Types.Slice {
                            // gc's buffers: 32 bytes, 32 runes for []rune(s)
                            reserve(ObjectIdentifier(c), runes ? 4 * stringBufferSlots : stringBufferSlots)
                        }
                    }
                    break
                }
                if !heapVariadics.contains(ObjectIdentifier(c)), let s = esc.variadicSlices[ObjectIdentifier(c)], esc.escapes(s) == false,
                   let sig = calleeSignature(c), sig.variadic,
                   let sl = sig.params.vars.last?.type?.underlying as? Types.Slice {
                    var values = c.args.count
                    if c.args.count == 1, let inner = unparen(c.args[0]) as? CallExpr, let t = tvType(inner) as? Tuple { values = t.count }
                    let extra = values - (sig.params.count - 1)
                    if extra > 0 { reserve(ObjectIdentifier(c), arraySlots(sl.elem, extra)) }
                }
                switch builtinID(c.fun) {
                case .new?:
                    let decided = esc.newValueTemps[ObjectIdentifier(c)].map { esc.isHeap($0) } ?? esc.escapes(c)
                    if decided == false, let p = tvType(c)?.underlying as? Types.Pointer { reserve(ObjectIdentifier(c), TypeTable.slots(p.elem)) }
                case .make?:
                    // a constant size in the frame; a variable one in a 32-byte buffer when it fits (gc since Go 1.25)
                    if esc.escapes(c) == false, let sl = tvType(c)?.underlying as? Types.Slice {
                        if let n = constantLenCap(c) { reserve(ObjectIdentifier(c), arraySlots(sl.elem, n.cap)) }
                        else if TypeTable.size(sl.elem) > 0 { reserve(ObjectIdentifier(c), smallBufferSlots) }
                    }
                default: break
                }
            case let s as SelectorExpr:
                if esc.escapes(s) == false, let xt = tvType(s.x) {
                    // the bound receiver: the interface, or the method's receiver (*p for a value method on a pointer)
                    var recv = TypeTable.slots(xt)
                    if case .method(let m, _) = selection(xt, s.sel.value, in: checker.pkg), let rt = m.signature.recv?.type {
                        recv = max(recv, TypeTable.slots(sub(rt)))
                    }
                    reserve(ObjectIdentifier(s), 1 + (isInterfaceType(xt) ? 2 : recv))
                }
            default: break
            }
            return true
        }
        func reserveBox(_ e: Expr) {
            var t = typeOf(e)
            if let b = tvType(e) as? Basic, b.isUntyped { t = defaultTypeOf(b) }
            if !isInterfaceType(t) && !Self.isPointerShaped(t) && TypeTable.size(t) > 0 { reserve(ObjectIdentifier(e), TypeTable.slots(t), box: true) }
        }
        if total > maxRegionSlots {
            // too much for the frame: this function keeps everything on the heap, as one
            escape = nil
            return
        }
        for id in copiedByValue { heapVars.remove(id) }
        fb.meta.usesEscapeAnalysis = true
        guard total > 0 else { return }
        let base = try fb.alloc(total)
        fb.meta.frameObjectSlots = base..<base + total
        for o in offsets {
            let r = base + o.off ..< base + o.off + o.n
            if o.box { frameBoxes[o.key] = r } else { frameObjects[o.key] = r }
            fb.meta.frameObjects.append(r)
        }
    }

    /// The bytes ([]byte) or runes ([]rune) of a conversion of a constant string, as int64 values.
    func constantStringConversion(_ c: CallExpr) -> [Int64]? {
        guard c.args.count == 1, let v = tv(c.args[0])?.value, let sl = tvType(c)?.underlying as? Types.Slice else { return nil }
        let bytes = v.stringBytes
        guard !bytes.isEmpty else { return nil }
        if TypeTable.kind(sl.elem) == .uint8 { return bytes.map { Int64($0) } }
        // runes of valid UTF-8 only (the runtime decodes the rest as Go does)
        let text = String(decoding: bytes, as: UTF8.self)
        guard Array(text.utf8) == bytes else { return nil }
        return text.unicodeScalars.map { Int64($0.value) }
    }

    /// The signature a call's arguments are passed by (a generic function's instance's).
    func calleeSignature(_ c: CallExpr) -> Signature? {
        if let (gf, targs) = genericCallee(unparen(c.fun), call: c) {
            guard let targs else { return nil }
            var m: [ObjectIdentifier: GoType] = [:]
            for (i, tp) in gf.signature.tparams.enumerated() { m[ObjectIdentifier(tp)] = targs[i] }
            let g = gf.signature
            return substitute(Signature(params: g.params, results: g.results, variadic: g.variadic), m) as? Signature
        }
        return tvType(c.fun)?.underlying as? Signature
    }

    /// The slots of an array of n elements of type t.
    func arraySlots(_ t: GoType, _ n: Int) -> Int { TypeTable.slots(Types.ArrayType(t, Int64(n))) }

    /// The named results of the function being compiled.
    private var resultsOfSignature: [Var] { sig.results.vars }

    /// The constant length and capacity of make([]T, n[, m]), when both are constants.
    func constantLenCap(_ c: CallExpr) -> (len: Int, cap: Int)? {
        func value(_ a: Expr) -> Int? {
            guard let v = tv(a)?.value, case let (n, exact) = v.toInt.int64Value, exact, n >= 0, n <= Int64(maxRegionSlots * 8) else { return nil }
            return Int(n)
        }
        guard c.args.count > 1, let n = value(c.args[1]) else { return nil }
        guard c.args.count > 2 else { return (n, n) }
        guard let m = value(c.args[2]), n <= m else { return nil }
        return (n, m)
    }

    /// make([]T, …) kept in the frame: its backing array in the planned slots (a
    /// constant size), or for a variable size, in a 32-byte buffer when the capacity
    /// fits, else on the heap (where makeslice also reports bad sizes). False: not in the frame.
    func makeSliceInFrame(_ c: CallExpr, _ sl: Types.Slice, into dst: Int) throws(CompileError) -> Bool {
        guard let r = frameObject(c) else { return false }
        let es = TypeTable.size(sl.elem)
        if let n = constantLenCap(c) {
            let slots = arraySlots(sl.elem, n.cap)
            guard slots <= r.count else { return false }
            if slots > 0 { fb.emit(.zero, r.lowerBound, slots) }
            fb.emit(.lea, dst, r.lowerBound)
            fb.loadInt(dst + 1, Int64(n.len))
            fb.loadInt(dst + 2, Int64(n.cap))
            return true
        }
        guard es > 0, r.count >= smallBufferSlots else { return false }
        let n = try valueSlots(c.args[1])
        let m = c.args.count > 2 ? try valueSlots(c.args[2]) : n
        let heap = fb.newLabel(), done = fb.newLabel()
        let zero = try fb.alloc(1), limit = try fb.alloc(1)
        fb.loadInt(zero, 0)
        fb.loadInt(limit, Int64(smallBufferSlots * 8 / es))
        fb.jumpCmp(.jltI, n, zero, heap)
        fb.jumpCmp(.jltI, m, n, heap)
        fb.jumpCmp(.jltI, limit, m, heap)
        fb.emit(.zero, r.lowerBound, smallBufferSlots)
        fb.emit(.lea, dst, r.lowerBound)
        fb.emit(.mov, dst + 1, n)
        fb.emit(.mov, dst + 2, m)
        fb.jump(done)
        fb.bind(heap)
        fb.emit(.makeSlice, dst, n, m); fb.imm(compiler.types.id(sl.elem))
        fb.bind(done)
        return true
    }

    /// Types an interface holds directly in its data word (no storage).
    static func isPointerShaped(_ t: GoType) -> Bool {
        switch t.underlying {
        case is Types.Pointer, is Chan, is Types.MapType, is Signature: return true
        case let b as Basic: return b.kind == .unsafePointer
        default: return false
        }
    }

    /// The length of a slice literal: one past its largest index.
    static func sliceLiteralLength(_ c: CompositeLit, checker: Checker) -> Int {
        var count = 0, idx = 0
        for e in c.elems {
            if let kv = e as? KeyValueExpr, let v = checker.types[ObjectIdentifier(kv.key)]?.value { idx = Int(v.toInt.int64Value.0) }
            idx += 1
            count = max(count, idx)
        }
        return count
    }

    static func containsRangeFunc(_ body: BlockStmt, checker: Checker) -> Bool {
        var found = false
        walk(body) { n in
            if found || n is FuncLit { return false }
            if let f = n as? ForStmt, let r = f.initStmt as? RangeClause,
               checker.types[ObjectIdentifier(r.x)]?.type.underlying is Signature { found = true }
            return !found
        }
        return found
    }

    // MARK: creating objects

    /// R[dst] = the address of a new zeroed object of type t for `key` (a
    /// variable or an allocation site): in the frame when planned there, else
    /// on the heap. `overwritten`: the caller stores a whole value there next
    /// (a frame object need not be zeroed first).
    func newObject(_ dst: Int, _ t: GoType, for key: AnyObject?, overwritten: Bool = false) throws(CompileError) {
        let n = TypeTable.slots(t)
        if let key, let r = frameObjects[ObjectIdentifier(key)], n <= r.count {
            if n > 0 && !overwritten { fb.emit(.zero, r.lowerBound, n) }
            fb.emit(.lea, dst, r.lowerBound)
            return
        }
        fb.emit(.newObj, dst)
        fb.imm(compiler.types.id(t))
    }

    /// Offers the frame buffer planned for a string operation's site to the next instruction (tmpBuf).
    func offerStringBuffer(_ site: Node) {
        guard let r = frameObject(site) else { return }
        fb.emit(.tmpBuf, r.lowerBound, r.count * 8)
    }

    /// The frame slots planned for a site, if it stays in the frame.
    func frameObject(_ key: AnyObject) -> Range<Int>? { frameObjects[ObjectIdentifier(key)] }

    /// Whether v's cell is in the frame (it is created once per call, not per iteration).
    func hasFrameCell(_ v: Var) -> Bool { frameObjects[ObjectIdentifier(v)] != nil }
}

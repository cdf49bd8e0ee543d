// Function literals and method values as closure objects.
//
// A closure is a funcval as gc lays it out: `struct { F uintptr; X0 T0; … }`,
// the function's index then the captured words. A variable captured by
// reference contributes its cell's address; one captured by value (gc's
// rule: never reassigned, at most 128 bytes, which escape analysis
// decides) a copy of its value, in slot shape. A method value binds its
// receiver the same way. The object lives in the frame when its site does
// not escape (FrameObjects.swift), else on the heap (`makeClo` with the
// layout's type); a literal that captures nothing is a static funcval.

import Syntax
import Types
import Bytecode

extension FuncCompiler {
    func funcLit(_ f: FuncLit, into dst: Int) throws(CompileError) {
        guard let sig = tvType(f) as? Signature else { throw CompileError(f.pos, "gosub: internal error: func literal type") }
        closureCount += 1
        // gc's names: F.func1 in a function, F.func1.1 in a closure
        let idx = compiler.newFunc(name: "\(fb.meta.name).\(isClosure ? "" : "func")\(closureCount)", pos: f.pos)
        let caps = CellCandidates.captures(of: f, checker: checker)
        let byValue = captureModes(caps)
        let comp = compiler
        let subst = self.subst
        let names = self.substNameOf
        let checker = self.checker
        let escape = self.escape
        compiler.queue.append((idx, { () throws(CompileError) -> Void in
            let fc = FuncCompiler(compiler: comp, index: idx, sig: sig, recvObj: nil, subst: subst, names: names, checker: checker)
            fc.isClosure = true
            fc.escape = escape
            fc.capturedByValue = byValue
            try fc.compileBody(f.type, recv: nil, body: f.body, captures: caps)
        }))
        // without captures the closure is a static funcval, as gc makes it (no allocation)
        if caps.isEmpty { fb.loadStatic(dst, compiler.staticClosure(idx)); return }
        try makeClosure(idx, caps, byValue: byValue, into: dst, at: f)
    }

    /// Whether a closure captures each variable by value: those not in a cell
    /// here (escape analysis let them be copied) and those this function got by value.
    func captureModes(_ caps: [Var]) -> [Bool] {
        caps.map { v in
            guard case .cell? = vars[ObjectIdentifier(v)] else { return true }
            return byValueCaptures.contains(ObjectIdentifier(v))
        }
    }

    /// dst = a closure of function idx over the captured variables, in order:
    /// a copy of the value of those captured by value, the cell of the others.
    func makeClosure(_ idx: Int, _ caps: [Var], byValue: [Bool], into dst: Int, at: FuncLit?) throws(CompileError) {
        let types = caps.enumerated().map { i, v in byValue[i] ? vt(v) : Types.Pointer(vt(v)) }
        let base = try fb.alloc(max(types.reduce(0) { $0 + TypeTable.slots($1) }, 1))
        var slot = base
        for (i, v) in caps.enumerated() {
            switch vars[ObjectIdentifier(v)] {
            case .cell(let c)? where !byValue[i]: fb.emit(.mov, slot, c)
            case .cell(let c)?: try loadFrom(.mem(c, 0), types[i], into: slot)
            case .frame(let s)?: try move(slot, s, TypeTable.slots(types[i]))
            default: throw CompileError(at?.pos ?? v.pos, "gosub: internal error: captured \(v.name) has no place")
            }
            slot += TypeTable.slots(types[i])
        }
        try emitClosure(idx, from: base, captured: types, into: dst, site: at)
    }


    /// The layout of a closure object as gc declares it: `struct { F uintptr;
    /// X0 T0; … }`, each captured word group starting on its own slot (the
    /// values are copied in slot shape).
    func closureType(_ captured: [GoType]) -> GoType {
        var fields = [Var(name: "F", pos: .none, type: Universe.uintptr, pkg: nil, isField: true)]
        for (i, t) in captured.enumerated() {
            fields.append(Var(name: "X\(i)", pos: .none, type: t, pkg: nil, isField: true))
            let pad = TypeTable.slots(t) * 8 - TypeTable.size(t)
            if pad > 0 {
                fields.append(Var(name: "_", pos: .none, type: Types.ArrayType(Universe.byteType, Int64(pad)), pkg: nil, isField: true))
            }
        }
        return Struct(fields)
    }

    /// dst = a closure of function idx holding the slots from `base` (the
    /// captured words, laid out as `captured`): in the frame when `site`
    /// stays there, else a heap object.
    func emitClosure(_ idx: Int, from base: Int, captured: [GoType], into dst: Int, site: Node?) throws(CompileError) {
        let n = captured.reduce(0) { $0 + TypeTable.slots($1) }
        if let site, let r = frameObjects[ObjectIdentifier(site)], 1 + n <= r.count {
            fb.loadInt(r.lowerBound, Int64(idx))
            try move(r.lowerBound + 1, base, n)
            fb.emit(.lea, dst, r.lowerBound)
            return
        }
        fb.emit(.makeClo, dst, base, n)
        fb.imm(idx)
        fb.imm(compiler.types.id(closureType(captured)))
    }
}

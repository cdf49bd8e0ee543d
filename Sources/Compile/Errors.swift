// errors.New and fmt.Errorf (without %w), compiled inline: the value is a
// *errors.errorString as in Go — a runtime type the compiler makes up
// (struct{ s string } and a pointer to it) whose method set holds a small
// generated Error method — converted to the `error` interface.

import Base
import Syntax
import Types
import Bytecode

extension Compiler {
    /// Type ids of errors.errorString and *errors.errorString (made once).
    func errorStringTypes() throws(CompileError) -> (Int, Int) {
        if let e = errorStringIDs { return e }
        let e = try errorStringTypes(pkg: "errors", name: "errorString")
        errorStringIDs = e
        return e
    }

    /// A made-up error type pkg.name (struct{ s string }) whose pointer's Error method returns s.
    func errorStringTypes(pkg: String, name: String) throws(CompileError) -> (Int, Int) {
        let str = types.id(Universe.string)
        let s = types.syntheticType("\(pkg).\(name)", kind: .structure, size: 16, ptrMask: [1])
        program.types[s].fields = [RField(name: "s", type: str, offset: 0, embedded: false, exported: false)]
        let p = types.syntheticType("*\(pkg).\(name)", kind: .pointer, size: 8, ptrMask: [1])
        program.types[p].elem = s
        // func (e *errorString) Error() string { return e.s }
        let fn = newFunc(name: "\(pkg).(*\(name)).Error", pos: .none)
        let meta = program.funcs[fn]
        meta.paramSlots = 1
        meta.resultSlots = 2
        let fb = FuncBuilder(meta: meta, firstFree: FrameHeader.size + 3)
        fb.emit(.nilchk, FrameHeader.size)
        fb.emit(.ld64, FrameHeader.size + 1, FrameHeader.size, 0)
        fb.emit(.ld64, FrameHeader.size + 2, FrameHeader.size, 8)
        fb.emit(.ret)
        try finish(fn, fb)
        program.types[p].methods = [RMethod(name: "Error", fn: fn, stringer: true)]
        return (s, p)
    }
}

extension TypeTable {
    /// A runtime type with no Go type behind it.
    func syntheticType(_ name: String, kind: RKind, size: Int, ptrMask: [UInt8]) -> Int {
        let tid = program.types.count
        let r = RType(id: tid, kind: kind, size: size, align: 8, name: name)
        r.named = !name.hasPrefix("*")
        r.gcmask = ptrMask
        r.ptrdata = ptrMask.isEmpty ? 0 : size
        program.types.append(r)
        goTypes.append(nil)
        var d = [UInt8](repeating: 0, count: TypeDescriptor.size)
        for i in 0..<8 { d[i] = UInt8(truncatingIfNeeded: UInt64(size) >> (8 * UInt64(i))) }
        for i in 0..<8 { d[8 + i] = UInt8(truncatingIfNeeded: UInt64(r.ptrdata) >> (8 * UInt64(i))) }
        let w = UInt64(tid) | UInt64(kind.rawValue) << 32 | UInt64(8) << 40
        for i in 0..<8 { d[16 + i] = UInt8(truncatingIfNeeded: w >> (8 * UInt64(i))) }
        r.descriptorOffset = program.addStatic(d)
        return tid
    }
}

extension FuncCompiler {
    /// errors.New(s) / fmt.Errorf(format, args…) into dst (an `error`); false if c is neither.
    func errorConstructor(_ qual: String, _ c: CallExpr, sig: Signature, into dst: Int) throws(CompileError) -> Bool {
        guard qual == "errors.New" || qual == "fmt.Errorf" else { return false }
        let s: Int
        if qual == "errors.New" {
            s = try valueSlots(c.args[0], Universe.string)
        } else {
            if let f = tv(c.args[0])?.value, f.stringValue.contains("%w") {
                throw CompileError.unsupported(startPos(c), "fmt.Errorf with %w is")
            }
            if tv(c.args[0])?.value == nil { throw CompileError.unsupported(startPos(c), "fmt.Errorf with a non-constant format is") }
            let base = try fb.alloc(5)
            try arguments(c, sig: sig, into: base)
            try preformat(c, slice: base + 2, fixed: 1)
            fb.emitBC(.callNat, base, NativeID.fmtSprintf.rawValue)
            s = base
        }
        let (st, pt) = try compiler.errorStringTypes()
        let cell = try fb.alloc(1)
        fb.emit(.newObj, cell); fb.imm(st)
        fb.emit(.st64, cell, s, 0)
        fb.emit(.st64, cell, s + 1, 8)
        fb.emit(.box, dst, cell, pt)
        fb.emit(.toItab, dst, compiler.types.id(Universe.errorType))
        return true
    }
}

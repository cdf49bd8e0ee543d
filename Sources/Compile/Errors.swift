// Errors the compiler builds: fmt.Errorf (its message formatted natively,
// then errors.New, which is Go code, or with %w a *fmt.wrapError, a runtime
// type the compiler makes up), and errors.As inline.

import Base
import Syntax
import Types
import Bytecode

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
    /// fmt.Errorf(format, args…) into dst (an `error`), and errors.As; false for other functions.
    /// Without %w the message goes to errors.New (written in Go), as in Go.
    func errorConstructor(_ qual: String, _ c: CallExpr, sig: Signature, into dst: Int) throws(CompileError) -> Bool {
        if try errorsIntrinsic(qual, c, into: dst) { return true }
        guard qual == "fmt.Errorf" else { return false }
        if let f = tv(c.args[0])?.value, let k = Self.wrapArgument(f.stringBytes) {
            if k == -1 { throw CompileError.unsupported(startPos(c), "fmt.Errorf with indexed %w is") }
            if k == -2 {
                try errorfWrapMany(c, sig: sig, Self.wrapArguments(f.stringBytes) ?? [], into: dst)
                return true
            }
            // an operand that is no error is a bad verb, and Errorf returns a plain error
            let operand = k + 1 < c.args.count ? typeOf(c.args[k + 1]) : Universe.invalid
            if case .method = selection(operand, "Error", in: checker.pkg) {
                try errorfWrap(c, sig: sig, k: k, into: dst)
                return true
            }
        }
        if tv(c.args[0])?.value == nil { throw CompileError.unsupported(startPos(c), "fmt.Errorf with a non-constant format is") }
        guard let newFn = Importer.shared.importPackage("errors")?.scope.lookup("New") as? Func, newFn.hasBody else {
            throw CompileError(c.pos, "gosub: internal error: errors.New")
        }
        let call = try fb.alloc(FrameHeader.size + 4)
        let base = try fb.alloc(5)
        try arguments(c, sig: sig, into: base)
        try preformat(c, slice: base + 2, fixed: 1)
        fb.emitBC(.callNat, base, NativeID.fmtErrorfMessage.rawValue)
        fb.emit(.mov2, call + FrameHeader.size, base)
        fb.line(c.pos)
        fb.emitBC(.call, call, compiler.function(newFn))
        fb.emit(.mov2, dst, call + FrameHeader.size + 2)
        return true
    }
}

// MARK: wrapping: fmt.Errorf with %w, errors.As

extension Compiler {
    /// fmt.wrapError {msg string; err error} and its pointer, with Error and Unwrap.
    func wrapErrorTypes() throws(CompileError) -> (Int, Int) {
        if let w = wrapErrorIDs { return w }
        let str = types.id(Universe.string), err = types.id(Universe.errorType)
        let s = types.syntheticType("fmt.wrapError", kind: .structure, size: 32, ptrMask: [0b1001])
        program.types[s].fields = [RField(name: "msg", type: str, offset: 0, embedded: false, exported: false),
                                   RField(name: "err", type: err, offset: 16, embedded: false, exported: false)]
        let p = types.syntheticType("*fmt.wrapError", kind: .pointer, size: 8, ptrMask: [1])
        program.types[p].elem = s
        func method(_ name: String, _ off: Int) throws(CompileError) -> Int {
            let fn = newFunc(name: "fmt.(*wrapError).\(name)", pos: .none)
            let meta = program.funcs[fn]
            meta.paramSlots = 1
            meta.resultSlots = 2
            let fb = FuncBuilder(meta: meta, firstFree: FrameHeader.size + 3)
            fb.emit(.nilchk, FrameHeader.size)
            fb.emit(.ld64, FrameHeader.size + 1, FrameHeader.size, off)
            fb.emit(.ld64, FrameHeader.size + 2, FrameHeader.size, off + 8)
            fb.emit(.ret)
            try finish(fn, fb)
            return fn
        }
        let errFn = try method("Error", 0), unwrapFn = try method("Unwrap", 16)
        program.types[p].methods = [RMethod(name: "Error", fn: errFn, stringer: true, sig: "() string"),
                                    RMethod(name: "Unwrap", fn: unwrapFn, stringer: false, sig: "() error")]
        wrapErrorIDs = (s, p)
        return (s, p)
    }

}

extension FuncCompiler {
    /// Index of the argument %w formats in a constant format (nil: none; -1: more than one or indexed).
    static func wrapArgument(_ format: [UInt8]) -> Int? {
        guard let all = wrapArguments(format) else { return -1 }
        return all.isEmpty ? nil : (all.count == 1 ? all[0] : -2)
    }

    /// The operand indexes of a format's %w verbs; nil when an argument index (%[n]) is used.
    static func wrapArguments(_ format: [UInt8]) -> [Int]? {
        var arg = 0
        var found: [Int] = []
        var i = 0
        while i < format.count {
            if format[i] != UInt8(ascii: "%") { i += 1; continue }
            i += 1
            while i < format.count, "+-# 0".utf8.contains(format[i]) { i += 1 }
            while i < format.count, format[i] >= 48 && format[i] <= 57 || format[i] == UInt8(ascii: "*") || format[i] == UInt8(ascii: ".") {
                if format[i] == UInt8(ascii: "*") { arg += 1 }
                i += 1
            }
            guard i < format.count else { break }
            let v = format[i]
            i += 1
            if v == UInt8(ascii: "%") { continue }
            if v == UInt8(ascii: "[") { return nil }
            if v == UInt8(ascii: "w") { found.append(arg) }
            arg += 1
        }
        return found
    }

    /// fmt.Errorf(format, args…) with several %w: the message formatted natively, then
    /// fmt's Go helper newWrapErrors keeps the operands that are errors (a *fmt.wrapErrors).
    func errorfWrapMany(_ c: CallExpr, sig: Signature, _ ks: [Int], into dst: Int) throws(CompileError) {
        guard let make = Importer.shared.importPackage("fmt")?.scope.lookup("newWrapErrors") as? Func, make.hasBody else {
            throw CompileError(c.pos, "gosub: internal error: fmt.newWrapErrors")
        }
        let call = try fb.alloc(FrameHeader.size + 2 + 3 + 2)
        let base = try fb.alloc(5)
        try arguments(c, sig: sig, into: base)
        let p = call + FrameHeader.size
        // the %w operands as they are (the formatting below replaces Error values by their text)
        let anyT = Types.Slice(Universe.anyType)
        let ops = try fb.alloc(1), w = try fb.alloc(1)
        try newObject(ops, Types.ArrayType(anyT.elem, Int64(ks.count)), for: nil)
        for (j, k) in ks.enumerated() {
            fb.emit(.ld64, w, base + 2, 16 * k)
            fb.emit(.st64, ops, w, 16 * j)
            fb.emit(.ld64, w, base + 2, 16 * k + 8)
            fb.emit(.st64, ops, w, 16 * j + 8)
        }
        fb.emit(.mov, p + 2, ops)
        fb.loadInt(p + 3, Int64(ks.count)); fb.loadInt(p + 4, Int64(ks.count))
        try preformat(c, slice: base + 2, fixed: 1)
        fb.line(c.pos)
        fb.emitBC(.callNat, base, NativeID.fmtErrorfMessage.rawValue)
        fb.emit(.mov2, p, base)                          // msg
        fb.emitBC(.call, call, compiler.function(make))
        fb.emit(.mov2, dst, p + 5)
    }

    /// fmt.Errorf(format, args…) whose format has one %w: a *fmt.wrapError.
    func errorfWrap(_ c: CallExpr, sig: Signature, k: Int, into dst: Int) throws(CompileError) {
        let args = Array(c.args.dropFirst())
        guard k < args.count else { throw CompileError.unsupported(startPos(c), "fmt.Errorf with this %w is") }
        let errT = Universe.errorType
        let base = try fb.alloc(5)
        try expr(c.args[0], into: base, as: Universe.string)
        let anyT = sig.params.vars[1].type! as! Types.Slice
        let arr = try fb.alloc(1)
        try newObject(arr, Types.ArrayType(anyT.elem, Int64(args.count)), for: nil)
        let werr = try fb.alloc(2)
        for (i, a) in args.enumerated() {
            let mark = fb.top
            let v = try fb.alloc(2)
            if i == k {
                try expr(a, into: werr, as: errT)
                fb.emit(.ifaceType, v, werr)
            } else {
                try expr(a, into: v, as: anyT.elem)
            }
            fb.emit(.st64, arr, v, 16 * i)
            fb.emit(.st64, arr, v + 1, 16 * i + 8)
            fb.top = mark
        }
        fb.emit(.mov, base + 2, arr)
        fb.loadInt(base + 3, Int64(args.count)); fb.loadInt(base + 4, Int64(args.count))
        try preformat(c, slice: base + 2, fixed: 1)
        fb.line(c.pos)
        fb.emitBC(.callNat, base, NativeID.fmtErrorfMessage.rawValue)
        let (st, pt) = try compiler.wrapErrorTypes()
        let cell = try fb.alloc(1)
        fb.emit(.newObj, cell); fb.imm(st)
        fb.emit(.st64, cell, base, 0)
        fb.emit(.st64, cell, base + 1, 8)
        fb.emit(.st64, cell, werr, 16)
        fb.emit(.st64, cell, werr + 1, 24)
        fb.emit(.box, dst, cell, pt)
        fb.emit(.toItab, dst, compiler.types.id(errT))
    }


    /// errors.As, inline (it needs the target's static type); false for other functions.
    /// (errors.Is and Unwrap are written in Go: GoLibrary.)
    func errorsIntrinsic(_ qual: String, _ c: CallExpr, into dst: Int) throws(CompileError) -> Bool {
        let errT = Universe.errorType
        switch qual {
        case "errors.As":
            // the target's static type *T tells what to look for
            guard let pt = typeOf(c.args[1]).underlying as? Types.Pointer else { return false }
            let T = pt.elem
            try checkSupported(T, at: c)
            guard let tree = Importer.shared.importPackage("errors")?.scope.lookup("tree") as? Func, tree.hasBody else {
                throw CompileError(c.pos, "gosub: internal error: errors.tree")
            }
            // the errors the chain or tree of err holds, in As's order (errors.tree, Go code)
            // (the target's slot lies below the call area: the callee's frame starts there)
            let p = try fb.alloc(1)
            let call = try fb.alloc(FrameHeader.size + 2 + 3)
            try expr(c.args[0], into: call + FrameHeader.size, as: errT)
            try expr(c.args[1], into: p)
            fb.emit(.nilchk, p)
            fb.line(c.pos)
            fb.emitBC(.call, call, compiler.function(tree))
            let list = call + FrameHeader.size + 2     // []error
            let n = TypeTable.slots(T)
            let i = try fb.alloc(1), one = try fb.alloc(1), e = try fb.alloc(2), ea = try fb.alloc(2), v = try fb.alloc(n + 1)
            let at = try fb.alloc(1), stride = try fb.alloc(1)
            fb.loadInt(i, 0)
            fb.loadInt(one, 1)
            fb.loadInt(stride, 16)
            fb.loadInt(dst, 0)
            let loop = fb.newLabel(), found = fb.newLabel(), end = fb.newLabel()
            fb.bind(loop)
            fb.jumpCmp(.jleI, list + 1, i, end)        // i >= len: not found (dst 0)
            fb.emit(.mulI, at, i, stride)
            fb.emit(.addI, at, list, at)
            fb.emit(.ld64, e, at, 0)
            fb.emit(.ld64, e + 1, at, 8)
            fb.emit(.ifaceType, ea, e)
            fb.emit(.assert, v, ea, n, d: 1 | (isInterfaceType(T) ? 2 : 0))
            fb.imm(compiler.types.id(T)); fb.imm(compiler.types.id(errT))
            fb.jumpIf(v + n, found, when: true)
            fb.emit(.addI, i, i, one)
            fb.jump(loop)
            fb.bind(found)
            try storeTo(.mem(p, 0), T, from: v)
            fb.loadInt(dst, 1)
            fb.bind(end)
            return true
        default:
            return false
        }
    }
}

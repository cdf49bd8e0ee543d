// How calls of fmt compile. Before the native formats, each operand whose
// dynamic type has a method fmt would call gets it called in Go, through fmt's
// helper formatMethod (Format for any verb, GoString for %#v, Error or String),
// and is replaced by the boxed result; then the values inside the operands
// (FmtNested in the VM). Fprint* to os.Stdout and os.Stderr are the print
// natives; to any other writer, Sprint* and one Write call.

import Base
import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    /// Before a fmt call: each argument whose dynamic type has an Error or
    /// String method gets it called (in Go, on this goroutine) and is
    /// replaced by a preformatted value that keeps the original.
    func preformat(_ c: CallExpr, slice: Int, fixed: Int) throws(CompileError) {
        if c.hasDots { return try preformatSpread(slice: slice, formatted: fixed == 1) }
        var argTypes = c.args.dropFirst(fixed).map { typeOf($0) }
        if c.args.count == 1, let inner = unparen(c.args[0]) as? CallExpr, let rtypes = multiResultTypes(inner) {
            argTypes = Array(rtypes.dropFirst(fixed))
        }
        try callFormatMethods(argTypes, slice: slice, format: fixed == 1 ? c.args[0] : nil)
    }

    /// Calls String or Error on each operand of the []any at `slice` that may
    /// have one and that fmt formats through it: for a Printf-style call (its
    /// format string in the two slots below the slice) the operands its verbs
    /// route through a method, decided here for a constant format and by the
    /// fmtMethodOperands native for one known only at run time.
    func callFormatMethods(_ argTypes: [GoType], slice: Int, format: Expr?) throws(CompileError) {
        if argTypes.contains(where: { mayHaveFormatMethod($0) || mayHaveMethod($0, "GoString") || mayHaveMethod($0, "Format") }) {
            try callOperandFormatMethods(argTypes, slice: slice, format: format)
        }
        // then values inside the operands (the operands themselves are preformatted by then)
        var seen = Set<ObjectIdentifier>()
        if argTypes.contains(where: { mayContainFormatMethods($0, &seen) }) {
            try callNestedFormatMethods(slice: slice, formatted: format != nil)
        }
    }

    /// The String/Error methods of the operands themselves, replacing them by preformatted values.
    func callOperandFormatMethods(_ argTypes: [GoType], slice: Int, format: Expr?) throws(CompileError) {
        let constant: [UInt8]? = format.flatMap { f in
            if let v = tv(f)?.value, case .string(let b) = v { return b }
            return nil
        }
        let walked = constant.map { FormatVerbs.operands($0, count: argTypes.count) }
        var mask: Int? = nil
        if format != nil && constant == nil {
            let m = try fb.alloc(3)
            fb.emit(.mov, m, slice - 2)
            fb.emit(.mov, m + 1, slice - 1)
            fb.loadInt(m + 2, Int64(argTypes.count))
            fb.emitBC(.callNat, m, NativeID.fmtMethodOperands.rawValue)
            mask = m
        }
        let tmp = try fb.alloc(2)
        for (i, t) in argTypes.enumerated() {
            // which methods fmt would call: Format (any verb whose form is known), GoString (%#v), Error/String
            let use: FormatVerbs.VerbUse? = format == nil ? FormatVerbs.VerbUse(verb: UInt8(ascii: "v")) : walked?.uses[i]
            var mode = 0
            if let u = use, !u.dynamic, mayHaveMethod(t, "Format") { mode |= FormatMode.formatter }
            if walked?.goSyntax.contains(i) == true && mayHaveMethod(t, "GoString") { mode |= FormatMode.goString }
            let methods = mayHaveFormatMethod(t) && (walked.map { $0.methods.contains(i) } ?? true)
            if methods { mode |= FormatMode.methods }
            if mode == 0 { continue }
            var skip: Int? = nil
            if let m = mask, methods {
                let l = fb.newLabel()
                fb.loadInt(tmp, Int64(bitPattern: 1 << UInt64(min(i, 63))))
                fb.emit(.andI, tmp, m, tmp)
                fb.jumpIf(tmp, l, when: false)
                skip = l
            }
            fb.emit(.ld64, tmp, slice, 16 * i)
            fb.emit(.ld64, tmp + 1, slice, 16 * i + 8)
            try formatMethod(tmp, mode: mode, use: use ?? FormatVerbs.VerbUse(verb: UInt8(ascii: "v")))
            fb.emit(.st64, slice, tmp, 16 * i)
            fb.emit(.st64, slice, tmp + 1, 16 * i + 8)
            if let l = skip { fb.bind(l) }
        }
    }

    /// fmt.Printf(format, a...) and the like: the operands' types are known only at
    /// run time. The call formats a copy of the slice (the caller's must not
    /// change); each operand fmt formats through a method (every one for Print*;
    /// for Printf those fmtMethodOperands names) whose dynamic type has String
    /// or Error gets it called, then the values inside the operands do.
    func preformatSpread(slice: Int, formatted: Bool) throws(CompileError) {
        let copy = try fb.alloc(3), n = try fb.alloc(1)
        fb.emit(.makeSlice, copy, slice + 1, slice + 1); fb.imm(compiler.types.id(Universe.anyType))
        fb.emit(.copySl, n, copy, slice); fb.imm(16)
        fb.emit(.mov3, slice, copy)
        var mask: Int?
        if formatted {
            let m = try fb.alloc(3)
            fb.emit(.mov, m, slice - 2)
            fb.emit(.mov, m + 1, slice - 1)
            fb.emit(.mov, m + 2, slice + 1)
            fb.emitBC(.callNat, m, NativeID.fmtMethodOperands.rawValue)
            mask = m
        }
        let i = try fb.alloc(1), p = try fb.alloc(1), bit = try fb.alloc(1), t = try fb.alloc(1), v = try fb.alloc(2)
        fb.loadInt(i, 0)
        fb.emit(.mov, p, slice)
        fb.loadInt(bit, 1)
        let loop = fb.newLabel(), next = fb.newLabel(), done = fb.newLabel()
        fb.bind(loop)
        fb.jumpCmp(.jleI, slice + 1, i, done)
        if let m = mask {
            fb.emit(.andI, t, m, bit)
            fb.jumpIf(t, next, when: false)
        }
        fb.emit(.ld64, v, p, 0)
        fb.emit(.ld64, v + 1, p, 8)
        // Print and Println format every operand with %v, so a Formatter's Format is called too
        let mode = FormatMode.methods | (formatted ? 0 : FormatMode.formatter)
        try formatMethod(v, mode: mode, use: FormatVerbs.VerbUse(verb: UInt8(ascii: "v")))
        fb.emit(.st64, p, v, 0)
        fb.emit(.st64, p, v + 1, 8)
        fb.bind(next)
        fb.emit(.addIK, p, p, 16)
        fb.emit(.addIK, i, i, 1)
        fb.emit(.addI, bit, bit, bit)
        fb.jump(loop)
        fb.bind(done)
        try callNestedFormatMethods(slice: slice, formatted: formatted)
    }

    /// Which methods fmt.formatMethod may call (its mode argument).
    enum FormatMode {
        static let goString = 1, methods = 2, formatter = 4
    }

    /// v = the result of the method fmt calls on v's dynamic value, boxed: a Format
    /// method's output (printed as it is), or Error's, String's or GoString's string
    /// (fmt's preformatted value); v is left alone when it has none of the methods
    /// `mode` allows. Called through fmt's Go helper formatMethod, which turns a
    /// panic in the method into fmt's %!v(PANIC=…) text (or <nil> for a nil
    /// receiver). `modeSlot`: the mode is in that slot, known only at run time.
    func formatMethod(_ v: Int, mode: Int, use: FormatVerbs.VerbUse, modeSlot: Int? = nil) throws(CompileError) {
        guard let f = Importer.shared.importPackage("fmt")?.scope.lookup("formatMethod") as? Func, f.hasBody else {
            throw CompileError(.none, "gosub: internal error: fmt.formatMethod")
        }
        // (v any, mode int, verb rune, flags string, wid, prec int) (s string, kind int)
        let call = try fb.alloc(FrameHeader.size + 8 + 3)
        let a = call + FrameHeader.size
        var test = -1
        if modeSlot == nil {
            // the common case first: no such method, nothing to call
            test = fb.code.count
            fb.emit(.fmtHas, v, 0, 0, d: (mode & FormatMode.goString != 0 ? 1 : 0) | (mode & FormatMode.formatter != 0 ? 4 : 0)
                    | (mode & FormatMode.methods != 0 ? 8 : 0))
        }
        fb.emit(.mov2, a, v)
        if let m = modeSlot { fb.emit(.mov, a + 2, m) } else { fb.loadInt(a + 2, Int64(mode)) }
        fb.loadInt(a + 3, Int64(use.verb))
        fb.loadStatic(a + 4, compiler.stringData(use.flags))
        fb.loadInt(a + 5, Int64(use.flags.count))
        fb.loadInt(a + 6, Int64(use.width ?? -1))
        fb.loadInt(a + 7, Int64(use.precision ?? -1))
        fb.emitBC(.call, call, compiler.function(f))
        let done = fb.newLabel(), formatted = fb.newLabel()
        let kind = a + 10
        fb.jumpIf(kind, done, when: false)
        let two = try fb.alloc(1)
        fb.loadInt(two, 2)
        fb.emit(.eqI, two, kind, two)
        fb.jumpIf(two, formatted, when: true)
        fb.emit(.fmtStore, v, a + 2)   // the string result is at a + 8 = (a + 2) + header + 1
        fb.jump(done)
        fb.bind(formatted)
        fb.emit(.fmtStore, v, a + 2, 0, d: 1)
        fb.bind(done)
        if test >= 0 {
            let off = fb.code.count - (test + 1)
            fb.code[test] = encode(.fmtHas, a: v, b: 0, c: off, d: Int(fb.code[test].fD))
        }
    }

    /// Whether values of type t may have the method `name` (interfaces may).
    func mayHaveMethod(_ t: GoType, _ name: String) -> Bool {
        if isInterfaceType(t) { return true }
        var base = t
        if let p = t as? Types.Pointer { base = p.elem }
        guard let n = base as? Named else { return false }
        return n.originOrSelf.methods.contains { $0.name == name } || (n.underlying as? Struct)?.fields.contains { $0.embedded } == true
    }

    /// Before formatting: the String/Error methods fmt calls on values inside the operands
    /// (VM FmtNested.swift), one at a time until fmtNested finds none left.
    func callNestedFormatMethods(slice: Int, formatted: Bool) throws(CompileError) {
        let area = try fb.alloc(6)
        let value = try fb.alloc(2)
        let store = try fb.alloc(5)
        let loop = fb.newLabel(), done = fb.newLabel()
        fb.bind(loop)
        fb.loadInt(area, formatted ? 1 : 0)
        if formatted { fb.emit(.mov2, area + 1, slice - 2) } else { fb.emit(.zero, area + 1, 2) }
        fb.emit(.mov3, area + 3, slice)
        fb.emitBC(.callNat, area, NativeID.fmtNested.rawValue)
        fb.jumpIf(area, done, when: false)
        fb.emit(.mov2, value, area + 1)
        // area[3] = 1: the value is met under %#v, fmt calls its GoString
        let mode = try fb.alloc(1)
        let isGo = fb.newLabel()
        fb.loadInt(mode, Int64(FormatMode.goString))
        fb.jumpIf(area + 3, isGo, when: true)
        fb.loadInt(mode, Int64(FormatMode.methods))
        fb.bind(isGo)
        try formatMethod(value, mode: 0, use: FormatVerbs.VerbUse(verb: UInt8(ascii: "v")), modeSlot: mode)
        fb.emit(.mov3, store, slice)
        fb.emit(.mov2, store + 3, value)
        fb.emitBC(.callNat, store, NativeID.fmtNestedStore.rawValue)
        fb.jump(loop)
        fb.bind(done)
    }

    /// Whether values of type t may hold, inside them, values fmt formats through a method.
    func mayContainFormatMethods(_ t: GoType, _ seen: inout Set<ObjectIdentifier>) -> Bool {
        if isInterfaceType(t) { return true }
        if !seen.insert(ObjectIdentifier(t)).inserted { return false }
        if let n = t as? Named, n.originOrSelf.methods.contains(where: { $0.name == "String" || $0.name == "Error" || $0.name == "GoString" }) {
            return true
        }
        switch t.underlying {
        case let s as Struct: return s.fields.contains { mayContainFormatMethods($0.type!, &seen) }
        case let a as Types.ArrayType: return mayContainFormatMethods(a.elem, &seen)
        case let s as Types.Slice: return mayContainFormatMethods(s.elem, &seen)
        case let m as Types.MapType: return mayContainFormatMethods(m.key, &seen) || mayContainFormatMethods(m.elem, &seen)
        case let p as Types.Pointer: return mayContainFormatMethods(p.elem, &seen)
        default: return false
        }
    }

    /// Whether values of type t may have an Error or String method (interfaces may).
    func mayHaveFormatMethod(_ t: GoType) -> Bool {
        mayHaveMethod(t, "String") || mayHaveMethod(t, "Error")
    }
}

extension FuncCompiler {
    /// fmt.Fprint* to os.Stdout or os.Stderr (the only writers so far).
    func fprint(_ qual: String, _ c: CallExpr) -> NativeID? {
        guard qual == "fmt.Fprint" || qual == "fmt.Fprintln" || qual == "fmt.Fprintf",
              let s = unparen(c.args[0]) as? SelectorExpr, let pn = s.x as? Name, let p = obj(pn) as? PkgName,
              p.imported.path == "os", s.sel.value == "Stdout" || s.sel.value == "Stderr" else { return nil }
        let toErr = s.sel.value == "Stderr"
        switch qual {
        case "fmt.Fprint": return toErr ? .fmtEprint : .fmtPrint
        case "fmt.Fprintln": return toErr ? .fmtEprintln : .fmtPrintln
        default: return toErr ? .fmtEprintf : .fmtPrintf
        }
    }

    /// Compiles fmt.Fprint*(os.X, args…) as the matching print native (the writer argument dropped).
    func fprintCall(_ c: CallExpr, sig: Signature, _ nid: inout NativeID) throws(CompileError) -> (Int, Signature) {
        let params = Tuple(Array(sig.params.vars.dropFirst()))
        let s2 = Signature(params: params, results: sig.results, variadic: sig.variadic)
        return try fprintCall(dropWriter: c, sig: s2, &nid)
    }

    /// A print native on the arguments after the writer; `sig` is the native's signature (no writer).
    func fprintCall(dropWriter c: CallExpr, sig s2: Signature, _ nid: inout NativeID) throws(CompileError) -> (Int, Signature) {
        let params = s2.params
        let sig = s2
        let pslots = params.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let rslots = sig.results.vars.reduce(0) { $0 + TypeTable.slots($1.type!) }
        let base = try fb.alloc(max(pslots, rslots, 1))
        // arguments after the writer
        var slot = base
        let fixed = params.count - 1
        for i in 0..<fixed {
            let t = params.vars[i].type!
            try expr(c.args[1 + i], into: slot, as: t)
            slot += TypeTable.slots(t)
        }
        if c.hasDots { try expr(c.args[1 + fixed], into: slot) }
        else { try packVariadic(Array(c.args.dropFirst(1 + fixed)), sliceType: params.vars[fixed].type!, into: slot, site: nil) }
        if !c.hasDots {
            let argTypes = c.args.dropFirst(1 + fixed).map { typeOf($0) }
            try callFormatMethods(argTypes, slice: slot, format: fixed == 1 ? c.args[1] : nil)
        } else {
            try preformatSpread(slice: slot, formatted: fixed == 1)
        }
        fb.line(c.pos)
        fb.emitBC(.callNat, base, nid.rawValue)
        return (base, s2)
    }
}

extension FuncCompiler {
    /// fmt.Fprint*(&sb, …) with sb a strings.Builder: Sprint* then WriteString.
    /// fmt.Fprint*(w, args…) for any io.Writer but os.Stdout/os.Stderr: Sprint* natively, then fmt's Go helper
    /// writeString(w, s) makes the one Write call.
    func fprintToWriter(_ qual: String, _ c: CallExpr, sig: Signature) throws(CompileError) -> (Int, Signature)? {
        guard qual == "fmt.Fprint" || qual == "fmt.Fprintln" || qual == "fmt.Fprintf", let w = c.args.first,
              let write = Importer.shared.importPackage("fmt")?.scope.lookup("writeString") as? Func, write.hasBody,
              let writerType = write.signature.params.vars.first?.type else { return nil }
        var nid: NativeID = qual == "fmt.Fprint" ? .fmtSprint : qual == "fmt.Fprintln" ? .fmtSprintln : .fmtSprintf
        let params = Tuple(Array(sig.params.vars.dropFirst()))
        let s2 = Signature(params: params, results: Tuple([Var(name: "", pos: .none, type: Universe.string, pkg: nil)]), variadic: true)
        let call = try fb.alloc(FrameHeader.size + 2 + 2 + 4)
        try expr(w, into: call + FrameHeader.size, as: writerType)
        let (str, _) = try fprintCall(dropWriter: c, sig: s2, &nid)
        fb.emit(.mov2, call + FrameHeader.size + 2, str)
        fb.line(c.pos)
        fb.emitBC(.call, call, compiler.function(write))
        return (call + FrameHeader.size + 4, sig)
    }

}

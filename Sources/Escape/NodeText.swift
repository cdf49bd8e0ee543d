// This file implements how gc prints expressions and types in -m
// diagnostics (ir/fmt.go's exprFmt, types/fmt.go): `&T{...}`,
// `make([]int, n)`, `([]byte)(s)`, `s0 + s1`, `... argument`.

import Syntax
import Types
import Constant

struct NodeText {
    let prog: Program
    /// Qualify this package's named types too (inside shape names: go.shape.[]main.T).
    var qualifyLocal = false
    init(prog: Program, qualifyLocal: Bool = false) { self.prog = prog; self.qualifyLocal = qualifyLocal }
    var pkg: Package { prog.checker.pkg }

    // MARK: types

    func type(_ t: GoType) -> String {
        switch t {
        case let a as Alias:
            // gc keeps `any` by name and sees through every other alias
            if a === Universe.anyType && !qualifyLocal { return "any" }
            return type(unalias(a))
        case let n as Named:
            if let key = prog.shapeKeys[ObjectIdentifier(n)] { return "go.shape." + key }
            var s = n.obj.name
            if let p = n.obj.pkg, p !== pkg || qualifyLocal { s = p.name + "." + s }
            if !n.targs.isEmpty { s += "[" + n.targs.map { type($0) }.joined(separator: ",") + "]" }
            return s
        case let b as Basic:
            switch b.kind {
            case .untypedInt: return "untyped int"
            case .untypedFloat: return "untyped float"
            case .untypedString: return "untyped string"
            case .untypedBool: return "untyped bool"
            case .untypedRune: return "untyped rune"
            case .untypedNil: return "untyped nil"
            case .unsafePointer: return "unsafe.Pointer"
            default:
                // inside shapes and dictionaries gc names the kinds: uint8, int32
                if qualifyLocal { return b.name == "byte" ? "uint8" : (b.name == "rune" ? "int32" : b.name) }
                return b.name
            }
        case let p as Pointer: return "*" + type(p.elem)
        case let s as Slice: return "[]" + type(s.elem)
        case let a as Types.ArrayType: return "[\(a.len)]" + type(a.elem)
        case let m as Types.MapType: return "map[\(type(m.key))]\(type(m.elem))"
        case let c as Chan:
            switch c.dir {
            case .both: return "chan " + type(c.elem)
            case .send: return "chan<- " + type(c.elem)
            case .recv: return "<-chan " + type(c.elem)
            }
        case let s as Signature: return "func" + signature(s)
        case let s as Struct:
            if s.fields.isEmpty { return "struct {}" }
            return "struct { " + s.fields.map { f in
                let name = qualifyLocal && !f.isExported ? (f.pkg?.name ?? pkg.name) + "." + f.name : f.name
                return f.embedded ? type(f.type ?? Universe.basic(.invalid)) : "\(name) \(type(f.type ?? Universe.basic(.invalid)))"
            }.joined(separator: "; ") + " }"
        case let i as Interface:
            if i.methods.isEmpty && i.embeddeds.isEmpty { return "interface {}" }
            let ms = i.methods.map { m in m.name + ((m.type as? Signature).map(signature) ?? "()") }
            return "interface { " + ms.joined(separator: "; ") + " }"
        case let tp as TypeParam: return tp.obj.name
        case let t as Tuple: return "(" + t.vars.map { type($0.type ?? Universe.basic(.invalid)) }.joined(separator: ", ") + ")"
        default: return "?"
        }
    }

    func signature(_ s: Signature) -> String {
        var ps: [String] = []
        for (i, p) in s.params.vars.enumerated() {
            let t = p.type ?? Universe.basic(.invalid)
            if s.variadic && i == s.params.count - 1, let sl = t as? Slice {
                ps.append("..." + type(sl.elem))
            } else {
                ps.append(type(t))
            }
        }
        var out = "(" + ps.joined(separator: ", ") + ")"
        let rs = s.results.vars
        if rs.count == 1 { out += " " + type(rs[0].type ?? Universe.basic(.invalid)) }
        else if rs.count > 1 { out += " (" + rs.map { type($0.type ?? Universe.basic(.invalid)) }.joined(separator: ", ") + ")" }
        return out
    }

    // MARK: constants

    /// A constant as gc prints an OLITERAL of type t.
    func constant(_ v: ConstantValue, type t: GoType?) -> String {
        let text = v.description
        guard let t0 = t else { return text }
        let t = unalias(t0)
        if let b = t as? Basic {
            if b.kind == .int32 && b.name == "rune" || b.kind == .untypedRune, case let (i, true) = v.int64Value, i >= 0, i <= 0x10FFFF,
               let u = Unicode.Scalar(UInt32(i)) ?? Unicode.Scalar(0xFFFD) {
                return runeQuote(u)
            }
            switch b.kind {
            case .int, .float64, .complex128, .string, .bool, .untypedInt, .untypedFloat, .untypedString, .untypedBool, .untypedComplex:
                return text
            default:
                return "\(type(t))(\(text))"
            }
        }
        return "\(type(t))(\(text))"
    }

    // MARK: expressions

    /// Operator precedences of gc's OpPrec for the forms printed here.
    private func prec(_ e: Expr) -> Int {
        switch e {
        case let o as Operation:
            if o.y == nil { return 7 }
            switch o.op {
            case .mul, .div, .rem, .and, .andNot, .shl, .shr: return 6
            case .add, .sub, .or, .xor: return 5
            case .eql, .neq, .lss, .leq, .gtr, .geq: return 4
            case .andAnd: return 3
            case .orOr: return 2
            default: return 8
            }
        default: return 8
        }
    }

    func expr(_ e: Expr, _ p: Int = 0) -> String {
        let e0 = e
        if let pe = e0 as? ParenExpr { return expr(pe.x, p) }
        if let tv = prog.checker.typeOf(e0), let v = tv.value, !(e0 is Name && isConstName(e0)) || true {
            if !(e0 is CompositeLit) { return constant(v, type: tv.type) }
        }
        let np = prec(e0)
        if p > np { return "(" + expr(e0, 0) + ")" }
        switch e0 {
        case let n as Name:
            // a dot-imported package member is printed qualified
            if let o = prog.obj(n), o is Func || o is Var, let p = o.pkg, p !== pkg, (o as? Var)?.kind ?? .package == .package {
                return p.name + "." + n.value
            }
            return n.value
        case let b as BasicLit: return b.value
        case is FuncLit: return "func literal"
        case let c as CompositeLit:
            return compositeText(c)
        case let s as SelectorExpr:
            if prog.isQualified(s), let o = prog.obj(s.sel), let p = o.pkg { return p.name + "." + s.sel.value }
            var out = expr(s.x, 8)
            // implicit selections of embedded fields are printed
            if !prog.isQualified(s), let sel = prog.selection(s), let xt = prog.typeOf(s.x) {
                var t = xt
                for idx in sel.path {
                    if let p = t.underlying as? Pointer { t = p.elem }
                    guard let st = t.underlying as? Struct, idx < st.fields.count else { break }
                    out += "." + st.fields[idx].name
                    t = st.fields[idx].type ?? t
                }
            }
            return out + "." + s.sel.value
        case let i as IndexExpr:
            return expr(i.x, 8) + "[" + expr(i.index) + "]"
        case let s as SliceExpr:
            var out = expr(s.x, 8) + "["
            if let l = s.index[0] { out += expr(l) }
            out += ":"
            if let h = s.index[1] { out += expr(h) }
            if s.full { out += ":"; if let m = s.index[2] { out += expr(m) } }
            return out + "]"
        case let a as AssertExpr:
            return expr(a.x, 8) + ".(" + (prog.typeOf(a).map { type($0) } ?? "?") + ")"
        case let o as Operation:
            if let y = o.y {
                if o.op == .add, let t = prog.typeOf(o), isStringType(t) {
                    return addStringOperands(o).map { expr($0, 5) }.joined(separator: " + ")
                }
                // an untyped constant shift count is converted to uint
                if o.op == .shl || o.op == .shr, let v = prog.constValue(y), let yt = prog.checker.typeOf(y)?.type,
                   (yt as? Basic)?.isUntyped ?? false {
                    return expr(o.x, np) + " \(o.op) uint(" + v.description + ")"
                }
                return expr(o.x, np) + " \(o.op) " + expr(y, np + 1)
            }
            if o.op == .and, let c = unparen(o.x) as? CompositeLit { return "&" + compositeText(c) }
            if o.op == .mul { return "*" + expr(o.x, np + 1) }
            let opText = o.op == .recv ? "<-" : "\(o.op)"
            return opText + expr(o.x, np + 1)
        case let c as CallExpr:
            // recover has no precedence in gc's printer: parenthesised inside operators
            if p > 0, prog.builtin(c.fun) == .recover { return "(" + callText(c) + ")" }
            return callText(c)
        default:
            return "?"
        }
    }

    private func isConstName(_ e: Expr) -> Bool { false }

    /// `T(x)`, with an unnamed T in parentheses, as gc prints conversions.
    func conversionText(_ c: CallExpr, arg: String) -> String {
        guard let conv = prog.conversionType(c) else { return arg }
        if let n = unparen(c.fun) as? Name, let tn = prog.obj(n) as? TypeName, tn.isAlias { return n.value + "(" + arg + ")" }
        let named = conv is Named || conv is Basic
        return (named ? type(conv) : "(" + type(conv) + ")") + "(" + arg + ")"
    }

    func compositeText(_ c: CompositeLit) -> String {
        let t = prog.typeOf(c).map { type($0) } ?? "?"
        return t + (c.elems.isEmpty ? "{}" : "{...}")
    }

    /// The operands of a chain of string additions (gc's OADDSTR list).
    func addStringOperands(_ o: Operation) -> [Expr] {
        var out: [Expr] = []
        if let l = unparen(o.x) as? Operation, l.op == .add, l.y != nil, prog.checker.typeOf(l)?.value == nil,
           let t = prog.typeOf(l), isStringType(t) {
            out = addStringOperands(l)
        } else {
            out = [o.x]
        }
        if let y = o.y { out.append(y) }
        return out
    }

    func callText(_ c: CallExpr) -> String {
        if let t = prog.rewrittenText[ObjectIdentifier(c)] { return t }
        let fun = unparen(c.fun)
        if let t = prog.conversionType(c) {
            // gc turns []rune("const") into a slice literal
            if let sl = t.underlying as? Slice, (sl.elem.underlying as? Basic)?.kind == .int32,
               let a = c.args.first, prog.constValue(a) != nil {
                return type(t) + "{...}"
            }
            return conversionText(c, arg: c.args.first.map { expr($0) } ?? "")
        }
        if let b = prog.builtin(fun) {
            switch b {
            case .make:
                let t = prog.typeOf(c).map { type($0) } ?? "?"
                let rest = c.args.dropFirst().map { expr($0) }
                return "make(" + ([t] + rest).joined(separator: ", ") + ")"
            case .new:
                // new(T) of a type parameter: gc prints the dictionary lookup of T's type
                if let a = c.args.first, unalias(prog.checker.typeOf(a)?.type ?? Universe.invalid) is TypeParam
                    || (unparen(a) as? Name).flatMap({ (prog.obj($0) as? TypeName)?.type }) is TypeParam {
                    return "new(<node DYNAMICTYPE>)"
                }
                let t = (prog.typeOf(c) as? Pointer).map { type($0.elem) } ?? "?"
                return "new(\(t))"
            case .string, .stringData, .sliceData:
                // gc's printer has no case for these ops
                return "<node unsafe.\(b.rawValue)>"
            default:
                break
            }
        }
        var args = c.args.map { expr($0) }
        var funText = expr(c.fun, 8)
        let inst = prog.callInstances[ObjectIdentifier(c)]
        let dict = inst.flatMap { i in i.obj.map { f -> String in
            let base = i.sig.recv.flatMap { r -> String? in
                guard let rt = r.type, let n = ((rt as? Pointer)?.elem ?? rt) as? Named else { return nil }
                return n.obj.name
            } ?? f.name
            return "&.dict." + base + "[" + (prog.callTypeArgs[ObjectIdentifier(c)] ?? i.typeArgs).map { NodeText(prog: prog, qualifyLocal: true).type($0) }.joined(separator: ",") + "]"
        } }
        // the variadic part of an instance's call, from the instance's own signature
        if let i = inst, let isig = substituteTypeParams(i.sig, i.subst) as? Signature, isig.variadic, !c.hasDots,
           prog.typeOf(c.fun)?.underlying as? Signature == nil {
            let fixed = isig.params.count - 1
            if c.args.count > fixed { args = Array(args.prefix(fixed)) + ["... argument..."] } else { args.append("nil...") }
        }
        if let inst, inst.sig.recv != nil, let s = fun as? SelectorExpr, !prog.isQualified(s) {
            // a method of a generic type: T[shape].M(recv, dict, args…)
            var a = args
            a.insert(dict ?? "", at: 0)
            var recv = expr(s.x, 0)
            if let sel = prog.selection(s), !sel.path.isEmpty, let xt = prog.typeOf(s.x) {
                recv = expr(s.x, 8)
                var t = xt
                for idx in sel.path {
                    if let p = t.underlying as? Pointer { t = p.elem }
                    guard let st = t.underlying as? Struct, idx < st.fields.count else { break }
                    recv += "." + st.fields[idx].name
                    t = st.fields[idx].type ?? t
                }
            }
            a.insert(recv, at: 0)
            return inst.name + "(" + a.joined(separator: ", ") + (c.hasDots ? "...)" : ")")
        }
        if let inst, inst.obj != nil {
            // gc calls the shape instance with its dictionary
            funText = inst.name
            args.insert(dict ?? "", at: 0)
        }
        if let d = prog.devirtualized[ObjectIdentifier(c)], let s = fun as? SelectorExpr,
           let rt = (d.method.type as? Signature)?.recv?.type {
            var recv = expr(s.x, 8) + ".(" + type(d.type) + ")"
            if !d.partial, let tsel = selectionInfo(d.type, name: s.sel.value, pkg: prog.checker.pkg) {
                // a promoted method's receiver is the embedded field
                var t = d.type
                for idx in tsel.path {
                    if let p = t.underlying as? Pointer { t = p.elem }
                    guard let st = t.underlying as? Struct, idx < st.fields.count else { break }
                    recv += "." + st.fields[idx].name
                    t = st.fields[idx].type ?? t
                }
            }
            if d.partial {
                var path = recv
                if let tsel = selectionInfo(d.type, name: s.sel.value, pkg: prog.checker.pkg) {
                    var t = d.type
                    for idx in tsel.path {
                        if let p = t.underlying as? Pointer { t = p.elem }
                        guard let st = t.underlying as? Struct, idx < st.fields.count else { break }
                        path += "." + st.fields[idx].name
                        t = st.fields[idx].type ?? t
                    }
                }
                return path + "." + s.sel.value + "(" + args.joined(separator: ", ") + ")"
            }
            funText = (rt is Pointer ? "(" + type(rt) + ")" : type(rt)) + "." + s.sel.value
            args.insert(recv, at: 0)
        } else
        
        // a method call is printed as gc rewrites it: T.M(recv, args), (*T).M(recv, args)
        if let s = fun as? SelectorExpr, !prog.isQualified(s), !prog.isTypeExpr(s.x), let sel = prog.selection(s), let m = sel.method,
           let xt = prog.typeOf(s.x), !isInterfaceType(xt), let rt = (m.type as? Signature)?.recv?.type {
            var recvText = expr(s.x, sel.path.isEmpty ? 0 : 8)
            var t = xt
            for idx in sel.path {
                if let p = t.underlying as? Pointer { t = p.elem }
                if let st = t.underlying as? Struct, idx < st.fields.count {
                    recvText += "." + st.fields[idx].name
                    t = st.fields[idx].type ?? t
                }
            }
            if isInterfaceType(t) {
                funText = (sel.path.isEmpty ? expr(s.x, 8) : recvText) + "." + s.sel.value
            } else {
                funText = (rt is Pointer ? "(" + type(rt) + ")" : type(rt)) + "." + s.sel.value
                args.insert(recvText, at: 0)
            }
        }
        if let sig = prog.typeOf(c.fun)?.underlying as? Signature, sig.variadic, !c.hasDots, c.args.count >= sig.params.count - 1 {
            let fixed = sig.params.count - 1
            let offset = args.count - c.args.count
            if c.args.count > fixed {
                args = Array(args.prefix(fixed + offset)) + ["... argument..."]
            } else {
                args.append("nil...")
            }
        }
        return funText + "(" + args.joined(separator: ", ") + (c.hasDots ? "...)" : ")")
    }
}

func isStringType(_ t: GoType) -> Bool {
    if let b = t.underlying as? Basic { return b.kind == .string || b.kind == .untypedString }
    return false
}

/// Go's %q of a string (strconv.Quote).
func goQuote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if u.value < 0x20 || u.value == 0x7f {
                out += "\\x" + String(u.value, radix: 16).leftPad(2)
            } else {
                out.unicodeScalars.append(u)
            }
        }
    }
    return out + "\""
}

func runeQuote(_ u: Unicode.Scalar) -> String {
    switch u {
    case "'": return "'\\''"
    case "\\": return "'\\\\'"
    case "\n": return "'\\n'"
    case "\t": return "'\\t'"
    case "\0": return "'\\x00'"
    default:
        if u.value < 0x20 { return "'\\x" + String(u.value, radix: 16).leftPad(2) + "'" }
        return "'" + String(u) + "'"
    }
}

extension String {
    func leftPad(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}

// Writes types as types2 writes them in diagnostics: `[]int`,
// `map[string]*T`, `func(x int) (int, error)`, `struct{a int; b string}`,
// `untyped int`; named types of other packages qualified (`strings.Builder`),
// those of the package being checked unqualified.

import Base

public struct TypeWriter {
    var out = ""
    let qualifier: Package?
    var seen: [ObjectIdentifier] = []

    public static func string(_ t: GoType, qualifier: Package?) -> String {
        var w = TypeWriter(qualifier: qualifier)
        w.write(t)
        return w.out
    }

    mutating func write(_ t: GoType) {
        switch t {
        case let b as Basic:
            out += b.kind == .unsafePointer ? "unsafe.Pointer" : b.name
        case let p as Pointer:
            out += "*"; write(p.elem)
        case let s as Slice:
            out += "[]"; write(s.elem)
        case let a as ArrayType:
            out += a.len < 0 ? "[unknown]" : "[\(a.len)]"; write(a.elem)
        case let m as MapType:
            out += "map["; write(m.key); out += "]"; write(m.elem)
        case let c as Chan:
            var parens = false
            switch c.dir {
            case .both:
                out += "chan "
                if let e = c.elem as? Chan, e.dir == .recv { parens = true }
            case .send: out += "chan<- "
            case .recv: out += "<-chan "
            }
            if parens { out += "(" }
            write(c.elem)
            if parens { out += ")" }
        case let s as Struct:
            out += "struct{"
            for (i, f) in s.fields.enumerated() {
                if i > 0 { out += "; " }
                if !f.embedded { out += f.name + " " }
                write(f.type ?? Universe.invalid)
                if i < s.tags.count, !s.tags[i].isEmpty { out += " " + goQuote(s.tags[i]) }
            }
            out += "}"
        case let tu as Tuple:
            tuple(tu, variadic: false)
        case let sig as Signature:
            out += "func"
            signature(sig)
        case let u as Union:
            for (i, term) in u.terms.enumerated() {
                if i > 0 { out += " | " }
                if term.tilde { out += "~" }
                write(term.type)
            }
        case let i as Interface:
            if i.implicit, i.methods.isEmpty, i.embeddeds.count == 1 {
                write(i.embeddeds[0])
                return
            }
            out += "interface{"
            var first = true
            for m in i.methods {
                if !first { out += "; " }
                first = false
                out += m.name
                if let sig = m.type as? Signature { signature(sig) }
            }
            for e in i.embeddeds {
                if !first { out += "; " }
                first = false
                write(e)
            }
            out += "}"
        case let a as Alias:
            if let p = a.obj.pkg, p !== qualifier, !p.path.isEmpty { out += p.name + "." }
            out += a.obj.name
        case let n as Named:
            if n === Universe.comparableType || n === Universe.errorType {
                out += n.obj.name
                return
            }
            if let p = n.obj.pkg, p !== qualifier, !p.path.isEmpty {
                out += p.name + "."
            }
            out += n.obj.name
            if !n.targs.isEmpty {
                out += "["
                for (i, a) in n.targs.enumerated() {
                    if i > 0 { out += ", " }
                    write(a)
                }
                out += "]"
            } else if !n.tparams.isEmpty {
                tparamList(n.tparams)
            }
        case let tp as TypeParam:
            out += tp.obj.name
            // a type parameter named like a predeclared type is told apart, as types2 does
            if Universe.scope.lookup(tp.obj.name) is TypeName {
                out += " /* with \(tp.obj.name) declared at \(FileNames.position(tp.obj.pos)) */"
            }
        default:
            out += "?"
        }
    }

    /// `[K comparable, V any]`
    mutating func tparamList(_ tps: [TypeParam]) {
        out += "["
        for (i, tp) in tps.enumerated() {
            if i > 0 { out += ", " }
            out += tp.obj.name
            if i + 1 < tps.count && tps[i + 1].constraint === tp.constraint { continue }
            out += " "
            write(tp.constraint)
        }
        out += "]"
    }

    mutating func signature(_ sig: Signature) {
        tuple(sig.params, variadic: sig.variadic)
        let r = sig.results
        if r.count == 0 { return }
        out += " "
        if r.count == 1 && r.vars[0].name.isEmpty {
            write(r.vars[0].type ?? Universe.invalid)
            return
        }
        tuple(r, variadic: false)
    }

    mutating func tuple(_ t: Tuple, variadic: Bool) {
        out += "("
        for (i, v) in t.vars.enumerated() {
            if i > 0 { out += ", " }
            if !v.name.isEmpty { out += v.name + " " }
            let ty = v.type ?? Universe.invalid
            if variadic && i == t.count - 1, let s = ty as? Slice {
                out += "..."
                write(s.elem)
            } else {
                write(ty)
            }
        }
        out += ")"
    }
}

// Type names as reflect's Type.String() writes them, which is what fmt's
// %T and %v (for nested types) and panic messages show: `main.Point`,
// `[]uint8` (not `[]byte`), `struct { Name string; Age int }`,
// `interface {}`, `func(int, ...string) (bool, error)`, `map[string]int`.

import Types

enum TypeNames {
    /// t's name; `inTypeArgs` inside a generic instance's type arguments, where
    /// a type declared in a function carries its number (main.F·1).
    static func reflect(_ t: GoType, inTypeArgs: Bool = false) -> String {
        func reflect(_ t: GoType) -> String { TypeNames.reflect(t, inTypeArgs: inTypeArgs) }
        // aliases are names for the programmer only: reflect shows the aliased type
        switch unalias(t) {
        case let n as Named:
            var s = (n.obj.pkg?.name).map { $0 + "." } ?? ""
            if n.obj.pkg == nil && n.obj.name == "error" { s = "" }
            s += n.obj.name
            if inTypeArgs && n.obj.localIndex > 0 { s += "·\(n.obj.localIndex)" }
            if !n.targs.isEmpty { s += "[" + n.targs.map { TypeNames.reflect($0, inTypeArgs: true) }.joined(separator: ",") + "]" }
            return s
        case let b as Basic:
            switch b.kind {
            case .uint8: return "uint8"
            case .int32: return "int32"
            case .unsafePointer: return "unsafe.Pointer"
            default: return b.name
            }
        case let p as Types.Pointer: return "*" + reflect(p.elem)
        case let s as Types.Slice: return "[]" + reflect(s.elem)
        case let a as Types.ArrayType: return "[\(a.len)]" + reflect(a.elem)
        case let m as Types.MapType: return "map[" + reflect(m.key) + "]" + reflect(m.elem)
        case let c as Chan:
            switch c.dir {
            case .both:
                // chan (<-chan T): without the parentheses it would read as (chan<- chan T)
                if let e = c.elem as? Chan, e.dir == .recv { return "chan (" + reflect(e) + ")" }
                return "chan " + reflect(c.elem)
            case .send: return "chan<- " + reflect(c.elem)
            case .recv: return "<-chan " + reflect(c.elem)
            }
        case let s as Struct:
            if s.fields.isEmpty { return "struct {}" }
            let fs = s.fields.enumerated().map { i, f -> String in
                var x = f.embedded ? reflect(f.type!) : f.name + " " + reflect(f.type!)
                if i < s.tags.count, !s.tags[i].isEmpty { x += " " + quote(s.tags[i]) }
                return x
            }
            return "struct { " + fs.joined(separator: "; ") + " }"
        case let i as Interface:
            if i.methods.isEmpty && i.embeddeds.isEmpty { return "interface {}" }
            let ms = i.methods.map { $0.name + signature($0.signature, inTypeArgs: inTypeArgs) }
            return "interface { " + ms.joined(separator: "; ") + " }"
        case let sig as Signature:
            return "func" + signature(sig, inTypeArgs: inTypeArgs)
        default:
            return TypeWriter.string(t, qualifier: nil)
        }
    }

    static func signature(_ sig: Signature, inTypeArgs: Bool = false) -> String {
        func reflect(_ t: GoType) -> String { TypeNames.reflect(t, inTypeArgs: inTypeArgs) }
        var ps: [String] = []
        for (i, p) in sig.params.vars.enumerated() {
            if sig.variadic && i == sig.params.count - 1, let s = p.type as? Types.Slice {
                ps.append("..." + reflect(s.elem))
            } else {
                ps.append(reflect(p.type!))
            }
        }
        var s = "(" + ps.joined(separator: ", ") + ")"
        let rs = sig.results.vars.map { reflect($0.type!) }
        if rs.count == 1 { s += " " + rs[0] } else if rs.count > 1 { s += " (" + rs.joined(separator: ", ") + ")" }
        return s
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    /// Whether fmt would call a method on values of type t (String, Error,
    /// Format, GoString on t, *t, or anything reachable inside) — not yet
    /// possible in gosub.
    static func hasFormatMethods(_ t: GoType) -> Bool {
        var seen = Set<ObjectIdentifier>()
        func visit(_ t: GoType) -> Bool {
            if !seen.insert(ObjectIdentifier(t)).inserted { return false }
            if let n = t as? Named {
                let names: Set<String> = ["String", "Error", "Format", "GoString"]
                if n.originOrSelf.methods.contains(where: { names.contains($0.name) }) { return true }
            }
            switch t.underlying {
            case let p as Types.Pointer: return visit(p.elem)
            case let s as Types.Slice: return visit(s.elem)
            case let a as Types.ArrayType: return visit(a.elem)
            case let m as Types.MapType: return visit(m.key) || visit(m.elem)
            case let s as Struct: return s.fields.contains { visit($0.type!) }
            case let i as Interface: return !i.methods.isEmpty || !i.embeddeds.isEmpty
            default: return false
            }
        }
        return visit(t)
    }
}

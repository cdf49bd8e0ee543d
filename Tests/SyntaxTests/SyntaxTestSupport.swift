// Helpers shared by the syntax tests: scan a string into tokens, parse a
// file and collect its diagnostics as gc prints them, and render a syntax
// tree as one S-expression line (`tree`), so that a test states the whole shape of what
// the parser built: `(+ a (* b c))`, `(call f 1 x...)`, `(if (:= x 1) (< x 2)
// (block) _)`. `_` stands for an absent part.

import Base
@testable import Syntax

// MARK: scanning

struct Scanned: Equatable, CustomStringConvertible {
    var tok: Token
    var text: String      // the literal, name, operator or semicolon kind; "" for the rest
    var line: UInt32
    var col: UInt32

    var description: String { text.isEmpty ? "\(tok.text)@\(line):\(col)" : "\(tok.text) \(text)@\(line):\(col)" }
}

/// Every token of `src` up to EOF (not included), and the scanner's errors.
func scanAll(_ src: String) -> (tokens: [Scanned], errors: [String]) {
    let errors = DiagnosticList(limit: 0)
    var s = Scanner(file: SourceFile(id: 1, name: "x.go", text: src), errors: errors)
    var out: [Scanned] = []
    while true {
        s.next()
        if s.tok == .eof { break }
        let text: String
        switch s.tok {
        case .name, .literal, .semi: text = s.lit
        case .operator, .assignOp, .incOp, .star: text = s.op.description
        default: text = ""
        }
        out.append(Scanned(tok: s.tok, text: text, line: s.pos.line, col: s.pos.col))
        if out.count > 10_000 { break }
    }
    return (out, errors.formatted { _ in "x.go" })
}

/// The tokens of `src` in short form: names and literals by their text,
/// operators and punctuation by their spelling, automatic semicolons as
/// `;newline` / `;EOF`, explicit ones as `;`.
func tokens(_ src: String) -> String {
    scanAll(src).tokens.map { t -> String in
        switch t.tok {
        case .name, .literal: return t.text
        case .semi: return t.text == "semicolon" ? ";" : ";" + t.text
        case .operator, .star: return t.text
        case .assignOp: return t.text + "="
        case .incOp: return t.text + t.text
        default: return t.tok.text
        }
    }.joined(separator: " ")
}

// MARK: parsing

/// Parses `src` as file x.go; returns the file and the diagnostics as gc
/// prints them (`x.go:line:col: message`), sorted, at most ten and
/// `too many errors`, as the gc front end reports syntax errors.
func parse(_ src: String) -> (File?, [String]) {
    let errors = DiagnosticList(limit: 10)
    let f = Parser.parse(SourceFile(id: 1, name: "x.go", text: src), errors: errors)
    return (f, errors.formatted { _ in "x.go" })
}

/// The diagnostics of parsing `src`.
func diagnostics(_ src: String) -> [String] { parse(src).1 }

// MARK: dumping trees

func tree(_ n: Node?) -> String {
    guard let n else { return "_" }
    switch n {
    // declarations
    case let d as ImportDecl:
        return "(import \(d.localName.map { tree($0) + " " } ?? "")\(tree(d.path)))"
    case let d as ConstDecl:
        return "(const \(names(d.names)) \(tree(d.type)) \(tree(d.values)))"
    case let d as TypeDecl:
        let tp = d.tparams.isEmpty ? "" : " " + fields("tparams", d.tparams)
        return "(\(d.isAlias ? "alias" : "type") \(d.name.value)\(tp) \(tree(d.type)))"
    case let d as VarDecl:
        return "(var \(names(d.names)) \(tree(d.type)) \(tree(d.values)))"
    case let d as FuncDecl:
        let recv = d.recv.map { " " + fields("recv", [$0]) } ?? ""
        let tp = d.tparams.isEmpty ? "" : " " + fields("tparams", d.tparams)
        return "(funcdecl\(recv) \(d.name.value)\(tp) \(tree(d.type)) \(tree(d.body)))"
    // expressions
    case is BadExpr: return "(bad)"
    case let x as Name: return x.value
    case let x as BasicLit: return x.value
    case let x as CompositeLit: return list("lit", [tree(x.type)] + x.elems.map(tree))
    case let x as KeyValueExpr: return "(kv \(tree(x.key)) \(tree(x.value)))"
    case let x as FuncLit: return "(funclit \(tree(x.type)) \(tree(x.body)))"
    case let x as ParenExpr: return "(paren \(tree(x.x)))"
    case let x as SelectorExpr: return "(sel \(tree(x.x)) \(x.sel.value))"
    case let x as IndexExpr: return "(index \(tree(x.x)) \(tree(x.index)))"
    case let x as SliceExpr:
        return list(x.full ? "slice3" : "slice", [tree(x.x)] + x.index[0..<(x.full ? 3 : 2)].map { tree($0) })
    case let x as AssertExpr: return "(assert \(tree(x.x)) \(tree(x.type)))"
    case let x as TypeSwitchGuard: return "(guard \(x.lhs.map(tree) ?? "_") \(tree(x.x)))"
    case let x as Operation:
        if let y = x.y { return "(\(x.op) \(tree(x.x)) \(tree(y)))" }
        return "(\(x.op) \(tree(x.x)))"
    case let x as CallExpr: return list(x.hasDots ? "call..." : "call", [tree(x.fun)] + x.args.map(tree))
    case let x as ListExpr: return list("list", x.elems.map(tree))
    case let x as ArrayType: return "(array \(x.len.map(tree) ?? "...") \(tree(x.elem)))"
    case let x as SliceType: return "(slicetype \(tree(x.elem)))"
    case let x as DotsType: return "(dots \(tree(x.elem)))"
    case let x as StructType:
        var parts: [String] = []
        for (i, f) in x.fields.enumerated() {
            let tag = i < x.tags.count ? x.tags[i].map { " " + $0.value } ?? "" : ""
            parts.append(f.name == nil ? "(embed \(tree(f.type))\(tag))" : "(field \(f.name!.value) \(tree(f.type))\(tag))")
        }
        return list("struct", parts)
    case let x as InterfaceType:
        return list("interface", x.methods.map { m in
            m.name == nil ? "(embed \(tree(m.type)))" : "(method \(m.name!.value) \(tree(m.type)))"
        })
    case let x as FuncType:
        return "(func \(fields("params", x.params)) \(fields("results", x.results)))"
    case let x as MapType: return "(map \(tree(x.key)) \(tree(x.value)))"
    case let x as ChanType:
        let k = x.dir == .both ? "chan" : x.dir == .sendOnly ? "chan<-" : "<-chan"
        return "(\(k) \(tree(x.elem)))"
    case let f as Field:
        return "(\(f.name?.value ?? "_") \(tree(f.type)))"
    // statements
    case is EmptyStmt: return "(empty)"
    case let s as LabeledStmt: return "(label \(s.label.value) \(tree(s.stmt)))"
    case let s as BlockStmt: return list("block", s.list.map(tree))
    case let s as ExprStmt: return "(expr \(tree(s.x)))"
    case let s as SendStmt: return "(send \(tree(s.chan)) \(tree(s.value)))"
    case let s as DeclStmt: return list("decl", s.decls.map(tree))
    case let s as AssignStmt:
        guard let rhs = s.rhs else { return "(\(s.op)\(s.op) \(tree(s.lhs)))" }
        let op = s.op == .def ? ":=" : s.op == .none ? "=" : "\(s.op)="
        return "(\(op) \(tree(s.lhs)) \(tree(rhs)))"
    case let s as BranchStmt: return s.label.map { "(\(s.tok.text) \($0.value))" } ?? "(\(s.tok.text))"
    case let s as CallStmt: return "(\(s.tok.text) \(tree(s.call)))"
    case let s as ReturnStmt: return s.results.map { "(return \(tree($0)))" } ?? "(return)"
    case let s as IfStmt: return "(if \(tree(s.initStmt)) \(tree(s.cond)) \(tree(s.then)) \(tree(s.elseStmt)))"
    case let s as ForStmt: return "(for \(tree(s.initStmt)) \(tree(s.cond)) \(tree(s.post)) \(tree(s.body)))"
    case let s as RangeClause: return "(range \(tree(s.lhs)) \(s.def ? ":=" : "=") \(tree(s.x)))"
    case let s as SwitchStmt: return list("switch", [tree(s.initStmt), tree(s.tag)] + s.body.map(tree))
    case let s as SelectStmt: return list("select", s.body.map(tree))
    case let c as CaseClause: return list(c.cases == nil ? "default" : "case", (c.cases.map { [tree($0)] } ?? []) + c.body.map(tree))
    case let c as CommClause: return list(c.comm == nil ? "default" : "case", (c.comm.map { [tree($0)] } ?? []) + c.body.map(tree))
    default: return "(?\(type(of: n)))"
    }
}

private func list(_ head: String, _ parts: [String]) -> String {
    parts.isEmpty ? "(\(head))" : "(\(head) \(parts.joined(separator: " ")))"
}

private func names(_ l: [Name]) -> String { "(" + l.map(\.value).joined(separator: " ") + ")" }

private func fields(_ head: String, _ l: [Field]) -> String { list(head, l.map(tree)) }

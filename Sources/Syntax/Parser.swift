// The parser: a recursive-descent parser for all of Go 1.22+ (type
// parameters included) that follows gc's parser (cmd/compile/internal/syntax)
// decision for decision, so that syntax errors come out in gc's words, at
// gc's positions, with gc's recovery: `want` reports "unexpected X, expected
// Y"; `advance` skips to a follow token (and, inside functions, to a keyword
// that starts a statement); only the first syntax error of a line is kept
// (Base.DiagnosticList).
//
// Each parsing function cites the production of Grammar/go.ebnf it accepts
// in a `// Production:` line; a test keeps those citations and the grammar
// in agreement. This file holds the machinery and the declarations;
// Parser+Expr, Parser+Type and Parser+Stmt hold the rest.

import Base

public struct Parser {
    var s: Scanner
    let errors: DiagnosticList
    let file: SourceFile
    var errcnt = 0          // errors reported by this parser and its scanner
    var firstErrorSeen: Bool { errors.count > startErrors }
    private let startErrors: Int
    var fnest = 0           // function nesting level (for error recovery)
    var xnest = 0           // expression nesting level (for complit ambiguity resolution)
    var branchErrors = 0    // errors of the label checks, which do not count as parse errors
    var importsBroken = false
    /// Nesting depth of the recursive productions. gc's stacks grow to 1 GB;
    /// ours are bounded, so beyond `maxDepth` the parse stops with an error.
    var depth = 0
    static let maxDepth = 20_000

    var tok: Token { s.tok }
    var lit: String { s.lit }
    var op: Operator { s.op }
    var prec: Int { s.prec }
    var pos: Pos { s.pos }

    public init(file: SourceFile, errors: DiagnosticList) {
        self.file = file
        self.errors = errors
        self.startErrors = errors.count
        self.s = Scanner(file: file, errors: errors)
        s.next()
    }

    /// Parses a whole file. Returns nil when the package clause is broken.
    public static func parse(_ file: SourceFile, errors: DiagnosticList) -> File? {
        var p = Parser(file: file, errors: errors)
        let f = p.fileOrNil()
        f?.comments = p.s.comments
        return f
    }

    // MARK: tokens and errors

    mutating func next() {
        s.next()
        if !s.directives.isEmpty { takeDirectives() }
    }

    /// Enters a recursive production; false (after reporting once and ending
    /// the token stream) when the nesting is too deep to continue.
    mutating func enter() -> Bool {
        depth += 1
        if depth > Parser.maxDepth {
            if depth == Parser.maxDepth + 1 || tok != .eof {
                errorAt(pos, "syntax error: nesting too deep (more than \(Parser.maxDepth) levels)")
                s.stop()
            }
            return false
        }
        return true
    }

    // MARK: compiler directives (gc's pragmas)

    /// Directives seen since the last declaration took them: position and whether gc knows the verb.
    var pragma: [(pos: Pos, known: Bool)] = []

    static let knownDirectives: Set<String> = [
        "go:nointerface", "go:noescape", "go:norace", "go:nosplit", "go:noinline", "go:nocheckptr",
        "go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec",
        "go:cgo_unsafe_args", "go:uintptrkeepalive", "go:uintptrescapes", "go:registerparams", "go:notinheap",
    ]
    static let runtimeOnlyDirectives: Set<String> = ["go:systemstack", "go:nowritebarrier", "go:nowritebarrierrec", "go:yeswritebarrierrec"]

    mutating func takeDirectives() {
        for d in s.directives {
            if !d.onOwnLine {
                errorAt(d.pos, "misplaced compiler directive")
                continue
            }
            let verb = d.text.split(separator: " ", maxSplits: 1).first.map(String.init) ?? d.text
            if verb.hasPrefix("go:build") || verb.hasPrefix("go:linkname") || verb.hasPrefix("go:embed") || verb.hasPrefix("go:cgo_") { continue }
            if Parser.runtimeOnlyDirectives.contains(verb) {
                errorAt(d.pos, "//\(verb) only allowed in runtime")
            } else if verb == "go:uintptrkeepalive" {
                errorAt(d.pos, "//\(verb) is only allowed in the standard library")
            }
            pragma.append((d.pos, Parser.knownDirectives.contains(verb)))
        }
        s.directives.removeAll()
    }

    /// A declaration takes the pending directives.
    mutating func takePragma() { pragma.removeAll() }

    /// At a form that takes no directives, pending known ones are misplaced.
    mutating func clearPragma() {
        for p in pragma where p.known { errorAt(p.pos, "misplaced compiler directive") }
        pragma.removeAll()
    }

    mutating func got(_ t: Token) -> Bool {
        if tok == t { next(); return true }
        return false
    }

    mutating func want(_ t: Token) {
        if !got(t) {
            syntaxError("expected " + t.errorText)
            advance()
        }
    }

    /// Accepts `=`, and `:=` with an error.
    mutating func gotAssign() -> Bool {
        switch tok {
        case .define:
            syntaxError("expected =")
            next()
            return true
        case .assign:
            next()
            return true
        default:
            return false
        }
    }

    func errorAt(_ pos: Pos, _ msg: String) {
        errors.report(pos, msg)
    }

    mutating func error(_ msg: String) { errorAt(pos, msg) }

    mutating func syntaxError(_ msg: String) { syntaxErrorAt(pos, msg) }

    func syntaxErrorAt(_ pos: Pos, _ msg: String) {
        if tok == .eof && firstErrorSeen { return }  // avoid meaningless follow-up errors
        var msg = msg
        if msg.isEmpty {
        } else if msg.hasPrefix("in ") || msg.hasPrefix("at ") || msg.hasPrefix("after ") {
            msg = " " + msg
        } else if msg.hasPrefix("expected ") {
            msg = ", " + msg
        } else {
            errorAt(pos, "syntax error: " + msg)
            return
        }
        let t: String
        switch tok {
        case .name: t = "name " + lit
        case .semi: t = lit
        case .literal: t = "literal " + lit
        case .operator: t = op.description
        case .assignOp: t = op.description + "="
        case .incOp: t = op.description + op.description
        default: t = tok.errorText
        }
        errorAt(pos, "syntax error: unexpected " + t + msg)
    }

    static let stopset: Set<Token> = [.kwBreak, .kwConst, .kwContinue, .kwDefer, .kwFallthrough, .kwFor,
                                      .kwGo, .kwGoto, .kwIf, .kwReturn, .kwSelect, .kwSwitch, .kwType, .kwVar]

    /// Skips tokens until one of `follow` (or, inside a function, a statement
    /// keyword); with no follow list, skips exactly one token.
    mutating func advance(_ follow: Token...) {
        var set: Set<Token> = [.eof]
        if !follow.isEmpty {
            if fnest > 0 { set.formUnion(Parser.stopset) }
            set.formUnion(follow)
        }
        while !set.contains(tok) {
            next()
            if follow.isEmpty { break }
        }
    }

    /// A list of elements separated by `sep` and closed by `close`; `f`
    /// parses one element and returns true to stop. Returns the position of
    /// the closing token.
    @discardableResult
    mutating func list(_ context: String, _ sep: Token, _ close: Token, _ f: (inout Parser) -> Bool) -> Pos {
        var done = false
        while tok != .eof && tok != close && !done {
            done = f(&self)
            if !got(sep) && tok != close {
                syntaxError("in \(context); possibly missing \(sep.errorText) or \(close.errorText)")
                advance(.rparen, .rbrack, .rbrace)
                if tok != close { return pos }
            }
        }
        let p = pos
        want(close)
        return p
    }

    // MARK: source file

    // Production: SourceFile
    // Production: PackageClause
    // Production: PackageName
    // Production: TopLevelDecl
    mutating func fileOrNil() -> File? {
        let fpos = pos
        if !got(.kwPackage) {
            // the go command reads the package clause first and words this as go/parser does
            var found: String
            switch tok {
            case .name, .literal: found = lit
            case .semi: found = lit == "newline" ? "newline" : "';'"
            case .eof: found = "'EOF'"
            case .operator, .assignOp, .incOp: found = "'\(op)'"
            default: found = "'\(tok.text)'"
            }
            errorAt(pos, "expected 'package', found \(found)")
            return nil
        }
        let f = File(fpos, pkgName: name(), source: file)
        want(.semi)
        if firstErrorSeen { return nil }

        var prev = Token.kwImport
        while tok != .eof {
            if tok == .kwImport && prev != .kwImport {
                syntaxError("imports must appear before other declarations")
            }
            prev = tok
            switch tok {
            case .kwImport:
                next()
                appendGroup(&f.decls) { p, g in p.importDecl(g) }
                if importsBroken { return nil }
            case .kwConst:
                next()
                appendGroup(&f.decls) { p, g in p.constDecl(g) }
            case .kwType:
                next()
                appendGroup(&f.decls) { p, g in p.typeDecl(g) }
            case .kwVar:
                next()
                appendGroup(&f.decls) { p, g in p.varDecl(g) }
            case .kwFunc:
                next()
                if let d = funcDeclOrNil() { f.decls.append(d) }
            default:
                if tok == .lbrace, let last = f.decls.last as? FuncDecl, last.body == nil {
                    syntaxError("unexpected semicolon or newline before {")
                } else {
                    syntaxError("non-declaration statement outside function body")
                }
                advance(.kwImport, .kwConst, .kwType, .kwVar, .kwFunc)
                continue
            }
            clearPragma()
            if tok != .eof && !got(.semi) {
                syntaxError("after top level declaration")
                advance(.kwImport, .kwConst, .kwType, .kwVar, .kwFunc)
            }
        }
        clearPragma()
        f.eof = pos
        return f
    }

    // Production: ImportDecl
    // Production: ConstDecl
    // Production: TypeDecl
    // Production: VarDecl
    mutating func appendGroup(_ list: inout [Decl], _ f: (inout Parser, Group?) -> Decl?) {
        if tok == .lparen {
            let g = Group()
            clearPragma()
            next()
            var out: [Decl] = []
            self.list("grouped declaration", .semi, .rparen) { p in
                if let d = f(&p, g) { out.append(d) }
                return false
            }
            list.append(contentsOf: out)
        } else if let d = f(&self, nil) {
            list.append(d)
        }
    }

    // Production: ImportSpec
    // Production: ImportPath
    mutating func importDecl(_ group: Group?) -> Decl {
        let d = ImportDecl(pos, group: group)
        takePragma()
        switch tok {
        case .name: d.localName = name()
        case .dot:
            d.localName = Name(pos, ".")
            next()
        default: break
        }
        d.path = oliteral()
        guard let path = d.path else {
            // the go command reads imports before gc and stops here, in go/parser's words
            errorAt(pos, "missing import path")
            importsBroken = true
            advance(.semi, .rparen)
            return d
        }
        if !path.bad && path.kind != .string {
            syntaxErrorAt(path.pos, "import path must be a string")
            path.bad = true
        }
        return d
    }

    // Production: ConstSpec
    mutating func constDecl(_ group: Group?) -> Decl {
        let d = ConstDecl(pos, group: group)
        takePragma()
        d.names = nameList(name())
        if tok != .eof && tok != .semi && tok != .rparen {
            d.type = typeOrNil()
            if gotAssign() { d.values = exprList() }
        }
        return d
    }

    // Production: TypeSpec
    // Production: AliasDecl
    // Production: TypeDef
    mutating func typeDecl(_ group: Group?) -> Decl {
        let dpos = pos
        takePragma()
        let n = name()
        let d = TypeDecl(dpos, group: group, name: n, type: BadExpr(dpos))
        var typ: Expr?
        if tok == .lbrack {
            let lpos = pos
            next()
            switch tok {
            case .name:
                var x: Expr = name()
                if tok != .lbrack {
                    xnest += 1
                    x = binaryExpr(pexpr(x, keepParens: false), 0)
                    xnest -= 1
                }
                let (pname, ptype) = extractName(x, force: tok == .comma)
                if let pname, ptype != nil || tok != .rbrack {
                    d.tparams = paramList(name: pname, type: ptype, close: .rbrack, requireNames: true, dddok: false)
                    d.isAlias = gotAssign()
                    typ = typeOrNil()
                } else {
                    typ = arrayType(lpos, len: x)
                }
            case .rbrack:
                next()
                typ = sliceType(lpos)
            default:
                typ = arrayType(lpos, len: nil)
            }
        } else {
            d.isAlias = gotAssign()
            typ = typeOrNil()
        }
        if let typ {
            d.type = typ
        } else {
            d.type = badExpr()
            syntaxError("in type declaration")
            advance(.semi, .rparen)
        }
        return d
    }

    /// Splits `P *C`, `P C|D` or `P(C)` read as an expression into a type
    /// parameter name and its constraint (gc's extractName).
    func extractName(_ x: Expr, force: Bool) -> (Name?, Expr?) {
        switch x {
        case let n as Name:
            return (n, nil)
        case let o as Operation:
            guard let y = o.y else { break }
            if o.op == .mul, let n = o.x as? Name, force || isTypeElem(y) {
                return (n, Operation(o.pos, op: .mul, x: y))
            }
            if o.op == .or {
                let (n, lhs) = extractName(o.x, force: force || isTypeElem(y))
                if let n, let lhs {
                    return (n, Operation(o.pos, op: .or, x: lhs, y: y))
                }
            }
        case let c as CallExpr:
            if let n = c.fun as? Name, c.args.count == 1, !c.hasDots, force || isTypeElem(c.args[0]) {
                return (n, unparen(c.args[0]))
            }
        default:
            break
        }
        return (nil, x)
    }

    func isTypeElem(_ x: Expr) -> Bool {
        switch x {
        case is ArrayType, is StructType, is FuncType, is InterfaceType, is SliceType, is MapType, is ChanType:
            return true
        case let o as Operation:
            return isTypeElem(o.x) || (o.y.map(isTypeElem) ?? false) || o.op == .tilde
        case let p as ParenExpr:
            return isTypeElem(p.x)
        default:
            return false
        }
    }

    // Production: VarSpec
    mutating func varDecl(_ group: Group?) -> Decl {
        let d = VarDecl(pos, group: group)
        takePragma()
        d.names = nameList(name())
        if gotAssign() {
            d.values = exprList()
        } else {
            d.type = type_()
            if gotAssign() { d.values = exprList() }
        }
        return d
    }

    // Production: FunctionDecl
    // Production: MethodDecl
    // Production: FunctionName
    // Production: Receiver
    // Production: MethodName
    mutating func funcDeclOrNil() -> FuncDecl? {
        let fpos = pos
        takePragma()
        var recv: Field?
        var hasRecv = false
        if got(.lparen) {
            hasRecv = true
            let rcvr = paramList(name: nil, type: nil, close: .rparen, requireNames: false, dddok: false)
            switch rcvr.count {
            case 0: error("method has no receiver")
            case 1: recv = rcvr[0]
            default:
                error("method has multiple receivers")
                recv = rcvr[0]
            }
        }
        let f: FuncDecl
        if tok == .name {
            let n = name()
            let (tps, ft) = funcType(context: "")
            f = FuncDecl(fpos, name: n, type: ft)
            f.tparams = tps
        } else {
            let ft = FuncType(pos)
            f = FuncDecl(fpos, name: Name(pos, "_"), type: ft)
            syntaxError(hasRecv ? "expected name" : "expected name or (")
            advance(.lbrace, .semi)
        }
        f.recv = recv
        if tok == .lbrace { f.body = funcBody() }
        return f
    }

    // Production: FunctionBody
    mutating func funcBody() -> BlockStmt {
        fnest += 1
        let before = errors.count - branchErrors
        let body = blockStmt("")
        fnest -= 1
        if errors.count - branchErrors == before {
            let n = errors.count
            BranchChecker.check(body, errors: errors, fileName: file.name)
            branchErrors += errors.count - n
        }
        return body
    }

    // MARK: names and literals

    mutating func name() -> Name {
        if tok == .name {
            let n = Name(pos, lit)
            next()
            return n
        }
        let n = Name(pos, "_")
        syntaxError("expected name")
        advance()
        return n
    }

    // Production: IdentifierList
    mutating func nameList(_ first: Name) -> [Name] {
        var l = [first]
        while got(.comma) { l.append(name()) }
        return l
    }

    // Production: QualifiedIdent
    // Production: TypeName
    mutating func qualifiedName(_ n: Name?) -> Expr {
        var x: Expr
        if let n {
            x = n
        } else if tok == .name {
            x = name()
        } else {
            x = Name(pos, "_")
            syntaxError("expected name")
            advance(.dot, .semi, .rbrace)
        }
        if tok == .dot {
            let spos = pos
            next()
            x = SelectorExpr(spos, x: x, sel: name())
        }
        if tok == .lbrack { x = typeInstance(x) }
        return x
    }

    // Production: BasicLit
    mutating func oliteral() -> BasicLit? {
        if tok == .literal {
            let b = BasicLit(pos, value: lit, kind: s.litKind, bad: s.bad)
            next()
            return b
        }
        return nil
    }

    mutating func badExpr() -> BadExpr { BadExpr(pos) }
}

// Holds Grammar/go.ebnf and the parser to each other. The grammar is read
// with the rules of Go's EBNF (the specification's Notation section, as
// golang.org/x/exp/ebnf reads it): every name used is defined, every
// production is reachable from SourceFile, lexical (lowercase) productions
// use only lexical productions. Then the `// Production: Name` citations
// over the functions of Sources/Syntax are collected and compared with it:
//
//   - every citation names a production of the grammar;
//   - every syntactic (CamelCase) production is cited in Parser*.swift;
//   - every lexical (lowercase) production is cited in Scanner.swift;
//   - every citation sits in the comment block right over a `func`.
//
// So a production added to the grammar without a parser function citing it,
// or a citation of a production the grammar lacks, fails this test.

import Foundation
import XCTest

final class GrammarTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let grammarURL = root.appendingPathComponent("Grammar/go.ebnf")
    static let syntaxDir = root.appendingPathComponent("Sources/Syntax")

    func loadGrammar() throws -> Grammar {
        let text = try String(contentsOf: GrammarTests.grammarURL, encoding: .utf8)
        return try Grammar.parse(text)
    }

    func loadCitations() throws -> [Citation] {
        let files = try FileManager.default.contentsOfDirectory(atPath: GrammarTests.syntaxDir.path)
            .filter { $0.hasSuffix(".swift") }.sorted()
        XCTAssertTrue(files.contains("Scanner.swift") && files.contains("Parser.swift"), "Sources/Syntax not found: \(files)")
        var all: [Citation] = []
        for f in files {
            let text = try String(contentsOf: GrammarTests.syntaxDir.appendingPathComponent(f), encoding: .utf8)
            all += Citation.collect(file: f, text: text)
        }
        return all
    }

    // MARK: the grammar itself

    func testGrammarIsWellFormed() throws {
        let g = try loadGrammar()
        XCTAssertEqual(g.verify(start: "SourceFile"), [])
    }

    func testGrammarHasTheSpecificationsProductions() throws {
        let g = try loadGrammar()
        // a sample from every part of the specification, type parameters included
        for name in ["newline", "unicode_digit", "hex_digit", "identifier", "int_lit", "hex_float_lit",
                     "imaginary_lit", "rune_lit", "big_u_value", "raw_string_lit", "Type", "TypeArgs",
                     "EmbeddedField", "ParameterDecl", "InterfaceElem", "TypeElem", "UnderlyingType",
                     "ChannelType", "AliasDecl", "TypeDef", "TypeParameters", "TypeParamDecl",
                     "TypeConstraint", "MethodDecl", "Receiver", "Operand", "LiteralType", "KeyedElement",
                     "PrimaryExpr", "Slice", "Arguments", "MethodExpr", "Conversion", "unary_op",
                     "assign_op", "ShortVarDecl", "TypeSwitchGuard", "RangeClause", "RecvStmt",
                     "FallthroughStmt", "SourceFile", "ImportSpec"] {
            XCTAssertNotNil(g.productions[name], name)
        }
        // generic methods (Go 1.27) and generic aliases (Go 1.24)
        XCTAssertTrue(g.productions["MethodDecl"]!.names.contains("TypeParameters"))
        XCTAssertTrue(g.productions["AliasDecl"]!.names.contains("TypeParameters"))
        XCTAssertNil(g.productions["EmptyStmt"]!.expr)
    }

    // MARK: grammar and parser in agreement

    func testEveryProductionIsCitedAndEveryCitationIsAProduction() throws {
        let g = try loadGrammar()
        let citations = try loadCitations()
        let problems = agreementProblems(grammar: g, citations: citations)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))

        let lexical = g.order.filter(isLexical)
        let syntactic = g.order.filter { !isLexical($0) }
        let cited = Set(citations.map(\.name))
        print("Grammar/go.ebnf: \(g.order.count) productions (\(syntactic.count) syntactic, \(lexical.count) lexical); "
              + "\(citations.count) citations over \(Set(citations.map { "\($0.file):\($0.function)" }).count) functions; "
              + "\(syntactic.filter(cited.contains).count)/\(syntactic.count) syntactic and "
              + "\(lexical.filter(cited.contains).count)/\(lexical.count) lexical productions cited")
    }

    func testCitationsSitOverFunctions() throws {
        for c in try loadCitations() {
            XCTAssertFalse(c.function.isEmpty, "\(c.file):\(c.line): `// Production: \(c.name)` is not over a func")
        }
    }

    /// The check fails when a production is added to one side only.
    func testOneSidedAdditionsAreCaught() throws {
        let g = try loadGrammar()
        let citations = try loadCitations()

        // a production in the grammar that no parser function cites
        var text = try String(contentsOf: GrammarTests.grammarURL, encoding: .utf8)
        text = text.replacingOccurrences(of: "Condition = Expression .",
                                         with: "Condition = Expression | WhenClause .\nWhenClause = \"when\" Expression .")
        let g2 = try Grammar.parse(text)
        XCTAssertEqual(g2.verify(start: "SourceFile"), [])
        XCTAssertEqual(agreementProblems(grammar: g2, citations: citations),
                       ["production WhenClause is not cited by any function of Parser*.swift"])

        // a lexical production nobody scans
        let g3 = try Grammar.parse(text.replacingOccurrences(of: "WhenClause = \"when\" Expression .", with: "WhenClause = when_kw Expression .\nwhen_kw = \"when\" ."))
        XCTAssertEqual(agreementProblems(grammar: g3, citations: citations), [
            "production WhenClause is not cited by any function of Parser*.swift",
            "production when_kw is not cited by any function of Scanner.swift",
        ])

        // a citation of a production the grammar lacks
        let extra = citations + [Citation(file: "Parser+Stmt.swift", line: 1, name: "UnlessStmt", function: "unlessStmt")]
        XCTAssertEqual(agreementProblems(grammar: g, citations: extra),
                       ["Parser+Stmt.swift:1: unlessStmt cites UnlessStmt, which Grammar/go.ebnf does not define"])

        // a production dropped from the grammar while still cited
        let g4 = try Grammar.parse(try String(contentsOf: GrammarTests.grammarURL, encoding: .utf8)
            .replacingOccurrences(of: "FallthroughStmt | Block", with: "Block")
            .replacingOccurrences(of: "FallthroughStmt = \"fallthrough\" .", with: ""))
        XCTAssertEqual(agreementProblems(grammar: g4, citations: citations).filter { $0.contains("FallthroughStmt") }.count, 1)

        // a lexical production cited by the parser, or a syntactic one by the scanner
        let misplaced = [Citation(file: "Parser.swift", line: 7, name: "int_lit", function: "f"),
                         Citation(file: "Scanner.swift", line: 8, name: "Block", function: "g")]
        XCTAssertEqual(agreementProblems(grammar: g, citations: citations + misplaced), [
            "Parser.swift:7: f cites lexical production int_lit outside Scanner.swift",
            "Scanner.swift:8: g cites syntactic production Block outside Parser*.swift",
        ])
    }

    // MARK: the EBNF reader

    func testReaderAcceptsTheNotation() throws {
        let g = try Grammar.parse("""
            // a comment
            S = A { "," A } [ ";" ] | ( B | "x" ) .  /* another */
            A = b .
            B = .
            b = "0" … "9" | `\\` .
            """)
        XCTAssertEqual(g.order, ["S", "A", "B", "b"])
        XCTAssertEqual(g.verify(start: "S"), [])
        XCTAssertEqual(g.productions["S"]!.names, ["A", "B"])
        XCTAssertEqual(g.productions["b"]!.expr!.description, #"("0" … "9" | "\")"#)
    }

    func testReaderRejectsMalformedGrammars() {
        XCTAssertThrowsError(try Grammar.parse("A = \"a\"")) { e in
            XCTAssertEqual("\(e)", "1:8: expected \".\", found end of input")
        }
        XCTAssertThrowsError(try Grammar.parse("A = ( \"a\" .")) { e in
            XCTAssertEqual("\(e)", "1:11: expected \")\", found \".\"")
        }
        XCTAssertThrowsError(try Grammar.parse("A = \"a\" .\nA = \"b\" .")) { e in
            XCTAssertEqual("\(e)", "2:1: A declared twice")
        }
        XCTAssertThrowsError(try Grammar.parse("A = \"ab\" … \"c\" .")) { e in
            XCTAssertEqual("\(e)", "1:5: a range needs single characters")
        }
        XCTAssertThrowsError(try Grammar.parse("A = \"a .")) { e in
            XCTAssertEqual("\(e)", "1:5: string not terminated")
        }
        XCTAssertThrowsError(try Grammar.parse("A = \"a\" /* .")) { e in
            XCTAssertEqual("\(e)", "1:9: comment not terminated")
        }
    }

    func testVerifyFindsUndefinedUnreachableAndLexicalMisuse() throws {
        let g = try Grammar.parse("""
            S = T u .
            T = Missing .
            Lonely = "x" .
            u = S .
            """)
        XCTAssertEqual(g.verify(start: "S"), [
            "Missing is used but not defined",
            "Lonely is unreachable from S",
            "lexical production u uses syntactic production S",
        ])
        XCTAssertEqual(try Grammar.parse("A = \"a\" .").verify(start: "S"), ["start production S is not defined", "A is unreachable from S"])
    }
}

// MARK: the agreement check

func isLexical(_ name: String) -> Bool {
    guard let c = name.unicodeScalars.first else { return false }
    return !CharacterSet.uppercaseLetters.contains(c)
}

/// The disagreements between the grammar and the citations, in grammar order.
func agreementProblems(grammar g: Grammar, citations: [Citation]) -> [String] {
    var problems: [String] = []
    for c in citations {
        if g.productions[c.name] == nil {
            problems.append("\(c.file):\(c.line): \(c.function) cites \(c.name), which Grammar/go.ebnf does not define")
        } else if isLexical(c.name) && c.file != "Scanner.swift" {
            problems.append("\(c.file):\(c.line): \(c.function) cites lexical production \(c.name) outside Scanner.swift")
        } else if !isLexical(c.name) && !c.file.hasPrefix("Parser") {
            problems.append("\(c.file):\(c.line): \(c.function) cites syntactic production \(c.name) outside Parser*.swift")
        }
    }
    for name in g.order {
        if isLexical(name) {
            if !citations.contains(where: { $0.name == name && $0.file == "Scanner.swift" }) {
                problems.append("production \(name) is not cited by any function of Scanner.swift")
            }
        } else if !citations.contains(where: { $0.name == name && $0.file.hasPrefix("Parser") }) {
            problems.append("production \(name) is not cited by any function of Parser*.swift")
        }
    }
    return problems
}

/// One `// Production: Name` line and the function it stands over.
struct Citation: Equatable {
    var file: String
    var line: Int
    var name: String
    var function: String   // empty when the comment block is not followed by a func

    static func collect(file: String, text: String) -> [Citation] {
        let lines = text.components(separatedBy: "\n")
        var out: [Citation] = []
        for (i, raw) in lines.enumerated() {
            let s = raw.trimmingCharacters(in: .whitespaces)
            guard s.hasPrefix("// Production:") else { continue }
            let name = s.dropFirst("// Production:".count).trimmingCharacters(in: .whitespaces)
            // the comment block continues down to the declaration it documents
            var j = i + 1
            while j < lines.count, lines[j].trimmingCharacters(in: .whitespaces).hasPrefix("//") { j += 1 }
            out.append(Citation(file: file, line: i + 1, name: name, function: j < lines.count ? funcName(lines[j]) : ""))
        }
        return out
    }

    /// The name in `... func name(` or "".
    static func funcName(_ line: String) -> String {
        guard let r = line.range(of: "func ") else { return "" }
        let rest = line[r.upperBound...]
        return String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }
}

// MARK: an EBNF reader

/// A grammar in the Go specification's EBNF, read as golang.org/x/exp/ebnf
/// reads it: productions `name = [ Expression ] .`, terms in sequence,
/// alternatives with `|`, ( ) groups, [ ] options, { } repetitions, tokens
/// in "" or ``, character ranges `"a" … "z"`; comments are skipped.
struct Grammar {
    var productions: [String: Production] = [:]
    var order: [String] = []

    struct Production {
        var name: String
        var expr: EBNF?          // nil: the empty production
        /// Every production name the expression uses, in order, without repeats.
        var names: [String] {
            var seen: [String] = []
            expr?.visit { if case .name(let n) = $0, !seen.contains(n) { seen.append(n) } }
            return seen
        }
    }

    indirect enum EBNF: CustomStringConvertible {
        case name(String)
        case token(String)
        case range(String, String)
        case sequence([EBNF])
        case alternative([EBNF])
        case group(EBNF)
        case option(EBNF)
        case repetition(EBNF)

        func visit(_ f: (EBNF) -> Void) {
            f(self)
            switch self {
            case .sequence(let l), .alternative(let l): l.forEach { $0.visit(f) }
            case .group(let x), .option(let x), .repetition(let x): x.visit(f)
            default: break
            }
        }

        var description: String {
            switch self {
            case .name(let n): return n
            case .token(let t): return "\"\(t)\""
            case .range(let a, let b): return "\"\(a)\" … \"\(b)\""
            case .sequence(let l): return l.map(\.description).joined(separator: " ")
            case .alternative(let l): return "(" + l.map(\.description).joined(separator: " | ") + ")"
            case .group(let x): return "( \(x) )"
            case .option(let x): return "[ \(x) ]"
            case .repetition(let x): return "{ \(x) }"
            }
        }
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var line: Int, col: Int, message: String
        var description: String { "\(line):\(col): \(message)" }
    }

    static func parse(_ text: String) throws -> Grammar {
        var p = EBNFParser(Array(text.unicodeScalars))
        try p.next()
        var g = Grammar()
        while p.tok != .eof {
            let (line, col) = (p.line, p.col)
            guard p.tok == .name else { throw p.error("expected production name, found \(p.tokText)") }
            let name = p.lit
            try p.next()
            try p.expect("=")
            var expr: EBNF?
            if !(p.tok == .punct && p.lit == ".") { expr = try p.expression() }
            try p.expect(".")
            if g.productions[name] != nil { throw SyntaxError(line: line, col: col, message: "\(name) declared twice") }
            g.productions[name] = Production(name: name, expr: expr)
            g.order.append(name)
        }
        return g
    }

    /// The problems Go's ebnf.Verify reports: undefined names, productions
    /// unreachable from `start`, lexical productions using syntactic ones.
    func verify(start: String) -> [String] {
        var problems: [String] = []
        var undefined: [String] = []
        if productions[start] == nil { problems.append("start production \(start) is not defined") }
        for name in order {
            for used in productions[name]!.names where productions[used] == nil && !undefined.contains(used) {
                undefined.append(used)
            }
        }
        problems += undefined.map { "\($0) is used but not defined" }
        var reached: Set<String> = []
        var work = productions[start] == nil ? [] : [start]
        while let n = work.popLast() {
            guard reached.insert(n).inserted, let p = productions[n] else { continue }
            work += p.names
        }
        problems += order.filter { !reached.contains($0) }.map { "\($0) is unreachable from \(start)" }
        for name in order where isLexical(name) {
            for used in productions[name]!.names where productions[used] != nil && !isLexical(used) {
                problems.append("lexical production \(name) uses syntactic production \(used)")
            }
        }
        return problems
    }
}

private struct EBNFParser {
    enum Tok { case eof, name, string, punct }
    let src: [Unicode.Scalar]
    var i = 0
    var curLine = 1, curCol = 1     // of src[i]
    var tok = Tok.eof
    var lit = ""
    var line = 1, col = 1           // of tok

    init(_ src: [Unicode.Scalar]) { self.src = src }

    var tokText: String {
        switch tok {
        case .eof: return "end of input"
        case .name: return lit
        case .string: return "\"\(lit)\""
        case .punct: return "\"\(lit)\""
        }
    }

    func error(_ msg: String) -> Grammar.SyntaxError { Grammar.SyntaxError(line: line, col: col, message: msg) }

    mutating func advance() {
        if src[i] == "\n" { curLine += 1; curCol = 1 } else { curCol += 1 }
        i += 1
    }

    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < src.count ? src[i + k] : nil }

    mutating func next() throws {
        // white space and comments
        while let c = peek() {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                advance()
            } else if c == "/" && peek(1) == "/" {
                while let d = peek(), d != "\n" { advance() }
            } else if c == "/" && peek(1) == "*" {
                let (l, cc) = (curLine, curCol)
                advance(); advance()
                while true {
                    guard let d = peek() else { throw Grammar.SyntaxError(line: l, col: cc, message: "comment not terminated") }
                    if d == "*" && peek(1) == "/" { advance(); advance(); break }
                    advance()
                }
            } else {
                break
            }
        }
        (line, col) = (curLine, curCol)
        guard let c = peek() else { tok = .eof; lit = ""; return }
        if c.properties.isAlphabetic || c == "_" {
            var s = ""
            while let d = peek(), d.properties.isAlphabetic || d == "_" || ("0"..."9").contains(d) {
                s.unicodeScalars.append(d)
                advance()
            }
            tok = .name; lit = s
            return
        }
        if c == "\"" || c == "`" {
            advance()
            var s = ""
            while true {
                guard let d = peek(), d != "\n" || c == "`" else { throw error("string not terminated") }
                advance()
                if d == c { break }
                if d == "\\" && c == "\"", let e = peek() {
                    // the specification's "..." tokens escape only \ and "
                    advance()
                    s.unicodeScalars.append(e)
                    continue
                }
                s.unicodeScalars.append(d)
            }
            tok = .string; lit = s
            return
        }
        if "=.|()[]{}…".unicodeScalars.contains(c) {
            advance()
            tok = .punct; lit = String(c)
            return
        }
        throw error("unexpected character \(c)")
    }

    mutating func expect(_ p: String) throws {
        guard tok == .punct && lit == p else { throw error("expected \"\(p)\", found \(tokText)") }
        try next()
    }

    func isPunct(_ p: String) -> Bool { tok == .punct && lit == p }

    mutating func expression() throws -> Grammar.EBNF {
        var alts = [try term()]
        while isPunct("|") {
            try next()
            alts.append(try term())
        }
        return alts.count == 1 ? alts[0] : .alternative(alts)
    }

    mutating func term() throws -> Grammar.EBNF {
        var seq: [Grammar.EBNF] = []
        while let f = try factor() { seq.append(f) }
        if seq.isEmpty { throw error("expected term, found \(tokText)") }
        return seq.count == 1 ? seq[0] : .sequence(seq)
    }

    mutating func factor() throws -> Grammar.EBNF? {
        switch tok {
        case .name:
            let n = lit
            try next()
            return .name(n)
        case .string:
            let (l, c) = (line, col)
            let a = lit
            try next()
            guard isPunct("…") else { return .token(a) }
            try next()
            guard tok == .string else { throw error("expected token, found \(tokText)") }
            let b = lit
            try next()
            guard a.unicodeScalars.count == 1 && b.unicodeScalars.count == 1 else {
                throw Grammar.SyntaxError(line: l, col: c, message: "a range needs single characters")
            }
            return .range(a, b)
        case .punct:
            let (open, close): (String, String)
            switch lit {
            case "(": (open, close) = ("(", ")")
            case "[": (open, close) = ("[", "]")
            case "{": (open, close) = ("{", "}")
            default: return nil
            }
            try next()
            let x = try expression()
            try expect(close)
            switch open {
            case "(": return .group(x)
            case "[": return .option(x)
            default: return .repetition(x)
            }
        case .eof:
            return nil
        }
    }
}

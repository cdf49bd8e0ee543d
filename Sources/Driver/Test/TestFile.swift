// One test program and what is expected of it, read the way Go's test/
// directory, Go examples and Go interpreters' suites write expectations:
//
//   - a first-line action (after any //go:build lines): `// run [args]`
//     with NAME.out beside it holding the expected stdout+stderr (none: no
//     output), `// errorcheck [flags]` with `// ERROR "re"` annotations,
//     `// compile`, `// build`, `// skip`; the other actions of Go's test/
//     directory (rundir, errorcheckdir, …) need several files and are skipped;
//   - otherwise a trailing `// Output:` or `// Unordered output:` comment
//     block, or a trailing `// Error:` comment with the expected error text;
//   - sidecar NAME.exit (this project's): the expected exit status of a run.

public enum TestAction: Equatable, Sendable {
    case run(args: [String])
    case errorcheck(flags: [String])
    case compile
    case output(expected: String, unordered: Bool)
    case error(expected: String)
    case skip(reason: String)
}

public struct TestFile: Sendable {
    public var path: String
    public var action: TestAction
    public var text: String
    /// Expected combined output of `// run` (NAME.out).
    public var expectedOutput: String?
    /// Expected exit status of `// run` (NAME.exit, else 0).
    public var expectedExit: Int32 = 0

    /// Reads a test file and its sidecars.
    public static func load(path: String) -> TestFile? {
        guard var bytes = readFileBytes(path) else { return nil }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        var t = TestFile(path: path, action: .skip(reason: "no expectation"), text: text)
        let base = path.hasSuffix(".go") ? String(path.dropLast(3)) : path
        t.action = parseAction(text)
        if case .run = t.action {
            t.expectedOutput = readFileBytes(base + ".out").map { String(decoding: $0, as: UTF8.self) } ?? ""
            if let e = readFileBytes(base + ".exit"), let n = Int32(String(decoding: e, as: UTF8.self).trimmingWhitespace()) {
                t.expectedExit = n
            }
        }
        return t
    }

    static let multiFileActions: Set<String> = [
        "rundir", "runindir", "compiledir", "errorcheckdir", "errorcheckandrundir", "buildrundir",
        "runoutput", "errorcheckoutput", "asmcheck", "buildrun", "errorcheckwithauto",
    ]

    static func parseAction(_ text: String) -> TestAction {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var i = 0
        while i < lines.count {
            let l = lines[i].trimmingWhitespace()
            if l.isEmpty { i += 1; continue }
            if l.hasPrefix("//go:build ") {
                let expr = String(l.dropFirst("//go:build ".count))
                if !BuildConstraint.satisfied(expr) { return .skip(reason: "build constraint: \(expr)") }
                i += 1
                continue
            }
            if l.hasPrefix("// +build") { i += 1; continue }
            break
        }
        if i < lines.count {
            let l = lines[i].trimmingWhitespace()
            if l.hasPrefix("// ") || l == "//" {
                let words = l.dropFirst(2).split(separator: " ").map(String.init)
                if let verb = words.first {
                    let rest = Array(words.dropFirst())
                    switch verb {
                    case "run": return .run(args: rest)
                    case "errorcheck": return .errorcheck(flags: rest)
                    case "compile", "build": return .compile
                    case "skip": return .skip(reason: "// skip")
                    default:
                        if multiFileActions.contains(verb) { return .skip(reason: "action \(verb) needs several files") }
                    }
                }
            }
        }
        return trailingBlock(lines) ?? .skip(reason: "no expectation")
    }

    /// A trailing `// Output:`, `// Unordered output:` or `// Error:` block.
    static func trailingBlock(_ lines: [String]) -> TestAction? {
        var end = lines.count
        while end > 0 && lines[end - 1].trimmingWhitespace().isEmpty { end -= 1 }
        // the block is the run of comment lines ending the file (or the example's body)
        var start = end
        while start > 0 {
            let l = lines[start - 1].trimmingWhitespace()
            if l.hasPrefix("//") { start -= 1; continue }
            if l == "}" && start == end { end -= 1; start -= 1; continue }
            break
        }
        guard start < end else { return nil }
        let block = lines[start..<end].map { $0.trimmingWhitespace() }
        for (k, l) in block.enumerated() {
            for (head, kind) in [("// Output:", 0), ("// Unordered output:", 1), ("// Error:", 2)] where l.hasPrefix(head) {
                var body: [String] = []
                let first = String(l.dropFirst(head.count)).trimmingWhitespace()
                if !first.isEmpty { body.append(first) }
                for m in block[(k + 1)...] {
                    var c = m.dropFirst(2)
                    if c.hasPrefix(" ") { c = c.dropFirst() }
                    body.append(String(c))
                }
                let expected = body.joined(separator: "\n").trimmingWhitespace()
                switch kind {
                case 0: return .output(expected: expected, unordered: false)
                case 1: return .output(expected: expected, unordered: true)
                default: return .error(expected: expected)
                }
            }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" || c == "\n" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\n" || c == "\r" { s.removeLast() }
        return String(s)
    }
}

/// `//go:build` expressions for linux/amd64, gc, Go 1.27, without cgo.
enum BuildConstraint {
    static func satisfied(_ expr: String) -> Bool {
        var p = ConstraintParser(tokens: tokenize(expr))
        return p.orExpr() ?? false
    }

    static func tag(_ t: String) -> Bool {
        switch t {
        case "linux", "amd64", "unix", "gc", "gosub": return true
        default:
            if t.hasPrefix("go1."), let n = Int(t.dropFirst(4)) { return n <= 27 }
            return false
        }
    }

    static func tokenize(_ s: String) -> [String] {
        var out: [String] = []
        var cur = ""
        var it = Array(s)
        var i = 0
        func flush() { if !cur.isEmpty { out.append(cur); cur = "" } }
        while i < it.count {
            let c = it[i]
            if c == " " || c == "\t" { flush(); i += 1; continue }
            if c == "(" || c == ")" || c == "!" { flush(); out.append(String(c)); i += 1; continue }
            if (c == "&" || c == "|") && i + 1 < it.count && it[i + 1] == c { flush(); out.append(String([c, c])); i += 2; continue }
            cur.append(c)
            i += 1
        }
        flush()
        it.removeAll()
        return out
    }

    struct ConstraintParser {
        var tokens: [String]
        var i = 0
        mutating func orExpr() -> Bool? {
            guard var v = andExpr() else { return nil }
            while i < tokens.count && tokens[i] == "||" {
                i += 1
                guard let w = andExpr() else { return nil }
                v = v || w
            }
            return v
        }
        mutating func andExpr() -> Bool? {
            guard var v = unary() else { return nil }
            while i < tokens.count && tokens[i] == "&&" {
                i += 1
                guard let w = unary() else { return nil }
                v = v && w
            }
            return v
        }
        mutating func unary() -> Bool? {
            guard i < tokens.count else { return nil }
            let t = tokens[i]
            i += 1
            if t == "!" { return unary().map { !$0 } }
            if t == "(" {
                let v = orExpr()
                guard i < tokens.count, tokens[i] == ")" else { return nil }
                i += 1
                return v
            }
            return BuildConstraint.tag(t)
        }
    }
}

// Go's `// errorcheck` convention: `// ERROR "regexp" …` at the end of each
// line where an error is expected. Every regexp must match a distinct
// diagnostic reported on its line (its first line, for multi-line
// messages), and every diagnostic must be matched by a regexp of its line.

import Base

public struct ErrorExpectation {
    public var line: Int
    public var patterns: [String]
}

public enum ErrorCheck {
    /// The `// ERROR` annotations of a source text, by line.
    public static func expectations(in text: String) -> [ErrorExpectation] {
        var out: [ErrorExpectation] = []
        for (i, lineText) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let r = lineText.firstRange(of: "// ERROR ") else { continue }
            let pats = quotedStrings(lineText[r.upperBound...])
            if !pats.isEmpty { out.append(ErrorExpectation(line: i + 1, patterns: pats)) }
        }
        return out
    }

    /// The quoted regexps of an annotation: the raw text between double quotes
    /// (a backslash-escaped quote does not end it) or backquotes. As in Go's
    /// test harness the text is used as the regexp without unquoting.
    static func quotedStrings(_ s: Substring) -> [String] {
        var out: [String] = []
        var it = s.makeIterator()
        while let c = it.next() {
            if c == "\"" {
                var cur = ""
                while let d = it.next() {
                    if d == "\\" {
                        cur.append(d)
                        if let e = it.next() { cur.append(e) }
                        continue
                    }
                    if d == "\"" { break }
                    cur.append(d)
                }
                out.append(cur)
            } else if c == "`" {
                var cur = ""
                while let d = it.next(), d != "`" { cur.append(d) }
                out.append(cur)
            }
        }
        return out
    }

    /// Mismatches between diagnostics (of file `fileID`) and the annotations; empty when they agree.
    public static func compare(_ diagnostics: [Diagnostic], fileID: UInt32, text: String,
                               matches: (String, String) -> Bool) -> [String] {
        var problems: [String] = []
        var byLine: [Int: [String]] = [:]
        for d in diagnostics where d.pos.file == fileID {
            let first = d.message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? d.message
            byLine[Int(d.pos.line), default: []].append(first)
        }
        let exps = expectations(in: text)
        var expectedLines = Set<Int>()
        for e in exps {
            expectedLines.insert(e.line)
            var msgs = byLine[e.line] ?? []
            // A regexp consumes every diagnostic of its line it matches, as in Go's
            // runner, unless a later regexp of the line matches one of them too: then
            // it takes only the first (annotations may list repeated messages one by one).
            for (k, p) in e.patterns.enumerated() {
                let hits = msgs.indices.filter { matches(p, msgs[$0]) }
                guard let first = hits.first else {
                    problems.append("line \(e.line): no error matching \"\(p)\" (got \(byLine[e.line] ?? []))")
                    continue
                }
                let later = e.patterns[(k + 1)...]
                if hits.contains(where: { i in later.contains { matches($0, msgs[i]) } }) {
                    msgs.remove(at: first)
                } else {
                    for i in hits.reversed() { msgs.remove(at: i) }
                }
            }
            for m in msgs { problems.append("line \(e.line): unexpected error: \(m)") }
        }
        for (line, msgs) in byLine.sorted(by: { $0.key < $1.key }) where !expectedLines.contains(line) {
            for m in msgs { problems.append("line \(line): unexpected error: \(m)") }
        }
        return problems
    }
}

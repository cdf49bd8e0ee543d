// Runs the front-end corpus of Programs/check through the parser and type
// checker: `// errorcheck` programs must report exactly the annotated errors
// (ERROR regexps by line); `// run` and `// compile` programs must check clean.
// The stricter comparison with gc's full output (NAME.gc: columns and
// continuation lines) is measured and printed.

import XCTest
import Foundation
import Base
import Driver

final class CheckCorpusTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Programs/check")

    static func goFiles() -> [URL] {
        let fm = FileManager.default
        guard let e = fm.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "go" }.sorted { $0.path < $1.path }
    }

    func matches(_ pattern: String, _ message: String) -> Bool {
        guard let re = try? Regex(pattern) else { return message.contains(pattern) }
        return message.firstMatch(of: re) != nil
    }

    /// Files listed in Programs/check/KNOWN-DISAGREEMENTS.md (first column of its table).
    static func knownDisagreements() -> Set<String> {
        let url = root.appendingPathComponent("KNOWN-DISAGREEMENTS.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && line.contains(".go |") {
            let cell = line.dropFirst(2).split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            out.insert(cell)
        }
        return out
    }

    func testCorpus() throws {
        let files = Self.goFiles()
        let known = Self.knownDisagreements()
        var disagreeing = Set<String>()
        XCTAssertGreaterThan(files.count, 300, "corpus missing")
        var failures: [String] = []
        var exact = 0, errorchecks = 0, clean = 0
        for url in files {
            var bytes = Array(try Data(contentsOf: url))
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            let text = String(decoding: bytes, as: UTF8.self)
            let name = url.lastPathComponent
            let rel = url.path.replacingOccurrences(of: Self.root.path + "/", with: "")
            let src = SourceFile(id: 1, name: "./" + name, bytes: Array(try Data(contentsOf: url)))
            let result = Frontend.check([src])
            let diags = result.diagnostics.sorted()
            if text.hasPrefix("// errorcheck") {
                errorchecks += 1
                let problems = ErrorCheck.compare(diags, fileID: 1, text: text, matches: matches)
                if !problems.isEmpty {
                    disagreeing.insert(rel)
                    if !known.contains(rel) {
                        failures.append("\(rel):\n  " + problems.joined(separator: "\n  "))
                    }
                }
                let gcURL = url.deletingPathExtension().appendingPathExtension("gc")
                if let gc = try? String(contentsOf: gcURL, encoding: .utf8) {
                    let want = gc.trimmingCharacters(in: .newlines)
                    let got = result.formattedDiagnostics().map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }.joined(separator: "\n")
                    if want == got { exact += 1 }
                }
            } else if text.hasPrefix("// run") || text.hasPrefix("// compile") {
                clean += 1
                if !diags.isEmpty {
                    failures.append("\(rel): expected no errors, got:\n  " + result.formattedDiagnostics().joined(separator: "\n  "))
                }
            }
        }
        for k in known.sorted() where !disagreeing.contains(k) {
            failures.append("\(k) now agrees with gc: remove it from KNOWN-DISAGREEMENTS.md")
        }
        print("check corpus: \(files.count) files, \(known.count) known disagreements, \(errorchecks) errorcheck (\(exact) match gc's output exactly), \(clean) must check clean, \(failures.count) failing")
        if !failures.isEmpty {
            XCTFail("\(failures.count) corpus programs disagree with gc:\n" + failures.joined(separator: "\n"))
        }
    }
}

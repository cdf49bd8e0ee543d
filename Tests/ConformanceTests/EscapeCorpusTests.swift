// Runs the escape-analysis corpus of Programs/escape (gc's errorcheck style,
// `// errorcheck -0 -m -l`) through the front end and the analysis: every
// `// ERROR` regexp must match a distinct diagnostic of its line and every
// diagnostic must be matched, as Go's errorcheck requires. It prints the
// share of annotations matched and how many files reproduce gc's output
// (NAME.m: gc's lines, in gc's order) exactly.

import XCTest
import Foundation
import Base
import Driver
import Escape

final class EscapeCorpusTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Programs/escape")

    static func goFiles() -> [URL] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: root.path) else { return [] }
        return names.filter { $0.hasSuffix(".go") }.sorted().map { root.appendingPathComponent($0) }
    }

    func matches(_ pattern: String, _ message: String) -> Bool {
        guard let re = try? Regex(pattern) else { return message.contains(pattern) }
        return message.firstMatch(of: re) != nil
    }

    func testCorpus() throws {
        let files = Self.goFiles()
        XCTAssertGreaterThanOrEqual(files.count, 100, "corpus missing")
        var failures: [String] = []
        var broken: [String] = []
        var exact = 0, annotations = 0, matched = 0, unexpected = 0
        var inexact: [String] = []
        for url in files {
            let bytes = Array(try Data(contentsOf: url))
            let text = String(decoding: bytes, as: UTF8.self)
            let name = url.lastPathComponent
            let src = SourceFile(id: 1, name: name, bytes: bytes)
            let fe = Frontend.check([src], errorLimit: 0)
            guard let checker = fe.checker, fe.diagnostics.isEmpty else {
                broken.append("\(name): does not type-check: \(fe.formattedDiagnostics())")
                continue
            }
            let lines = EscapeReport.lines(checker: checker, files: fe.files, sources: [src])
            let diags = EscapeAnalysis.analyze(checker: checker, files: fe.files).diagnostics
            let problems = ErrorCheck.compare(diags, fileID: 1, text: text, matches: matches)
            let exps = ErrorCheck.expectations(in: text)
            let total = exps.reduce(0) { $0 + $1.patterns.count }
            let missing = problems.filter { $0.contains("no error matching") }.count
            annotations += total
            matched += total - missing
            unexpected += problems.count - missing
            if !problems.isEmpty { failures.append("\(name):\n  " + problems.joined(separator: "\n  ")) }
            let mURL = url.deletingPathExtension().appendingPathExtension("m")
            if let want = try? String(contentsOf: mURL, encoding: .utf8) {
                let got = lines.map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }.joined(separator: "\n")
                if want.trimmingCharacters(in: .newlines) == got { exact += 1 } else { inexact.append(name) }
            }
        }
        let pct = annotations == 0 ? 0 : Double(matched) * 100 / Double(annotations)
        print("escape corpus: \(files.count) files, \(matched)/\(annotations) annotations matched (\(String(format: "%.1f", pct))%), \(unexpected) unexpected diagnostics, \(exact) files match gc's -m output exactly")
        if !inexact.isEmpty { print("escape corpus: not exact: " + inexact.joined(separator: " ")) }
        if !failures.isEmpty { print("escape corpus disagreements:\n" + failures.joined(separator: "\n")) }
        XCTAssert(broken.isEmpty, broken.joined(separator: "\n"))
        // the issue's bar: at least 95% of the annotations, and nothing gc does not report
        XCTAssertGreaterThanOrEqual(pct, 95.0)
        XCTAssertEqual(unexpected, 0, "diagnostics real Go does not produce")
    }
}

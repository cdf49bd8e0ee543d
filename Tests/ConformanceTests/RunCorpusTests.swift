// Runs every `// run` program of Programs/check, Programs/run and
// Programs/alloc through
// `gosub run` (the built binary, with a timeout, so a hang or a host crash
// is a failure of that program, not of the suite) and compares the
// combined stdout+stderr with NAME.out, produced by real Go.
//
// - A program refused with `gosub: … not supported yet` (exit status 2) is
//   counted as unsupported and listed with the feature.
// - When Go's output ends in a panic or fatal error, only the lines up to
//   the `goroutine N [...]:` header are compared (the trace carries
//   addresses and paths), ignoring `[signal …]` lines, and the exit status
//   must be 2.
// - The test fails on wrong output, a wrong exit status, a crash or a hang
//   of a program gosub claims to run. Programs/run must be fully supported.

import XCTest
import Foundation

final class RunCorpusTests: XCTestCase {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func runPrograms(in dir: String) -> [URL] {
        let root = repo.appendingPathComponent(dir)
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { url in
            guard url.pathExtension == "go", var bytes = try? Data(contentsOf: url) else { return false }
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            return bytes.starts(with: Array("// run".utf8))
                && FileManager.default.fileExists(atPath: url.deletingPathExtension().appendingPathExtension("out").path)
        }.sorted { $0.path < $1.path }
    }

    static func gosubBinary() -> URL? {
        for cfg in ["debug", "release"] {
            let u = repo.appendingPathComponent(".build/\(cfg)/gosub")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return nil
    }

    /// Runs the binary on a program; (status, output, timedOut).
    static func execute(_ bin: URL, _ prog: URL, timeout: Double = 20) -> (Int32, String, Bool) {
        let p = Process()
        p.executableURL = bin
        p.arguments = ["run", prog.lastPathComponent]
        p.currentDirectoryURL = prog.deletingLastPathComponent()
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("gosub-run-\(getpid())-\(UUID().uuidString).txt")
        _ = FileManager.default.createFile(atPath: tmp.path, contents: nil)
        guard let fh = try? FileHandle(forWritingTo: tmp) else { return (-1, "cannot create \(tmp.path)", false) }
        defer { try? FileManager.default.removeItem(at: tmp) }
        p.standardOutput = fh
        p.standardError = fh
        do { try p.run() } catch { return (-1, "cannot run: \(error)", false) }
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning && Date() < deadline { usleep(2000) }
        var timedOut = false
        if p.isRunning { p.terminate(); timedOut = true }
        p.waitUntilExit()
        try? fh.close()
        let data = (try? Data(contentsOf: tmp)) ?? Data()
        let status = p.terminationReason == .uncaughtSignal ? -p.terminationStatus : p.terminationStatus
        return (status, String(decoding: data, as: UTF8.self), timedOut)
    }

    /// The comparable part of an output: everything, or up to the goroutine header after a panic.
    static func comparable(_ s: String) -> (text: String, crashes: Bool) {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // a crash: a panic or fatal error line followed by a goroutine header (a program may print "panic: …" itself)
        let isHeader: (String) -> Bool = { $0.hasPrefix("goroutine ") && $0.hasSuffix(":") }
        guard let i = lines.indices.first(where: { k in
            let l = lines[k]
            return (l.hasPrefix("panic: ") || l.hasPrefix("fatal error: ") || l.hasPrefix("runtime: goroutine stack exceeds"))
                && lines[k...].contains(where: isHeader)
        }) else {
            return (s, false)
        }
        if let g = lines[i...].firstIndex(where: { $0.hasPrefix("goroutine ") && $0.hasSuffix(":") }) {
            lines = Array(lines[..<g])
        }
        // a fatal error: up to the blank line after it (the runtime's own frames follow)
        if let f = lines[i...].firstIndex(where: { $0.hasPrefix("fatal error: ") }),
           let blank = lines[f...].firstIndex(of: "") {
            lines = Array(lines[..<blank])
        }
        lines = lines.filter { !$0.hasPrefix("[signal ") && !$0.hasPrefix("runtime: sp=") && !$0.hasPrefix("runtime stack:") }
        while lines.last == "" { lines.removeLast() }
        return (lines.joined(separator: "\n"), true)
    }

    /// Programs listed in DIR/KNOWN-RUN-FAILURES.md (first column of its table):
    /// expected to produce wrong output until fixed, each with its reason.
    static func knownFailures(in dir: String) -> Set<String> {
        let url = repo.appendingPathComponent(dir).appendingPathComponent("KNOWN-RUN-FAILURES.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var out = Set<String>()
        for line in text.split(separator: "\n") where line.hasPrefix("| ") && line.contains(".go |") {
            if let cell = line.dropFirst(2).split(separator: "|").first {
                out.insert(dir + "/" + cell.trimmingCharacters(in: .whitespaces))
            }
        }
        return out
    }

    func runCorpus(_ dir: String, requireAll: Bool) throws {
        guard let bin = Self.gosubBinary() else { throw XCTSkip("gosub binary not built") }
        let progs = Self.runPrograms(in: dir)
        XCTAssertFalse(progs.isEmpty, "no programs in \(dir)")
        var passed = 0
        var unsupported: [String] = []
        var failed: [String] = []
        var knownFailing: [String] = []
        let known = Self.knownFailures(in: dir)
        for prog in progs {
            let rel = prog.path.replacingOccurrences(of: Self.repo.path + "/", with: "")
            let want = (try? Data(contentsOf: prog.deletingPathExtension().appendingPathExtension("out"))).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let (status, got, timedOut) = Self.execute(bin, prog)
            if timedOut { failed.append("\(rel): timed out"); continue }
            if status == 2, let line = got.split(separator: "\n").first, line.contains("gosub: "), line.hasSuffix("not supported yet") {
                unsupported.append("\(rel): \(line.split(separator: " ", maxSplits: 1).last ?? "")")
                continue
            }
            if status < 0 { failed.append("\(rel): host crash (signal \(-status))\n\(got.prefix(400))"); continue }
            let w = Self.comparable(want), g = Self.comparable(got)
            var ok = w.text == g.text
            if w.crashes && status != 2 { ok = false }
            let source = (try? String(contentsOf: prog, encoding: .utf8)) ?? ""
            if !w.crashes && status != 0 && !source.contains("os.Exit(") { ok = false }
            if ok {
                passed += 1
                if known.contains(rel) { failed.append("\(rel) now passes: remove it from KNOWN-RUN-FAILURES.md") }
            } else if known.contains(rel) {
                knownFailing.append(rel)
            } else {
                failed.append("\(rel): status \(status)\n--- want\n\(w.text.prefix(600))\n--- got\n\(g.text.prefix(600))")
            }
        }
        print("\(dir): \(progs.count) programs: \(passed) passed, \(unsupported.count) unsupported, \(knownFailing.count) known failures, \(failed.count) failed")
        for u in unsupported { print("  unsupported: \(u)") }
        for f in failed { print("  FAILED: \(f)") }
        XCTAssertTrue(failed.isEmpty, "\(failed.count) programs failed in \(dir)")
        if requireAll { XCTAssertTrue(unsupported.isEmpty, "golden programs must be supported") }
    }

    func testCheckCorpusRuns() throws { try runCorpus("Programs/check", requireAll: false) }
    func testGoldenPrograms() throws { try runCorpus("Programs/run", requireAll: true) }
    /// Allocation fidelity: MemStats deltas equal real Go's (-gcflags=-l).
    func testAllocationPrograms() throws { try runCorpus("Programs/alloc", requireAll: true) }
}

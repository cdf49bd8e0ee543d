// `gosub test`: runs test programs in children of gosub itself (`gosub build`
// for errorcheck and compile, `gosub run` for programs), in parallel, each
// with a timeout, and judges them by the conventions of TestFile. Prints a
// progress line on a terminal (plain lines otherwise), a diff per failure,
// optionally every verdict (-v) or JSON lines (-json), and last, exactly,
// `N passed, N failed, N skipped`.

#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Base

public struct TestOptions: Sendable {
    public var jobs = 2
    public var timeoutSeconds = 60.0
    public var verbose = false
    public var json = false
    public var runPattern: String?
    /// A program gosub refuses ("gosub: … not supported yet") is skipped, not failed.
    public var skipUnsupported = false
    /// Print nothing (for tests of the runner).
    public var quiet = false
    public init() {}
}

public enum Verdict: Sendable {
    case passed
    case failed(String)
    case skipped(String)
}

public struct TestResult: Sendable {
    public var path: String
    public var verdict: Verdict
    public var nanoseconds: UInt64
}

public final class TestRunner: @unchecked Sendable {
    let options: TestOptions
    let gosub: String
    private var mutex = pthread_mutex_t()
    private var next = 0
    private var files: [String] = []
    private var results: [TestResult?] = []
    private var passed = 0, failed = 0, skipped = 0
    private let tty = isatty(1) != 0

    public init(options: TestOptions, gosubPath: String? = nil) {
        self.options = options
        self.gosub = gosubPath ?? ChildProcess.selfPath()
        pthread_mutex_init(&mutex, nil)
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// Test files under the given paths: .go files, directories walked recursively
    /// (skipping hidden directories and `testdata`).
    public static func collect(_ paths: [String]) -> [String] {
        var out: [String] = []
        func walk(_ p: String) {
            if isDirectory(p) {
                for name in listDirectory(p) where !name.hasPrefix(".") && name != "testdata" {
                    walk(p.hasSuffix("/") ? p + name : p + "/" + name)
                }
            } else if p.hasSuffix(".go") {
                out.append(p)
            }
        }
        for p in paths { walk(p) }
        return out
    }

    /// Runs the tests; returns the results in file order.
    public func run(paths: [String]) -> [TestResult] {
        var all = TestRunner.collect(paths)
        if let pat = options.runPattern, let re = try? Regex(pat) {
            all = all.filter { $0.firstMatch(of: re) != nil }
        }
        files = all
        results = Array(repeating: nil, count: all.count)
        let n = max(1, min(options.jobs, all.count))
        var threads: [pthread_t] = []
        for _ in 0..<n {
            var tid = pthread_t()
            let me = Unmanaged.passRetained(self).toOpaque()
            if pthread_create(&tid, nil, { raw in
                let r = Unmanaged<TestRunner>.fromOpaque(raw!).takeRetainedValue()
                r.work()
                return nil
            }, me) == 0 {
                threads.append(tid)
            } else {
                Unmanaged<TestRunner>.fromOpaque(me).release()
            }
        }
        if threads.isEmpty { work() }
        for t in threads { pthread_join(t, nil) }
        if !options.quiet {
            if tty && !options.json { print("\r\u{1B}[K", terminator: "") }
            print("\(passed) passed, \(failed) failed, \(skipped) skipped")
        }
        return results.compactMap { $0 }
    }

    private func work() {
        while true {
            pthread_mutex_lock(&mutex)
            let i = next
            next += 1
            pthread_mutex_unlock(&mutex)
            if i >= files.count { return }
            let start = ChildProcess.monotonicNanos()
            let verdict = judge(files[i])
            let r = TestResult(path: files[i], verdict: verdict, nanoseconds: ChildProcess.monotonicNanos() - start)
            pthread_mutex_lock(&mutex)
            results[i] = r
            report(r)
            pthread_mutex_unlock(&mutex)
        }
    }

    // MARK: verdicts

    func judge(_ path: String) -> Verdict {
        guard let t = TestFile.load(path: path) else { return .failed("cannot read \(path)") }
        // as Go's test runner: in the file's directory, the file named ./NAME.go
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let file = "./" + (slash.map { String(path[path.index(after: $0)...]) } ?? path)
        func child(_ args: [String]) -> ChildResult? {
            ChildProcess.run([gosub] + args.map { $0 == path ? file : $0 }, in: dir, timeoutSeconds: options.timeoutSeconds)
        }
        return judge(t, path: path, file: file, child)
    }

    private func judge(_ t: TestFile, path: String, file: String, _ child: ([String]) -> ChildResult?) -> Verdict {
        switch t.action {
        case .skip(let why):
            return .skipped(why)
        case .compile:
            guard let r = child(["build", path]) else { return .failed("cannot start gosub") }
            if r.timedOut { return timedOut() }
            if r.status != 0 || !r.output.isEmpty {
                return .failed("expected the program to compile; gosub build exited \(r.status):\n" + text(r.output))
            }
            return .passed
        case .errorcheck(let flags):
            var args = ["build", "-e"]
            for f in flags where f.hasPrefix("-m") { args.append(f) }
            args.append(path)
            guard let r = child(args) else { return .failed("cannot start gosub") }
            if r.timedOut { return timedOut() }
            let diags = parseDiagnostics(text(r.output), path: file)
            let problems = ErrorCheck.compare(diags, fileID: 1, text: t.text) { pattern, message in
                guard let re = try? Regex(pattern) else { return message.contains(pattern) }
                return message.firstMatch(of: re) != nil
            }
            if !problems.isEmpty { return .failed(problems.joined(separator: "\n")) }
            return .passed
        case .run(let args):
            guard let r = child(["run", path] + args) else { return .failed("cannot start gosub") }
            if r.timedOut { return timedOut() }
            if let v = refused(r) { return v }
            // a crash is compared up to its goroutine trace, and exits with status 2
            let want = CrashOutput.comparable(t.expectedOutput ?? ""), got = CrashOutput.comparable(text(r.output))
            if got.text != want.text {
                return .failed("output differs:\n" + TextDiff.unified(expected: want.text, actual: got.text))
            }
            let exit = want.crashes && t.expectedExit == 0 ? 2 : t.expectedExit
            if r.status != exit {
                return .failed("exit status \(r.status), want \(exit)")
            }
            return .passed
        case .output(let expected, let unordered):
            guard let r = child(["run", path]) else { return .failed("cannot start gosub") }
            if r.timedOut { return timedOut() }
            if let v = refused(r) { return v }
            let got = text(r.output).trimmingWhitespace()
            let same = unordered
                ? got.split(separator: "\n").map { $0.trimmingWhitespace() }.sorted() == expected.split(separator: "\n").map { $0.trimmingWhitespace() }.sorted()
                : got == expected
            if !same { return .failed("output differs:\n" + TextDiff.unified(expected: expected, actual: got)) }
            if r.status != 0 { return .failed("exit status \(r.status), want 0") }
            return .passed
        case .error(let expected):
            guard let r = child(["run", path]) else { return .failed("cannot start gosub") }
            if r.timedOut { return timedOut() }
            let got = text(r.output)
            if r.status == 0 { return .failed("expected an error containing \"\(expected)\"; the program succeeded") }
            if !got.contains(expected) {
                return .failed("expected an error containing \"\(expected)\"; got:\n" + got)
            }
            return .passed
        }
    }

    /// With skipUnsupported, a program gosub refused as not supported yet is skipped.
    private func refused(_ r: ChildResult) -> Verdict? {
        // (a refusal at run time may follow the program's earlier output)
        guard options.skipUnsupported, r.status == 2,
              let line = text(r.output).split(separator: "\n").last(where: { $0.contains("gosub: ") && $0.hasSuffix("not supported yet") })
        else { return nil }
        return .skipped("unsupported: " + (line.split(separator: "gosub: ").last.map(String.init) ?? ""))
    }

    private func timedOut() -> Verdict {
        .failed("timed out after \(formatSeconds(options.timeoutSeconds))s")
    }

    private func text(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

    /// `path:line:col: msg` lines (continuation lines start with a tab) as diagnostics of file 1.
    func parseDiagnostics(_ out: String, path: String) -> [Diagnostic] {
        var diags: [Diagnostic] = []
        for line in out.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("\t"), !diags.isEmpty {
                diags[diags.count - 1].message += "\n" + line
                continue
            }
            guard line.hasPrefix(path + ":") else { continue }
            let rest = line.dropFirst(path.count + 1)
            let parts = rest.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let l = UInt32(parts[0]) else { continue }
            var msg = parts[2]
            var col: UInt32 = 0
            if let c = UInt32(parts[1]) {
                col = c
                if msg.hasPrefix(" ") { msg = msg.dropFirst() }
            } else {
                msg = Substring(parts[1] + ":" + parts[2]).drop(while: { $0 == " " })
            }
            diags.append(Diagnostic(pos: Pos(file: 1, line: l, col: col), message: String(msg)))
        }
        return diags
    }

    // MARK: reporting (called with the mutex held)

    private func report(_ r: TestResult) {
        switch r.verdict {
        case .passed: passed += 1
        case .failed: failed += 1
        case .skipped: skipped += 1
        }
        if options.quiet { return }
        let secs = formatSeconds(Double(r.nanoseconds) / 1e9)
        if options.json {
            var action = "pass", out = ""
            switch r.verdict {
            case .passed: break
            case .failed(let d): action = "fail"; out = d
            case .skipped(let d): action = "skip"; out = d
            }
            print("{\"Test\":\(goQuote(r.path)),\"Action\":\"\(action)\",\"Elapsed\":\(secs),\"Output\":\(goQuote(out))}")
        }
        switch r.verdict {
        case .passed:
            if options.verbose && !options.json { clearLine(); print("--- PASS: \(r.path) (\(secs)s)") }
        case .failed(let detail):
            if !options.json {
                clearLine()
                print("--- FAIL: \(r.path) (\(secs)s)")
                for l in detail.split(separator: "\n", omittingEmptySubsequences: false) { print("    " + l) }
            }
        case .skipped(let why):
            if options.verbose && !options.json { clearLine(); print("--- SKIP: \(r.path): \(why)") }
        }
        if tty && !options.json {
            print("\r\u{1B}[K[\(passed + failed + skipped)/\(files.count)] \(passed) passed, \(failed) failed, \(skipped) skipped", terminator: "")
            fflush(stdout)
        }
    }

    private func clearLine() {
        if tty { print("\r\u{1B}[K", terminator: "") }
    }
}

func formatSeconds(_ s: Double) -> String {
    let ms = Int((s * 1000).rounded())
    let frac = ms % 1000
    return "\(ms / 1000)." + (frac < 10 ? "00" : frac < 100 ? "0" : "") + "\(frac)"
}

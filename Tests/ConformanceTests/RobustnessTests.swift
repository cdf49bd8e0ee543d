// The front end must never crash the host or hang, whatever the input: a
// Swift trap, a fatalError reachable from a program, or unbounded recursion
// inside gosub itself is a bug. These tests feed the parser and checker
// (`Frontend.check`) deterministic mutations of the check corpus
// (Programs/check/**/*.go), deeply nested programs, and the minimized inputs
// of Crashers/ that once brought the host down; each must merely return
// (diagnostics are fine).
//
// A trap kills the whole test process, so the input in flight is lost with
// it. fuzz-hunt.sh (beside this file) runs the mutation fuzzer to the end,
// saving every input that kills it. By hand: run with
//     GOSUB_FUZZ_DUMP=/tmp/fuzz-current.go
// and every variant is written to that file (its name to FILE.name) before it
// is checked; after a crash, FILE holds the culprit
// (`.build/debug/gosub build FILE` reproduces it). Other knobs, all optional:
//     GOSUB_FUZZ_SEED=N          another fixed seed (default 0x60_5B)
//     GOSUB_FUZZ_PER_FILE=N      variants per corpus file (default 40)
//     GOSUB_FUZZ_START=N         skip the first N mutated variants (resume after a crash)
//     GOSUB_FUZZ_SKIP=a,b,...    skip these variant numbers (known crashers)
//     GOSUB_FUZZ_DEPTH=N         nesting depth of testDeepNesting (default 5000)
//     GOSUB_FUZZ_ONLY=name,...   only these nesting templates
//     GOSUB_FUZZ_EMIT=DIR        testDeepNesting writes its programs to DIR
//                                (NAME-DEPTH.go) instead of checking them;
//                                GOSUB_FUZZ_DEPTHS=100,200,... picks the depths
//     GOSUB_FUZZ_HANG=SECONDS    a variant taking longer counts as a hang (default 30)
//     GOSUB_FUZZ_STACK=MIB       check on a thread with a stack of MIB MiB instead of
//                                the main thread (an experiment: deep but bounded
//                                recursion passes with a big enough stack)

import XCTest
import Foundation
import Base
import Driver

// MARK: - A fixed-seed PRNG (SplitMix64)

struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (0 when n <= 1).
    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(next() % UInt64(n)) }
    /// Uniform in lo...hi.
    mutating func within(_ lo: Int, _ hi: Int) -> Int { hi <= lo ? lo : lo + below(hi - lo + 1) }
    /// True with probability p/q.
    mutating func chance(_ p: Int, _ q: Int) -> Bool { below(q) < p }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    /// A length in 1...max biased towards small values.
    mutating func length(_ max: Int) -> Int { 1 + below(below(max) + 1) }
}

// MARK: - The hang watchdog

/// Watches the variant in flight from a background thread; when one takes
/// longer than `limit` seconds, names it and ends the process (a hang would
/// otherwise stall the test run forever).
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current = ""
    private var started = Date()
    private var running = true
    let limit: Double

    init(limit: Double) {
        self.limit = limit
        let t = Thread { [self] in self.loop() }
        t.stackSize = 1 << 20
        t.start()
    }

    func begin(_ name: String) {
        lock.lock(); current = name; started = Date(); lock.unlock()
    }

    func stop() { lock.lock(); running = false; lock.unlock() }

    private func loop() {
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            lock.lock()
            let (name, t0, go) = (current, started, running)
            lock.unlock()
            if !go { return }
            if Date().timeIntervalSince(t0) > limit {
                let msg = "RobustnessTests: HANG: \(name) still running after \(limit) s\n"
                FileHandle.standardError.write(msg.data(using: .utf8)!)
                exit(3)
            }
        }
    }
}

// MARK: - The tests

final class RobustnessTests: XCTestCase {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let corpusRoot = testsDir.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Programs/check")
    static let crashersDir = testsDir.appendingPathComponent("Crashers")

    static let env = ProcessInfo.processInfo.environment
    static func envInt(_ k: String, _ d: Int) -> Int { env[k].flatMap { Int($0) } ?? d }

    static func goFiles(under root: URL) -> [URL] {
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return e.compactMap { $0 as? URL }.filter { $0.pathExtension == "go" }.sorted { $0.path < $1.path }
    }

    /// A line on stderr, unbuffered (it must be out before a crash).
    static func note(_ line: String) {
        FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
    }

    /// Checks one input; with GOSUB_FUZZ_DUMP set, writes it out first.
    @discardableResult
    static func run(_ name: String, _ sources: [[UInt8]], errorLimit: Int = 10, watchdog: Watchdog) -> FrontendResult {
        if let dump = env["GOSUB_FUZZ_DUMP"] {
            // One file per source: FILE, FILE.2.go, ...
            for (i, s) in sources.enumerated() {
                let path = i == 0 ? dump : dump + ".\(i + 1).go"
                _ = FileManager.default.createFile(atPath: path, contents: Data(s))
            }
            _ = FileManager.default.createFile(atPath: dump + ".name", contents: (name + "\nfiles: \(sources.count)\n").data(using: .utf8))
        }
        watchdog.begin(name)
        let files = sources.enumerated().map { i, s in SourceFile(id: UInt32(i + 1), name: "./v\(i + 1).go", bytes: s) }
        guard let mib = env["GOSUB_FUZZ_STACK"].flatMap({ Int($0) }) else {
            return Frontend.check(files, errorLimit: errorLimit)
        }
        // Experiment: the same check on a thread with a stack of `mib` MiB, to
        // tell deep-but-bounded recursion from unbounded recursion.
        final class Box: @unchecked Sendable { var result: FrontendResult? }
        let box = Box(), done = DispatchSemaphore(value: 0)
        let t = Thread { box.result = Frontend.check(files, errorLimit: errorLimit); done.signal() }
        t.stackSize = mib << 20
        t.start()
        done.wait()
        return box.result!
    }

    /// ≥ 10,000 truncated or mutated variants of the corpus.
    func testMutatedCorpus() throws {
        let urls = Self.goFiles(under: Self.corpusRoot)
        XCTAssertGreaterThan(urls.count, 300, "corpus missing")
        let corpus = try urls.map { Array(try Data(contentsOf: $0)) }
        let rels = urls.map { $0.path.replacingOccurrences(of: Self.corpusRoot.path + "/", with: "") }
        let corpusLines = corpus.map { Mutator.lines($0) }
        let seed = UInt64(Self.envInt("GOSUB_FUZZ_SEED", 0x605B))
        let perFile = Self.envInt("GOSUB_FUZZ_PER_FILE", 40)
        let start = Self.envInt("GOSUB_FUZZ_START", 0)
        let skip = Set((Self.env["GOSUB_FUZZ_SKIP"] ?? "").split(separator: ",").compactMap { Int($0) })
        let watchdog = Watchdog(limit: Double(Self.envInt("GOSUB_FUZZ_HANG", 30)))
        defer { watchdog.stop() }

        let t0 = Date()
        var n = 0, checked = 0, bytes = 0, typed = 0, clean = 0
        for (fi, src) in corpus.enumerated() {
            // One PRNG per file, so a variant's bytes do not depend on START/SKIP.
            var rng = SplitMix64(seed: seed ^ (UInt64(fi) &* 0x2545_F491_4F6C_DD1D))
            for k in 0..<perFile {
                var m = Mutator(rng: rng, corpus: corpus, corpusLines: corpusLines)
                let (variant, ops) = m.variant(of: src)
                rng = m.rng
                var sources = [variant]
                // Now and then a second file of the same package: another corpus
                // program (or a mutation of it) beside this one.
                if rng.chance(1, 20) {
                    var other = corpus[rng.below(corpus.count)]
                    if rng.chance(1, 2) { var m2 = Mutator(rng: rng, corpus: corpus, corpusLines: corpusLines); other = m2.variant(of: other).0; rng = m2.rng }
                    sources.append(other)
                }
                let limit = rng.chance(1, 4) ? 0 : 10
                defer { n += 1 }
                if n < start || skip.contains(n) {
                    if n % 256 == 0 { watchdog.begin("(generating variant #\(n), skipped)") }
                    continue
                }
                let r = Self.run("#\(n) \(rels[fi]) [\(k)] \(ops)", sources, errorLimit: limit, watchdog: watchdog)
                checked += 1
                if r.package != nil { typed += 1 }
                if r.diagnostics.isEmpty { clean += 1 }
                bytes += sources.reduce(0) { $0 + $1.count }
            }
        }
        let dt = Date().timeIntervalSince(t0)
        print("robustness: \(n) mutated variants of \(corpus.count) corpus files (\(checked) checked, \(bytes) bytes; \(typed) reached the type checker, \(clean) without diagnostics) in \(String(format: "%.2f", dt)) s")
        XCTAssertGreaterThanOrEqual(checked, start == 0 && skip.isEmpty ? 10_000 : 0)
    }

    /// Deeply nested and very long programs: recursion in the parser and the
    /// checker must not overflow the host's stack.
    func testDeepNesting() throws {
        let depth = Self.envInt("GOSUB_FUZZ_DEPTH", 5000)
        let only = Set((Self.env["GOSUB_FUZZ_ONLY"] ?? "").split(separator: ",").map(String.init))
        let templates = Nesting.templates.filter { only.isEmpty || only.contains($0.name) }
        if let dir = Self.env["GOSUB_FUZZ_EMIT"] {
            let depths = (Self.env["GOSUB_FUZZ_DEPTHS"] ?? "\(depth)").split(separator: ",").compactMap { Int($0) }
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            for t in templates {
                for d in depths {
                    _ = FileManager.default.createFile(atPath: "\(dir)/\(t.name)-\(d).go", contents: Data(t.make(d)))
                }
            }
            print("robustness: wrote \(templates.count * depths.count) nesting programs to \(dir)")
            return
        }
        let watchdog = Watchdog(limit: Double(Self.envInt("GOSUB_FUZZ_HANG", 30)))
        defer { watchdog.stop() }
        let t0 = Date()
        for t in templates {
            // named before it runs: a stack overflow kills the process without a word of which
            Self.note("robustness: nesting \(t.name) depth \(depth)")
            let t1 = Date()
            Self.run("nesting \(t.name) depth \(depth)", [t.make(depth)], watchdog: watchdog)
            let dt = Date().timeIntervalSince(t1)
            if dt > 1 || Self.env["GOSUB_FUZZ_VERBOSE"] != nil {
                Self.note("robustness: nesting \(t.name) depth \(depth): \(String(format: "%.2f", dt)) s")
            }
        }
        let dt = Date().timeIntervalSince(t0)
        print("robustness: \(templates.count) nesting programs at depth \(depth) in \(String(format: "%.2f", dt)) s")
    }

    /// The minimized inputs that once crashed or hung the front end.
    func testCrashers() throws {
        let urls = Self.goFiles(under: Self.crashersDir)
        let watchdog = Watchdog(limit: Double(Self.envInt("GOSUB_FUZZ_HANG", 30)))
        defer { watchdog.stop() }
        for url in urls {
            Self.note("robustness: crasher \(url.lastPathComponent)")
            Self.run("crasher \(url.lastPathComponent)", [Array(try Data(contentsOf: url))], errorLimit: 0, watchdog: watchdog)
        }
        print("robustness: \(urls.count) crashers checked")
    }
}

// MARK: - Mutations

struct Mutator {
    var rng: SplitMix64
    let corpus: [[UInt8]]
    let corpusLines: [[[UInt8]]]

    static func lines(_ b: [UInt8]) -> [[UInt8]] {
        b.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) + [0x0A] }
    }

    static let tokens: [[UInt8]] = {
        let words = [
            "{", "}", "(", ")", "[", "]", "func", "type", "interface", "chan", "<-", "...", "~", "|", "*", "&",
            ":=", "=", ",", ";", "\"", "`", "/*", "*/", "//", "'", "0x", "1e", "0b", "0o", "0X_", "1_", "0x1p", "1i",
            ".", ":", "!", "^", "<<", ">>", "&^", "&&", "||", "==", "!=", "+=", "++", "--", "%", "/", "+", "-",
            "go", "defer", "select", "case", "default", "range", "map", "struct", "package", "import",
            "const", "var", "return", "break", "continue", "goto", "fallthrough", "if", "else", "for", "switch",
            "iota", "nil", "any", "comparable", "_", "T", "x", "int", "string", "error", "len", "make", "new",
            "unsafe.Sizeof", "[]", "[...]", "~int", "[T any]", "[P interface{ ~int }]", "interface{}", "struct{}",
            "func()", "chan<-", "<-chan", "'\\''", "\"\\x", "\\u", "'\\400'", "'ab'", "''", "\"\\uD800\"",
            "0x_1", "08", "0b2", "1e+", "0.e", "1p3", "0x.p1", ".5", "1__2", "9999999999999999999999999",
            "1e400", "0x1p-2000", "1<<63", "1<<64", "-1", "1.5", "2i", "'\\x80'", "\"\\xff\"", "//go:embed x",
            "//line x.go:1", "/*line :9:9*/", "\t", "\n", "\r", " ", "#", "$", "?", "@", "\\",
            "é", "世", "\u{00A0}", "\u{FEFF}", "\u{2028}", "\u{200B}", "𝑥", "ℵ",
        ]
        var t = words.map { Array($0.utf8) }
        t += [[0x00], [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80], [0xEF, 0xBB, 0xBF]]
        return t
    }()

    static let identifiers: [String] = [
        "int", "int8", "int64", "uint", "uint8", "uintptr", "byte", "rune", "float32", "float64", "complex64",
        "complex128", "string", "bool", "error", "any", "comparable", "nil", "true", "false", "iota", "_",
        "len", "cap", "make", "new", "append", "copy", "delete", "panic", "recover", "print", "println",
        "complex", "real", "imag", "min", "max", "clear", "close", "unsafe", "main", "init", "fmt", "T", "P",
        "func", "type", "map", "chan", "struct", "interface", "go", "defer", "range", "var", "const",
    ]

    static let numbers: [String] = [
        "0", "1", "-1", "0.0", "1.5", "1e308", "1e400", "-1e400", "1e-400", "0x1p-1074", "0x7fffffffffffffff",
        "0xffffffffffffffff", "1<<63", "1<<64", "1<<100", "1<<1000", "1<<10000", "1<<1000000", "1<<-1",
        "1>>1000000", "-1<<63", "9223372036854775808", "1e1000000", "1e-1000000", "0x1p1000000",
        "'a'", "'\\U0010FFFF'", "'\\U00110000'", "2i", "1e400i", "\"s\"", "nil", "(1.0/3.0)", "(1/0)", "(1.0/0)",
        "0b1", "0o7", "07", "08", "0_1", "1_000", "iota", "len(\"abc\")", "-0.0", "^0", "^uint(0)",
        "9223372036854775807", "9223372036854775806", "-9223372036854775808", "18446744073709551615", "1<<62",
        "4294967295", "2147483647", "-2147483648", "255", "65535",
    ]

    static func isIdentStart(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Byte ranges of ASCII identifiers (and keywords) and of number literals.
    static func words(_ b: [UInt8]) -> (idents: [Range<Int>], numbers: [Range<Int>]) {
        var ids: [Range<Int>] = [], nums: [Range<Int>] = []
        var i = 0
        while i < b.count {
            let c = b[i]
            if isIdentStart(c) || isDigit(c) {
                var j = i + 1
                while j < b.count, isIdentStart(b[j]) || isDigit(b[j]) || (isDigit(c) && b[j] == 0x2E) { j += 1 }
                if isDigit(c) { nums.append(i..<j) } else { ids.append(i..<j) }
                i = j
            } else {
                i += 1
            }
        }
        return (ids, nums)
    }

    /// A byte range inside b of length 1...max.
    mutating func range(in b: [UInt8], max: Int) -> Range<Int> {
        let lo = rng.below(b.count)
        let hi = Swift.min(b.count, lo + rng.length(max))
        return lo..<hi
    }

    /// A fragment generator seeded from ours, knowing the identifiers of b.
    mutating func fragments(_ b: [UInt8]) -> Fragments {
        let w = Self.words(b)
        var names = Array(Set(w.idents.map { String(decoding: b[$0], as: UTF8.self) }))
        names.sort()
        return Fragments(rng: SplitMix64(seed: rng.next()), names: names)
    }

    mutating func randomToken() -> [UInt8] {
        var t = rng.pick(Self.tokens)
        if rng.chance(1, 3) { t = [0x20] + t + [0x20] }
        return t
    }

    /// One mutation of b, with a short name for it.
    mutating func mutate(_ b: inout [UInt8]) -> String {
        if b.isEmpty { b = randomToken(); return "tok" }
        switch rng.below(22) {
        case 0: // delete a byte range
            let r = range(in: b, max: 64); b.removeSubrange(r); return "del\(r.lowerBound)+\(r.count)"
        case 1: // duplicate a byte range elsewhere
            let r = range(in: b, max: 64); let at = rng.below(b.count + 1)
            b.insert(contentsOf: Array(b[r]), at: at); return "dup\(r.lowerBound)+\(r.count)@\(at)"
        case 2: // swap two byte ranges
            let r1 = range(in: b, max: 32), r2 = range(in: b, max: 32)
            let (a, c) = r1.lowerBound <= r2.lowerBound ? (r1, r2) : (r2, r1)
            if a.upperBound > c.lowerBound { b.removeSubrange(a); return "del\(a.lowerBound)+\(a.count)" }
            let x = Array(b[a]), y = Array(b[c])
            b.replaceSubrange(c, with: x); b.replaceSubrange(a, with: y); return "swap\(a.lowerBound),\(c.lowerBound)"
        case 3, 4: // insert a Go token
            let at = rng.below(b.count + 1); let t = randomToken()
            b.insert(contentsOf: t, at: at); return "ins@\(at)"
        case 5: // overwrite a byte
            let at = rng.below(b.count); b[at] = UInt8(truncatingIfNeeded: rng.next()); return "byte@\(at)"
        case 6, 7: // whole lines: delete, duplicate, swap, move
            var ls = Self.lines(b)
            let i = rng.below(ls.count), j = rng.below(ls.count)
            let what: String
            switch rng.below(4) {
            case 0: let n = Swift.min(ls.count - i, rng.length(4)); ls.removeSubrange(i..<i + n); what = "dell\(i)+\(n)"
            case 1: ls.insert(ls[i], at: j); what = "dupl\(i)@\(j)"
            case 2: ls.swapAt(i, j); what = "swapl\(i),\(j)"
            default: let l = ls.remove(at: i); ls.insert(l, at: rng.below(ls.count + 1)); what = "movl\(i)"
            }
            b = Array(ls.joined()); return what
        case 8: // splice lines from another corpus file
            var ls = Self.lines(b)
            let other = corpusLines[rng.below(corpusLines.count)]
            let s = rng.below(other.count); let n = Swift.min(other.count - s, rng.length(8))
            let at = rng.below(ls.count + 1)
            ls.insert(contentsOf: other[s..<s + n], at: at); b = Array(ls.joined()); return "splice\(n)@\(at)"
        case 9: // replace an identifier with another one of this file or a predeclared name
            let w = Self.words(b)
            guard !w.idents.isEmpty else { return "nop" }
            let r = rng.pick(w.idents)
            let repl = rng.chance(1, 2) ? Array(b[rng.pick(w.idents)]) : Array(rng.pick(Self.identifiers).utf8)
            b.replaceSubrange(r, with: repl); return "ident@\(r.lowerBound)"
        case 10: // replace a number with an extreme one
            let w = Self.words(b)
            let r = w.numbers.isEmpty ? (w.idents.isEmpty ? 0..<0 : rng.pick(w.idents)) : rng.pick(w.numbers)
            b.replaceSubrange(r, with: Array(rng.pick(Self.numbers).utf8)); return "num@\(r.lowerBound)"
        case 11: // replace an operator / punctuation byte with another
            let punct = Array("+-*/%&|^<>=!(){}[],;:.~".utf8)
            let idx = b.indices.filter { punct.contains(b[$0]) }
            guard !idx.isEmpty else { return "nop" }
            let at = rng.pick(idx); b[at] = rng.pick(punct); return "punct@\(at)"
        case 12: // crossover: our head with another file's tail
            let other = corpus[rng.below(corpus.count)]
            let cut = rng.below(b.count + 1), cut2 = rng.below(other.count + 1)
            b = Array(b[..<cut]) + Array(other[cut2...]); return "cross\(cut),\(cut2)"
        case 13: // wrap a range in brackets or a func literal, or repeat it
            let r = range(in: b, max: 48)
            let wraps: [(String, String)] = [("(", ")"), ("[", "]"), ("{", "}"), ("func() {", "}"), ("func() {", "}()"), ("\"", "\""), ("/*", "*/"), ("`", "`")]
            let (l, rr) = rng.pick(wraps)
            b.insert(contentsOf: Array(rr.utf8), at: r.upperBound); b.insert(contentsOf: Array(l.utf8), at: r.lowerBound)
            return "wrap@\(r.lowerBound)"
        case 14: // repeat a token many times (a short burst of nesting)
            let at = rng.below(b.count + 1)
            let t = rng.pick(["(", "[", "{", "*", "-", "!", "<-", "[]", "func()", "chan ", "map[int]", "&", "^", "+"])
            let n = rng.within(2, 200)
            b.insert(contentsOf: Array(repeating: Array(t.utf8), count: n).joined(), at: at); return "rep\(n)@\(at)"
        case 16, 17: // append a generated declaration (top level, if the file is whole)
            var f = fragments(b)
            let d = f.decl(rng.within(1, 4)); rng = f.rng
            if !b.isEmpty && b.last != 0x0A { b.append(0x0A) }
            b += Array((d + "\n").utf8); return "decl"
        case 18: // insert a generated statement after a line ending in `{`
            var ls = Self.lines(b)
            let opens = ls.indices.filter { ls[$0].count >= 2 && ls[$0][ls[$0].count - 2] == 0x7B }
            guard !opens.isEmpty else { return "nop" }
            var f = fragments(b)
            let at = rng.pick(opens) + 1
            let st = f.stmt(rng.within(1, 3)); rng = f.rng
            ls.insert(Array(("\t" + st + "\n").utf8), at: at); b = Array(ls.joined()); return "stmt@l\(at)"
        case 19, 20: // replace an identifier or number with a generated expression or type
            let w = Self.words(b)
            let all = w.idents + w.numbers
            guard !all.isEmpty else { return "nop" }
            let r = rng.pick(all)
            var f = fragments(b)
            let text = rng.chance(1, 2) ? "(" + f.expr(rng.within(1, 3)) + ")" : f.type(rng.within(1, 3))
            rng = f.rng
            b.replaceSubrange(r, with: Array(text.utf8)); return "frag@\(r.lowerBound)"
        default: // insert several random bytes
            let at = rng.below(b.count + 1)
            let n = rng.length(8)
            b.insert(contentsOf: (0..<n).map { _ in UInt8(truncatingIfNeeded: rng.next()) }, at: at); return "rnd\(n)@\(at)"
        }
    }

    /// A variant of src: 1–4 mutations, and often a truncation.
    mutating func variant(of src: [UInt8]) -> ([UInt8], String) {
        var b = src
        var ops: [String] = []
        let kind = rng.below(10)
        if kind == 0 {
            // plain truncation at a random byte offset
            let cut = rng.below(b.count + 1); b.removeSubrange(cut...); return (b, "trunc\(cut)")
        }
        if rng.chance(1, 4) {
            // generated fragments use unsafe: import it after the package clause
            var ls = Self.lines(b)
            if let i = ls.firstIndex(where: { $0.starts(with: Array("package ".utf8)) }) {
                ls.insert(Array("import \"unsafe\"\n".utf8), at: i + 1)
                b = Array(ls.joined())
            }
        }
        let n = rng.length(4)
        for _ in 0..<n { ops.append(mutate(&b)) }
        if kind == 1 || kind == 2 {
            let cut = rng.below(b.count + 1); b.removeSubrange(cut...); ops.append("trunc\(cut)")
        }
        return (b, ops.joined(separator: " "))
    }
}


// MARK: - Generated Go fragments

/// A tiny random generator of Go types, expressions and statements, biased to
/// edge cases (extreme constants, generics, unsafe, builtins), to be spliced
/// into corpus programs so that more variants parse and reach the checker.
struct Fragments {
    var rng: SplitMix64
    var names: [String]

    static let consts = [
        "0", "1", "-1", "2", "7", "1.5", "1e308", "1e400", "1e-400", "9223372036854775807", "-9223372036854775808",
        "9223372036854775806", "18446744073709551615", "1<<62", "1<<63", "1<<64", "-1<<63", "1<<1023", "1<<10000",
        "0x7fffffff", "4294967295", "255", "256", "-128", "'a'", "'\\xff'", "'\\U0010FFFF'", "\"\"", "\"abc\"",
        "\"\\xff\\xfe\"", "`raw`", "2i", "1e400i", "nil", "true", "false", "iota", "0.0", "-0.0", "1e-320", "0x1p-1074",
        "(1<<63 - 1)", "(1.0/3)", "^0", "'\\000'", "1_000_000", "0b1111", "0o777",
    ]
    static let basicTypes = [
        "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
        "float32", "float64", "complex64", "complex128", "string", "bool", "byte", "rune", "error", "any",
        "unsafe.Pointer", "comparable",
    ]
    static let builtins1 = ["len", "cap", "new", "real", "imag", "clear", "close", "panic", "print", "println",
                            "unsafe.Sizeof", "unsafe.Alignof", "unsafe.StringData", "unsafe.SliceData", "recover"]
    static let builtins2 = ["append", "copy", "delete", "complex", "min", "max", "make", "unsafe.Add",
                            "unsafe.Slice", "unsafe.String"]
    static let binops = ["+", "-", "*", "/", "%", "&", "|", "^", "&^", "<<", ">>", "==", "!=", "<", "<=", ">", ">=", "&&", "||"]
    static let unops = ["-", "+", "!", "^", "*", "&", "<-"]

    mutating func name() -> String { names.isEmpty || rng.chance(1, 3) ? rng.pick(["x", "T", "f", "p", "s", "m", "c", "i", "_", "main", "init"]) : rng.pick(names) }

    mutating func type(_ d: Int) -> String {
        if d <= 0 || rng.chance(1, 3) { return rng.chance(4, 5) ? rng.pick(Self.basicTypes) : name() }
        switch rng.below(14) {
        case 0: return "[]" + type(d - 1)
        case 1: return "[\(rng.chance(1, 2) ? rng.pick(Self.consts) : expr(d - 1))]" + type(d - 1)
        case 2: return "*" + type(d - 1)
        case 3: return "map[\(type(d - 1))]\(type(d - 1))"
        case 4: return rng.pick(["chan ", "<-chan ", "chan<- "]) + type(d - 1)
        case 5: return "func(\(type(d - 1)), ...\(type(d - 1))) (\(type(d - 1)), error)"
        case 6: return "struct{ \(name()) \(type(d - 1)); \(type(d - 1)); _ [0]func() }"
        case 7: return "interface{ \(name())(\(type(d - 1))) \(type(d - 1)); \(type(d - 1)) }"
        case 8: return "interface{ ~\(type(d - 1)) | \(type(d - 1)) }"
        case 9: return "\(name())[\(type(d - 1))]"
        case 10: return "\(name())[\(type(d - 1)), \(type(d - 1))]"
        case 11: return "(\(type(d - 1)))"
        case 12: return "[...]" + type(d - 1)
        default: return "~" + type(d - 1)
        }
    }

    mutating func expr(_ d: Int) -> String {
        if d <= 0 || rng.chance(1, 4) { return rng.chance(1, 2) ? rng.pick(Self.consts) : name() }
        switch rng.below(20) {
        case 0, 1: return "\(expr(d - 1)) \(rng.pick(Self.binops)) \(expr(d - 1))"
        case 2: return rng.pick(Self.unops) + expr(d - 1)
        case 3: return "\(type(d - 1))(\(expr(d - 1)))"
        case 4: return "\(rng.pick(Self.builtins1))(\(rng.chance(1, 3) ? type(d - 1) : expr(d - 1)))"
        case 5: return "\(rng.pick(Self.builtins2))(\(rng.chance(1, 3) ? type(d - 1) : expr(d - 1)), \(expr(d - 1))\(rng.chance(1, 3) ? ", " + expr(d - 1) : ""))"
        case 6: return "\(type(d - 1)){\(expr(d - 1)), \(expr(d - 1)): \(expr(d - 1))}"
        case 7: return "[...]\(type(d - 1)){\(rng.pick(Self.consts)): \(expr(d - 1)), \(expr(d - 1))}"
        case 8: return "\(expr(d - 1))[\(expr(d - 1))]"
        case 9: return "\(expr(d - 1))[\(expr(d - 1)):\(expr(d - 1))\(rng.chance(1, 2) ? ":" + expr(d - 1) : "")]"
        case 10: return "func(\(name()) \(type(d - 1))) \(type(d - 1)) { return \(expr(d - 1)) }"
        case 11: return "\(expr(d - 1)).(\(type(d - 1)))"
        case 12: return "\(expr(d - 1)).\(name())"
        case 13: return "\(expr(d - 1))(\(expr(d - 1))\(rng.chance(1, 3) ? "..." : ""))"
        case 14: return "\(name())[\(type(d - 1))]"
        case 15: return "(\(expr(d - 1)))"
        case 16: return "unsafe.Offsetof(\(expr(d - 1)).\(name()))"
        case 17: return "map[\(type(d - 1))]\(type(d - 1)){\(expr(d - 1)): \(expr(d - 1)), \(expr(d - 1)): \(expr(d - 1))}"
        case 18: return "struct{ \(name()) \(type(d - 1)) }{\(name()): \(expr(d - 1))}"
        default: return "\(rng.pick(Self.consts)) \(rng.pick(Self.binops)) \(rng.pick(Self.consts))"
        }
    }

    mutating func stmt(_ d: Int) -> String {
        switch rng.below(18) {
        case 0: return "\(name()) := \(expr(d))"
        case 1: return "\(name()), \(name()) = \(expr(d)), \(expr(d))"
        case 2: return "\(name()) \(rng.pick(["+=", "-=", "<<=", "&^=", "%=", "/="])) \(expr(d))"
        case 3: return "\(name())\(rng.pick(["++", "--"]))"
        case 4: return "if \(expr(d)) { \(stmt(d - 1)) } else { \(stmt(d - 1)) }"
        case 5: return "for \(name()) := range \(expr(d)) { \(stmt(d - 1)) }"
        case 6: return "for \(name()), \(name()) := range \(expr(d)) { \(rng.pick(["break", "continue", "goto L", "return"])) }"
        case 7: return "switch \(expr(d)) { case \(expr(d)), \(expr(d)): \(stmt(d - 1)); fallthrough; default: }"
        case 8: return "switch \(name()) := \(expr(d)).(type) { case \(type(d)), \(type(d)): _ = \(name()); case nil: }"
        case 9: return "select { case \(name()) := <-\(expr(d)): _ = \(name()); case \(expr(d)) <- \(expr(d)): default: }"
        case 10: return "\(rng.pick(["go", "defer"])) \(expr(d))(\(expr(d)))"
        case 11: return "return \(expr(d)), \(expr(d))"
        case 12: return "var \(name()) \(type(d)) = \(expr(d))"
        case 13: return "type \(name())[P \(type(d))] \(type(d))"
        case 14: return "const \(name()) \(rng.chance(1, 2) ? type(d) : "") = \(expr(d))"
        case 15: return "L: for { \(stmt(d - 1)); break L }"
        case 16: return "\(expr(d)) <- \(expr(d))"
        default: return "_ = \(expr(d))"
        }
    }

    mutating func decl(_ d: Int) -> String {
        switch rng.below(14) {
        case 9: return "type \(name())[P any, Q \(type(d))] struct{ \(type(d)); f P; g *\(name())[Q, P] }"
        case 10: return "func (r \(rng.pick(["*", ""]))\(name())[P, Q]) \(name())(q Q) P { return r.f }"
        case 11: return "type \(name()) interface{ \(name())() \(type(d)); \(name()); comparable }"
        case 12: return "func _[P \(type(d))](p P) { for \(name()) := range \(expr(d)) { _ = p }; switch any(p).(type) { case P, \(type(d)): } }"
        case 13: return "var _, _ = \(expr(d)), func(yield func(\(type(d))) bool) { for range yield {} }"
        case 0: return "var _ = \(expr(d))"
        case 1: return "var \(name()) \(type(d))"
        case 2: return "const \(name()) = \(expr(d))"
        case 3: return "type \(name()) \(type(d))"
        case 4: return "type \(name())[P \(type(d)), Q any] \(type(d))"
        case 5: return "func \(name())[P \(type(d))](p P, q ...\(type(d))) \(type(d)) { \(stmt(d)); return \(expr(d)) }"
        case 6: return "func (\(name()) \(rng.pick(["*", ""]))\(name())) \(name())() { \(stmt(d)) }"
        case 7: return "func _() { \(stmt(d)); \(stmt(d)) }"
        default: return "var \(name()) = [\(rng.pick(Self.consts))]\(type(d)){\(rng.pick(Self.consts)): \(expr(d))}"
        }
    }
}

// MARK: - Deep nesting

enum Nesting {
    struct Template: Sendable { let name: String; let make: @Sendable (Int) -> [UInt8] }

    static func rep(_ s: String, _ n: Int) -> String { String(repeating: s, count: n) }
    static func seq(_ n: Int, _ f: (Int) -> String) -> String { (0..<n).map(f).joined() }
    static func t(_ name: String, _ f: @escaping @Sendable (Int) -> String) -> Template {
        Template(name: name) { n in Array(("package p\n\n" + f(n) + "\n").utf8) }
    }

    static let templates: [Template] = [
        // expressions
        t("parens") { n in "var x = \(rep("(", n))1\(rep(")", n))" },
        t("parens-stmt") { n in "func f(x int) { \(rep("(", n))x\(rep(")", n)) = 1 }" },
        t("unary-minus") { n in "var x = \(rep("- ", n))1" },
        t("unary-not") { n in "var x = \(rep("!", n))true" },
        t("unary-xor") { n in "var x = \(rep("^", n))1" },
        t("unary-deref") { n in "type P *P\n\nvar p P\nvar x = \(rep("*", n))p" },
        t("unary-addr") { n in "var v int\nvar x = \(rep("& ", n))v" },
        t("unary-recv") { n in "type C chan C\n\nvar c C\nvar x = \(rep("<-", n))c" },
        t("index-nested") { n in "var a []int\nvar x = \(rep("a[", n))0\(rep("]", n))" },
        t("call-nested") { n in "func g(int) int\n\nvar x = \(rep("g(", n))0\(rep(")", n))" },
        t("conversion-nested") { n in "var x = \(rep("int(", n))0\(rep(")", n))" },
        t("call-chain") { n in "type F func() F\n\nvar f F\nvar x = f\(rep("()", n))" },
        t("selector-chain") { n in "type T struct{ b *T }\n\nvar a T\nvar x = a\(rep(".b", n))" },
        t("selector-undefined") { n in "var x = a\(rep(".b", n))" },
        t("slice-chain") { n in "var a []int\nvar x = a\(rep("[:]", n))" },
        t("index-chain") { n in "type S []S\n\nvar s S\nvar x = s\(rep("[0]", n))" },
        t("assert-chain") { n in "var i any\nvar x = i\(rep(".(any)", n))" },
        t("plus-const") { n in "var x = 1\(rep(" + 1", n))" },
        t("plus-var") { n in "var v int\nvar x = v\(rep(" + v", n))" },
        t("plus-string") { n in "var x = \"a\"\(rep(" + \"a\"", n))" },
        t("and-chain") { n in "var b bool\nvar x = b\(rep(" && b", n))" },
        t("plus-right") { n in "var v int\nvar x = \(rep("v + (", n))v\(rep(")", n))" },
        t("complit-nested") { n in "var x = \(rep("[]", n))int\(rep("{", n))\(rep("}", n))" },
        t("complit-typed") { n in "type S []S\n\nvar x = \(rep("S{", n))\(rep("}", n))" },
        t("funclit-nested") { n in "func f() { \(rep("func() {", n))\(rep("}()", n)) }" },
        t("funclit-value") { n in "var x = \(rep("func() any { return ", n))0\(rep(" }()", n))" },
        // types
        t("type-slice") { n in "var x \(rep("[]", n))int" },
        t("type-array") { n in "var x \(rep("[1]", n))int" },
        t("type-pointer") { n in "var x \(rep("*", n))int" },
        t("type-chan") { n in "var x \(rep("chan ", n))int" },
        t("type-map") { n in "var x \(rep("map[int]", n))int" },
        t("type-map-key") { n in "var x \(rep("map[", n))int\(rep("]int", n))" },
        t("type-func") { n in "var x \(rep("func() ", n))int" },
        t("type-func-param") { n in "var x \(rep("func(", n))\(rep(")", n))" },
        t("type-parens") { n in "var x \(rep("(", n))int\(rep(")", n))" },
        t("type-struct") { n in "var x \(rep("struct{ f ", n))int\(rep(" }", n))" },
        t("type-interface") { n in "type I \(rep("interface{ ", n))\(rep(" }", n))" },
        t("type-generic") { n in "type T[P any] struct{}\n\nvar x \(rep("T[", n))int\(rep("]", n))" },
        t("type-array-len") { n in "var x [\(rep("len([1]int{}) + ", n))1]int" },
        // statements
        t("blocks") { n in "func f() { \(rep("{", n))\(rep("}", n)) }" },
        t("for-nested") { n in "func f() { \(rep("for {", n))\(rep("}", n)) }" },
        t("if-nested") { n in "func f(b bool) { \(rep("if b {", n))\(rep("}", n)) }" },
        t("if-else-chain") { n in "func f(b bool) { if b {}\(rep(" else if b {}", n)) }" },
        t("switch-nested") { n in "func f() { \(rep("switch { case true: ", n))\(rep("}", n)) }" },
        t("select-nested") { n in "func f(c chan int) { \(rep("select { case <-c: ", n))\(rep("}", n)) }" },
        t("labels") { n in "func f() { \(seq(n) { "L\($0): " }) }" },
        t("goto-labels") { n in "func f() {\n\(seq(n) { "L\($0): goto L\(($0 + 1) % n)\n" })}" },
        t("defer-funclit") { n in "func f() { \(rep("defer func() {", n))\(rep("}()", n)) }" },
        t("go-funclit") { n in "func f() { \(rep("go func() {", n))\(rep("}()", n)) }" },
        t("statements") { n in "func f() {\n\tx := 0\n\(rep("\tx++\n", n))}" },
        t("var-shadow") { n in "func f() {\n\(rep("{ x := 0; _ = x\n", n))\(rep("}", n))}" },
        // declarations depending on one another
        t("type-decl-chain") { n in seq(n) { "type T\($0) T\($0 + 1)\n" } + "type T\(n) int" },
        t("type-decl-cycle") { n in seq(n) { "type T\($0) T\($0 + 1)\n" } + "type T\(n) T0" },
        t("type-struct-chain") { n in seq(n) { "type T\($0) struct{ f T\($0 + 1) }\n" } + "type T\(n) int" },
        t("type-struct-cycle") { n in seq(n) { "type T\($0) struct{ f T\($0 + 1) }\n" } + "type T\(n) struct{ f T0 }" },
        t("type-array-cycle") { n in seq(n) { "type T\($0) [1]T\($0 + 1)\n" } + "type T\(n) [1]T0" },
        t("const-chain") { n in seq(n) { "const c\($0) = c\($0 + 1) + 1\n" } + "const c\(n) = 0" },
        t("const-cycle") { n in seq(n) { "const c\($0) = c\($0 + 1) + 1\n" } + "const c\(n) = c0" },
        t("var-chain") { n in seq(n) { "var v\($0) = v\($0 + 1)\n" } + "var v\(n) = 0" },
        t("var-cycle") { n in seq(n) { "var v\($0) = v\($0 + 1)\n" } + "var v\(n) = v0" },
        t("func-init-chain") { n in "var x = f0()\n" + seq(n) { "func f\($0)() int { return f\($0 + 1)() }\n" } + "func f\(n)() int { return 0 }" },
        t("func-init-cycle") { n in "var x = f0()\n" + seq(n) { "func f\($0)() int { return f\($0 + 1)() }\n" } + "func f\(n)() int { return x }" },
        t("embed-chain") { n in seq(n) { "type S\($0) struct{ S\($0 + 1) }\n" } + "type S\(n) struct{ x int }\n\nvar s S0\nvar y = s.x" },
        t("embed-ptr-chain") { n in seq(n) { "type S\($0) struct{ *S\($0 + 1) }\n" } + "type S\(n) struct{ x int }\n\nvar s S0\nvar y = s.x" },
        t("interface-embed-chain") { n in seq(n) { "type I\($0) interface{ I\($0 + 1) }\n" } + "type I\(n) interface{ m() }\n\nvar i I0\nvar y = i.m" },
        t("interface-embed-cycle") { n in seq(n) { "type I\($0) interface{ I\($0 + 1) }\n" } + "type I\(n) interface{ I0 }" },
        t("var-chain-forward") { n in "var v0 = 0\n" + seq(n) { "var v\($0 + 1) = v\($0) + 1\n" } },
        t("alias-instance-chain") { n in "type T[P any] struct{}\n\ntype A0 = T[int]\n" + seq(n) { "type A\($0 + 1) = T[A\($0)]\n" } },
        t("wide-instances") { n in "type T[P any] struct{}\n\n" + seq(n) { "var x\($0) T[[\($0)]int]\n" } },
        t("struct-dag") { n in seq(n) { "type T\($0) struct{ a, b T\($0 + 1) }\n" } + "type T\(n) int\n\nvar a, b T0\nvar _ = a == b\nvar _ map[T0]int" },
        t("generic-chain") { n in seq(n) { "type G\($0)[P any] G\($0 + 1)[P]\n" } + "type G\(n)[P any] []P\n\nvar g G0[int]" },
        t("generic-func-chain") { n in seq(n) { "func f\($0)[P any](p P) P { return f\($0 + 1)(p) }\n" } + "func f\(n)[P any](p P) P { return p }\n\nvar x = f0(1)" },
        t("constraint-chain") { n in seq(n) { "type C\($0) interface{ C\($0 + 1) }\n" } + "type C\(n) interface{ ~int }\n\nfunc f[P C0](P) {}" },
        t("method-chain") { n in "type T int\n\n" + seq(n) { "func (T) m\($0)() int { var t T; return t.m\($0 + 1)() }\n" } + "func (T) m\(n)() int { return 0 }" },
        // the scanner: long tokens
        t("long-ident") { n in "var \(rep("x", n * 20)) = 1" },
        t("long-string") { n in "var x = \"\(rep("a\\n", n * 10))\"" },
        t("long-number") { n in "var x = 0x\(rep("f", n * 10))" },
        t("long-float") { n in "var x = 1e\(rep("9", 20)) + 0.\(rep("0", n * 10))1" },
        t("long-comment") { n in "/*\(rep("*", n * 20))*/" },
    ]
}

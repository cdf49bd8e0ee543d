// The `gosub` command line. Flags are spelled as the go tool spells them
// (`-m`, `-o`, `-v`, `-run`); the double-dash forms are accepted too.

import ArgumentParser
#if canImport(Glibc)
@preconcurrency import Glibc
#endif
import Base
import Bytecode
import Escape
import VM

public struct Gosub: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gosub",
        abstract: "A Go interpreter with its own Go runtime.",
        subcommands: [BuildCommand.self, RunCommand.self, TestCommand.self, TraceCommand.self]
    )
    public init() {}
}

extension NameSpecification {
    /// `-name` and `--name`, as the go tool accepts both.
    static func goFlag(_ name: String) -> NameSpecification {
        if name.count == 1, let c = name.first {
            return [.customShort(c), .customLong(name)]
        }
        return [.customLong(name, withSingleDash: true), .customLong(name)]
    }
}

/// `gosub build FILE.go…`: parse and type-check; errors as gc prints them.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Parse and type-check Go files; print compile errors as gc does."
    )

    @Flag(name: .goFlag("e"), help: "Report all errors, not only the first ten.")
    var allErrors = false

    @Flag(name: .goFlag("m"), help: "Print escape analysis decisions, as go build -gcflags='-m -l'.")
    var escapes = false

    @Flag(name: .customShort("S"), help: "Print the compiled bytecode with source lines.")
    var assembly = false

    @Argument(help: "Go source files of one package, or its directory.")
    var files: [String]

    func run() throws {
        var sources: [SourceFile] = []
        // a directory means its package: its files for linux/amd64, tests excluded
        var paths: [String] = []
        for f in files {
            if isDirectory(f) {
                let selected = PackageFiles.select(f)
                if selected.isEmpty {
                    printError("no Go files in \(f)")
                    throw ExitCode(1)
                }
                paths += selected
            } else {
                paths.append(f)
            }
        }
        for (i, path) in paths.enumerated() {
            do {
                sources.append(try Frontend.load(path: path, id: UInt32(i + 1)))
            } catch {
                printError("gosub build: \(error)")
                throw ExitCode(1)
            }
        }
        if assembly {
            switch Runner.compile(sources) {
            case .errors(let lines, let status):
                for l in lines { printError(l) }
                throw ExitCode(status)
            case .program(let p):
                print(Disassembler.disassemble(p), terminator: "")
                return
            }
        }
        let result = Frontend.check(sources, errorLimit: allErrors ? 0 : 10)
        let lines = result.formattedDiagnostics()
        for l in lines { printError(l) }
        if !lines.isEmpty { throw ExitCode(1) }
        if escapes, let checker = result.checker {
            let out = EscapeReport.lines(checker: checker, files: result.files, sources: sources)
            if !out.isEmpty {
                printError("# command-line-arguments")
                for l in out { printError(l) }
            }
        }
    }
}

/// `gosub test PATH…`: runs test programs by Go's test conventions.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run Go test programs (// run, // errorcheck, // compile, // Output:, // Error:).",
        discussion: "The last line is exactly `N passed, N failed, N skipped`; the exit status is 1 if any test failed."
    )

    @Option(name: .goFlag("j"), help: "Run this many tests at once (default: the number of cores).")
    var jobs: Int?

    @Option(name: .goFlag("timeout"), help: "Per-test timeout in seconds.")
    var timeout: Double = 60

    @Flag(name: .goFlag("v"), help: "List every test with its verdict.")
    var verbose = false

    @Flag(name: .goFlag("json"), help: "Print one JSON object per test.")
    var json = false

    @Option(name: .goFlag("run"), help: "Run only tests whose path matches this regular expression.")
    var runPattern: String?

    @Flag(name: .goFlag("skip-unsupported"), help: "Count programs gosub refuses as not supported yet as skipped, not failed.")
    var skipUnsupported = false

    @Argument(help: "Test files or directories (walked recursively).")
    var paths: [String]

    func run() throws {
        var o = TestOptions()
        o.jobs = jobs ?? Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        o.timeoutSeconds = timeout
        o.verbose = verbose
        o.json = json
        o.runPattern = runPattern
        o.skipUnsupported = skipUnsupported
        if let pat = runPattern, (try? Regex(pat)) == nil {
            printError("gosub test: invalid -run regexp: \(pat)")
            throw ExitCode(2)
        }
        let results = TestRunner(options: o).run(paths: paths)
        if results.contains(where: { if case .failed = $0.verdict { return true }; return false }) {
            throw ExitCode(1)
        }
    }
}

/// `gosub run FILE.go [args…]`: compile and run a main package.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compile and run a Go program."
    )

    @Argument(parsing: .captureForPassthrough, help: """
        [-faketime] [-seed N] [-cpuprofile FILE] [-memprofile FILE] FILE.go [args…]: the Go file, then the \
        program's arguments. -cpuprofile writes a CPU profile of the interpreted program (100 samples a \
        second of its call stacks), -memprofile a heap profile (every allocation: objects and bytes \
        allocated and in use per site), both in pprof's format (go tool pprof -top FILE). \
        -faketime (or GOSUB_FAKETIME=1) runs on the Go playground's virtual clock: it starts at \
        2009-11-10 23:00:00 UTC and moves only when every goroutine is blocked, so sleeps take no time. \
        -seed N (or GOSUB_SEED=N) makes map order and select's choices repeatable; with -faketime \
        the whole run is.
        """)
    var arguments: [String] = []

    func run() throws {
        var arguments = arguments[...]
        var fakeTime = getenv("GOSUB_FAKETIME").map { String(cString: $0) } == "1"
        var seed = getenv("GOSUB_SEED").flatMap { UInt64(String(cString: $0)) }
        var cpuProfile: String?, memProfile: String?
        while let flag = arguments.first, flag.hasPrefix("-") {
            arguments = arguments.dropFirst()
            switch flag {
            case "-faketime", "--faketime":
                fakeTime = true
            case "-seed", "--seed":
                seed = UInt64(try flagValue(&arguments, "gosub run: -seed needs a non-negative integer") { UInt64($0) != nil })
            case "-cpuprofile", "--cpuprofile":
                cpuProfile = try flagValue(&arguments, "gosub run: -cpuprofile needs a file")
            case "-memprofile", "--memprofile":
                memProfile = try flagValue(&arguments, "gosub run: -memprofile needs a file")
            default:
                printError("gosub run: unknown flag \(flag)")
                throw ExitCode(2)
            }
        }
        guard let path = arguments.first else {
            printError("go: no go files listed")
            throw ExitCode(1)
        }
        let src: SourceFile
        do {
            var s = try Frontend.load(path: path, id: 1)
            if s.bytes.starts(with: Array("#!".utf8)) {
                // a script: the first line is for the shell; it becomes a comment, keeping line numbers
                s = SourceFile(id: 1, name: path, bytes: Array("//".utf8) + s.bytes[2...])
            }
            src = s
        } catch {
            printError("gosub run: \(error)")
            throw ExitCode(1)
        }
        let profiler = cpuProfile.map { _ in CPUProfiler() }
        var recorder: TraceRecorder?
        if memProfile != nil {
            recorder = TraceRecorder(path: nil, jsonl: false)
            recorder?.profiling = true
        }
        let (status, _) = Runner.run([src], args: Array(arguments.dropFirst()), fakeTime: fakeTime, seed: seed,
                                     tracer: recorder, cpuProfiler: profiler)
        if let cpuProfile, let profiler { try writeFile(cpuProfile, profiler.bytes, command: "run") }
        if let memProfile, let recorder { try writeFile(memProfile, recorder.profileBytes, command: "run") }
        if status != 0 { throw ExitCode(status) }
    }
}

/// `gosub trace`: run a program recording every memory event, or sum up a trace file.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Run a Go program recording its allocations, frees and collections."
    )

    @Argument(parsing: .captureForPassthrough, help: """
        [-o FILE] [-format text|jsonl] [-summary] [-pprof FILE] FILE.go [args…]: runs the program, writing one line per \
        memory event to FILE (allocations with their site and the allocator's path, frees by the collector, \
        spans, arenas, collections; the format is described in Sources/VM/Tracer.swift) and, with -summary, \
        printing the top allocation sites, the size classes, the paths and the collections to stderr after the run; \
        -pprof writes a heap profile (alloc and inuse objects and space per site) that go tool pprof reads. \
        `gosub trace -summary TRACE` sums up a text trace written before.
        """)
    var arguments: [String] = []

    func run() throws {
        var arguments = arguments[...]
        var out: String?
        var jsonl = false
        var summary = false
        var pprof: String?
        while let flag = arguments.first, flag.hasPrefix("-") {
            arguments = arguments.dropFirst()
            switch flag {
            case "-o": out = try flagValue(&arguments, "gosub trace: -o needs a file")
            case "-format":
                jsonl = try flagValue(&arguments, "gosub trace: -format is text or jsonl") { $0 == "text" || $0 == "jsonl" } == "jsonl"
            case "-summary": summary = true
            case "-pprof": pprof = try flagValue(&arguments, "gosub trace: -pprof needs a file")
            default:
                printError("gosub trace: unknown flag \(flag)")
                throw ExitCode(2)
            }
        }
        guard let path = arguments.first else {
            printError("gosub trace: no Go file or trace listed")
            throw ExitCode(1)
        }
        if !path.hasSuffix(".go") {
            // a trace written before
            guard summary, let f = fopen(path, "r") else {
                printError("gosub trace: cannot read \(path) (a trace is summed up with -summary)")
                throw ExitCode(1)
            }
            defer { fclose(f) }
            var s = TraceSummary()
            var line: UnsafeMutablePointer<CChar>?
            var cap = 0
            while getline(&line, &cap, f) > 0 {
                var text = String(cString: line!)
                while let c = text.last, c.isNewline { text.removeLast() }
                s.add(line: text)
            }
            free(line)
            print(s.report(), terminator: "")
            return
        }
        let src: SourceFile
        do {
            src = try Frontend.load(path: path, id: 1)
        } catch {
            printError("gosub trace: \(error)")
            throw ExitCode(1)
        }
        guard let recorder = TraceRecorder(path: out ?? (summary || pprof != nil ? nil : "trace.out"), jsonl: jsonl) else {
            printError("gosub trace: cannot write \(out ?? "trace.out")")
            throw ExitCode(1)
        }
        recorder.profiling = pprof != nil
        let (status, _) = Runner.run([src], args: Array(arguments.dropFirst()), tracer: recorder)
        if summary { printErrorRaw(recorder.summary.report()) }
        if let pprof { try writeFile(pprof, recorder.profileBytes, command: "trace") }
        if status != 0 { throw ExitCode(status) }
    }
}

/// Writes a profile; `gosub COMMAND: cannot write FILE` (exit status 1) when it cannot.
func writeFile(_ path: String, _ bytes: [UInt8], command: String) throws {
    guard let f = fopen(path, "w") else {
        printError("gosub \(command): cannot write \(path)")
        throw ExitCode(1)
    }
    _ = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, f) }
    fclose(f)
}

/// The value after a flag (`-o FILE`), taken from the arguments; `message` (exit status 2) when it is
/// missing or not `valid`.
func flagValue(_ arguments: inout ArraySlice<String>, _ message: String,
               valid: (String) -> Bool = { _ in true }) throws -> String {
    guard let v = arguments.first, valid(v) else {
        printError(message)
        throw ExitCode(2)
    }
    arguments = arguments.dropFirst()
    return v
}

// From source to a running program: parse, type-check (errors as gc prints
// them, exit status 1), compile (a feature gosub does not implement yet is
// reported as `file:line:col: gosub: … not supported yet`, exit status 2),
// then execute on a fresh Machine. Used by `gosub run`, `gosub build -S`
// and the conformance tests (in process, output captured).

import Base
import Syntax
import Types
import Bytecode
import Compile
import Escape
import VM

#if canImport(Glibc)
import Glibc
#endif

public enum RunOutcome {
    /// Compile or type errors: the lines to print and the exit status.
    case errors([String], status: Int32)
    case program(Program)
}

public enum Runner {
    /// Parses, checks and compiles the given files as package main.
    public static func compile(_ sources: [SourceFile]) -> RunOutcome {
        let diags = DiagnosticList(limit: 10)
        var files: [File] = []
        var parsedAll = true
        for src in sources {
            if let f = Parser.parse(src, errors: diags) { files.append(f) } else { parsedAll = false }
        }
        func name(_ id: UInt32) -> String { sources.first { $0.id == id }?.name ?? FileNames.name(id) ?? "?" }
        if !parsedAll || diags.syntaxErrorCount > 0 || diags.count > 0 {
            return .errors(diags.formatted(fileName: name), status: 1)
        }
        let checker = Checker.check(files: files, errors: diags)
        if diags.count > 0 { return .errors(diags.formatted(fileName: name), status: 1) }
        if checker.pkg.name != "main" {
            return .errors(["package \(checker.pkg.name) is not a main package"], status: 1)
        }
        do {
            let escape = withLargeStack { EscapeAnalysis.analyze(checker: checker, files: files) }
            let p = try Compiler.compile(checker, escape: escape) { pos in name(pos.file) }
            return .program(p)
        } catch {
            let pos = error.pos
            let where_ = pos.isKnown ? "\(name(pos.file)):\(pos.line):\(pos.col): " : ""
            return .errors([where_ + error.message], status: 2)
        }
    }

    /// Compiles and runs; output goes to the process's stdout/stderr, or into `capture`.
    public static func run(_ sources: [SourceFile], args: [String] = [], capture: Bool = false,
                           fakeTime: Bool = false, seed: UInt64? = nil, tracer: TraceRecorder? = nil,
                           cpuProfiler: CPUProfiler? = nil) -> (status: Int32, output: [UInt8]) {
        switch compile(sources) {
        case .errors(let lines, let status):
            let text = lines.map { $0 + "\n" }.joined()
            if capture { return (status, Array(text.utf8)) }
            printErrorRaw(text)
            return (status, [])
        case .program(let p):
            let out = Output(capture: capture)
            let m = Machine(program: p, output: out)
            m.args = args
            m.fakeTime = fakeTime
            m.seed = seed
            m.tracer = tracer
            if let first = sources.first { m.programName = first.name }
            m.filePath = { name in
                guard let r = realpath(name, nil) else { return name }
                defer { free(r) }
                return String(decoding: UnsafeRawBufferPointer(start: r, count: strlen(r)), as: UTF8.self)
            }
            m.cpuProfiler = cpuProfiler
            cpuProfiler?.start(m)
            let st = m.run()
            cpuProfiler?.finish(m)
            tracer?.flush()
            return (st, out.capture ?? [])
        }
    }
}

// The `gosub` command line. Flags are spelled as the go tool spells them
// (`-m`, `-o`, `-v`, `-run`); the double-dash forms are accepted too.

import ArgumentParser
import Base
import Escape

public struct Gosub: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gosub",
        abstract: "A Go interpreter with its own Go runtime.",
        subcommands: [BuildCommand.self]
    )
    public init() {}
}

extension NameSpecification {
    /// `-name` and `--name`, as the go tool accepts both.
    static func goFlag(_ name: String) -> NameSpecification {
        // a one-letter single-dash name is parsed as a short flag
        if name.count == 1, let c = name.first { return [.customShort(c), .customLong(name)] }
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

    @Argument(help: "Go source files of one package.")
    var files: [String]

    func run() throws {
        var sources: [SourceFile] = []
        for (i, path) in files.enumerated() {
            do {
                sources.append(try Frontend.load(path: path, id: UInt32(i + 1)))
            } catch {
                printError("gosub build: \(error)")
                throw ExitCode(1)
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

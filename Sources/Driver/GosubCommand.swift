// The `gosub` command line. Flags are spelled as the go tool spells them
// (`-m`, `-o`, `-v`, `-run`); the double-dash forms are accepted too.

import ArgumentParser
import Base
import Bytecode

public struct Gosub: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gosub",
        abstract: "A Go interpreter with its own Go runtime.",
        subcommands: [BuildCommand.self, RunCommand.self]
    )
    public init() {}
}

extension NameSpecification {
    /// `-name` and `--name`, as the go tool accepts both.
    static func goFlag(_ name: String) -> NameSpecification {
        [.customLong(name, withSingleDash: true), .customLong(name)]
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

    @Flag(name: .customShort("S"), help: "Print the compiled bytecode with source lines.")
    var assembly = false

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
    }
}

/// `gosub run FILE.go [args…]`: compile and run a main package.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Compile and run a Go program."
    )

    @Argument(parsing: .captureForPassthrough, help: "The Go file, then the program's arguments.")
    var arguments: [String] = []

    func run() throws {
        guard let path = arguments.first else {
            printError("go: no go files listed")
            throw ExitCode(1)
        }
        let src: SourceFile
        do {
            var s = try Frontend.load(path: path, id: 1)
            if s.bytes.starts(with: Array("#!".utf8)) {
                // a script: the first line is for the shell; keep line numbers
                let nl = s.bytes.firstIndex(of: UInt8(ascii: "\n")) ?? s.bytes.count
                s = SourceFile(id: 1, name: path, bytes: Array(repeating: UInt8(ascii: " "), count: 0) + Array("//".utf8) + s.bytes[2...])
                _ = nl
            }
            src = s
        } catch {
            printError("gosub run: \(error)")
            throw ExitCode(1)
        }
        let (status, _) = Runner.run([src], args: Array(arguments.dropFirst()))
        if status != 0 { throw ExitCode(status) }
    }
}

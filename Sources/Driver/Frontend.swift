// The front end as one call: read Go source files, parse them, and (when the
// parse is clean) type-check them, collecting diagnostics in gc's format.
// gc type-checks only files that parsed without errors; so do we.

import Base
import Syntax
import Types

public struct FrontendResult {
    public var files: [File] = []
    public var package: Package?
    /// The checker with its side tables (types, defs, uses), when the files were checked.
    public var checker: Checker?
    public var diagnostics: DiagnosticList
    public var sources: [SourceFile] = []

    /// Diagnostic lines as gc prints them, file names as given.
    public func formattedDiagnostics() -> [String] {
        diagnostics.formatted { id in
            sources.first { $0.id == id }?.name ?? "?"
        }
    }
}

public enum Frontend {
    /// Parses and checks the given sources as one package.
    public static func check(_ sources: [SourceFile], errorLimit: Int = 10) -> FrontendResult {
        withLargeStack { checkOnThisThread(sources, errorLimit: errorLimit) }
    }

    static func checkOnThisThread(_ sources: [SourceFile], errorLimit: Int) -> FrontendResult {
        let diags = DiagnosticList(limit: errorLimit)
        var result = FrontendResult(diagnostics: diags, sources: sources)
        var parsedAll = true
        for src in sources {
            if let f = Parser.parse(src, errors: diags) { result.files.append(f) } else { parsedAll = false }
        }
        // gc type-checks unless a file could not be parsed or there was a syntax error
        if !parsedAll || diags.syntaxErrorCount > 0 || diags.isFull { return result }
        let checker = Checker.check(files: result.files, errors: diags)
        result.checker = checker
        result.package = checker.pkg
        return result
    }

    /// Reads a file from disk as a SourceFile.
    public static func load(path: String, id: UInt32) throws -> SourceFile {
        guard let bytes = readFileBytes(path) else {
            throw FrontendError.cannotRead(path)
        }
        return SourceFile(id: id, name: path, bytes: bytes)
    }
}

public enum FrontendError: Error, CustomStringConvertible {
    case cannotRead(String)
    public var description: String {
        switch self {
        case .cannotRead(let p): return "open \(p): no such file or directory"
        }
    }
}

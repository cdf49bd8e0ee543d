// `gosub build -m`: escape analysis diagnostics printed as
// `go build -gcflags='-m -l'` prints them: gc's order, `./file.go:L:C: msg`.

import Base
import Syntax
import Types
import Escape

public enum EscapeReport {
    /// The -m lines of a checked package, file names as go build shows them.
    public static func lines(checker: Checker, files: [File], sources: [SourceFile]) -> [String] {
        let result = withLargeStack { EscapeAnalysis.analyze(checker: checker, files: files) }
        return result.diagnostics.map { d in
            let name = sources.first { $0.id == d.pos.file }?.name ?? "?"
            return "\(displayName(name)):\(d.pos.line):\(d.pos.col): \(d.message)"
        }
    }

    /// go build names a file of the current directory `./x.go`.
    static func displayName(_ path: String) -> String {
        if path.hasPrefix("/") || path.hasPrefix("./") || path.hasPrefix("../") { return path }
        return "./" + path
    }
}

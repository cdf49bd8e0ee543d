// The names of all source files the checker has seen, program and library,
// so that positions inside messages ("declared at $GOROOT/src/slices/slices.go:10:3",
// "other declaration of x") can name any file.

import Base

public enum FileNames {
    nonisolated(unsafe) private static var names: [UInt32: String] = [:]

    public static func register(_ f: SourceFile) { names[f.id] = f.name }

    /// The registered name of a file (the standard library's included).
    public static func name(_ id: UInt32) -> String? { names[id] }

    /// `file:line:col` for a position.
    public static func position(_ p: Pos) -> String {
        "\(names[p.file] ?? ""):\(p.line):\(p.col)"
    }
}

// Positions in Go source as gc reports them: a file, a 1-based line and a
// 1-based byte column. Every AST node and diagnostic carries one.

/// A position in a source file. `line` and `col` are 1-based; `col` counts
/// bytes, as gc does. A zero `line` means "no position".
public struct Pos: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: UInt32
    public var line: UInt32
    public var col: UInt32

    public init(file: UInt32, line: UInt32, col: UInt32) {
        self.file = file
        self.line = line
        self.col = col
    }

    public static let none = Pos(file: 0, line: 0, col: 0)

    public var isKnown: Bool { line > 0 }

    public static func < (a: Pos, b: Pos) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return a.col < b.col
    }

    public var description: String { "\(line):\(col)" }
}

/// One Go source file: its name as the user gave it and its bytes.
public final class SourceFile: Sendable {
    public let id: UInt32
    public let name: String
    public let bytes: [UInt8]

    public init(id: UInt32, name: String, bytes: [UInt8]) {
        self.id = id
        self.name = name
        self.bytes = bytes
    }

    public convenience init(id: UInt32, name: String, text: String) {
        self.init(id: id, name: name, bytes: Array(text.utf8))
    }

    /// The text of a 1-based line, without its newline.
    public func lineText(_ line: Int) -> String {
        var current = 1
        var start = 0
        var i = 0
        while i < bytes.count && current < line {
            if bytes[i] == UInt8(ascii: "\n") { current += 1; start = i + 1 }
            i += 1
        }
        if current != line { return "" }
        var end = start
        while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

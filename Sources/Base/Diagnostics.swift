// Diagnostics in gc's format: `file:line:col: message`, collected, sorted by
// position, de-duplicated, at most ten then `too many errors` (as
// cmd/compile/internal/base does). gc keeps only the first syntax error of a
// line, and only one of several equal errors on a line.

public struct Diagnostic: Hashable, Sendable {
    public var pos: Pos
    public var message: String
    public var isSyntax: Bool { message.hasPrefix("syntax error") }

    public init(pos: Pos, message: String) {
        self.pos = pos
        self.message = message
    }
}

/// Collects the diagnostics of one compilation.
public final class DiagnosticList {
    public private(set) var items: [Diagnostic] = []
    private var lastSyntax: Pos = .none
    private var lastOther: Pos = .none
    private var lastMessage = ""
    /// gc stops after this many errors; 0 means no limit (gc's -e flag).
    public var limit: Int

    public init(limit: Int = 10) {
        self.limit = limit
    }

    public var count: Int { items.count }
    public var isEmpty: Bool { items.isEmpty }
    public var syntaxErrorCount: Int { items.lazy.filter(\.isSyntax).count }

    /// Records an error. Returns false once the limit is reached (the caller
    /// may stop work; further reports are ignored).
    @discardableResult
    public func report(_ pos: Pos, _ message: String) -> Bool {
        if limit > 0 && items.count >= limit { return false }
        let d = Diagnostic(pos: pos, message: message)
        if d.isSyntax {
            if lastSyntax.isKnown && lastSyntax.file == pos.file && lastSyntax.line == pos.line { return true }
            lastSyntax = pos
        } else {
            if lastOther.file == pos.file && lastOther.line == pos.line && lastMessage == message { return true }
            lastOther = pos
            lastMessage = message
        }
        items.append(d)
        return limit == 0 || items.count < limit
    }

    public var isFull: Bool { limit > 0 && items.count >= limit }

    /// Sorted by position, equal (line, message) pairs removed, as gc's FlushErrors.
    public func sorted() -> [Diagnostic] {
        let s = items.enumerated().sorted { a, b in
            if a.element.pos != b.element.pos { return a.element.pos < b.element.pos }
            return a.offset < b.offset
        }.map(\.element)
        var out: [Diagnostic] = []
        for d in s {
            if let last = out.last, last.pos.file == d.pos.file, last.pos.line == d.pos.line, last.message == d.message { continue }
            out.append(d)
        }
        return out
    }

    /// The lines gc prints, with file names resolved by `fileName`.
    public func formatted(fileName: (UInt32) -> String) -> [String] {
        let s = sorted()
        var lines = s.map { "\(fileName($0.pos.file)):\($0.pos.line):\($0.pos.col): \($0.message)" }
        if isFull, let last = items.last {
            lines.append("\(fileName(last.pos.file)):\(last.pos.line):\(last.pos.col): too many errors")
        }
        return lines
    }
}

// How the output of a program that crashed is compared: a panic or fatal
// error line followed by a goroutine header is compared only up to that
// header (the trace that follows carries addresses and paths), without
// `[signal …]` and runtime-internal lines; after a fatal error, up to the
// blank line after it. Used by `gosub test`.
enum CrashOutput {
    /// The comparable part of a program's output, and whether it shows a crash.
    static func comparable(_ s: String) -> (text: String, crashes: Bool) {
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // a program may print "panic: …" itself: a crash has a goroutine header after it
        let isHeader: (String) -> Bool = { $0.hasPrefix("goroutine ") && $0.hasSuffix(":") }
        guard let i = lines.indices.first(where: { k in
            let l = lines[k]
            return (l.hasPrefix("panic: ") || l.hasPrefix("fatal error: ") || l.hasPrefix("runtime: goroutine stack exceeds"))
                && lines[k...].contains(where: isHeader)
        }) else {
            return (s, false)
        }
        if let g = lines[i...].firstIndex(where: isHeader) {
            lines = Array(lines[..<g])
        }
        if let f = lines[i...].firstIndex(where: { $0.hasPrefix("fatal error: ") }),
           let blank = lines[f...].firstIndex(of: "") {
            lines = Array(lines[..<blank])
        }
        lines = lines.filter { !$0.hasPrefix("[signal ") && !$0.hasPrefix("runtime: sp=") && !$0.hasPrefix("runtime stack:") }
        while lines.last == "" { lines.removeLast() }
        return (lines.joined(separator: "\n"), true)
    }
}

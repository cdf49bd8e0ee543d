// Which Printf operands fmt would format through their Error or String
// method. fmt (print.go handleMethods) calls those methods only for the verbs
// v (without #), s, x, X and q, and for operands left over as %!(EXTRA …);
// %d on a type with a String method formats the number and never calls it.
// The compiler calls the methods before the native Printf runs, so for a
// constant format it walks the format as doPrintf does and calls them only
// where fmt would; for a format known only at run time the native
// fmtMethodOperands asks the same question just before the call. Operands
// of %#v in a constant format get their GoString method called instead. Should the
// two ever disagree, the VM refuses a value whose method it needed and was
// not given rather than print something else.

public enum FormatVerbs {
    /// How a Printf verb formats an operand: what a fmt.Formatter is told.
    public struct VerbUse: Sendable, Equatable {
        public var verb: UInt8
        public var flags: [UInt8]
        public var width: Int?
        public var precision: Int?
        /// Width or precision comes from an operand (*): known only at run time.
        public var dynamic: Bool
        public init(verb: UInt8, flags: [UInt8] = [], width: Int? = nil, precision: Int? = nil, dynamic: Bool = false) {
            self.verb = verb; self.flags = flags; self.width = width; self.precision = precision; self.dynamic = dynamic
        }
    }

    /// The operands (0-based, after the format) that fmt formats through a
    /// method, for `count` operands. Walks the format as VM/Printf.swift's
    /// doPrintf does, so both agree on which operand each verb takes.
    public static func methodOperands(_ format: [UInt8], count: Int) -> Set<Int> {
        operands(format, count: count).methods
    }

    /// The same walk, also returning the operands formatted with %#v (through
    /// their GoString method, where they have one and are not in `methods`)
    /// and the first verb each operand is formatted with (what a Formatter is told).
    public static func operands(_ format: [UInt8], count: Int) -> (methods: Set<Int>, goSyntax: Set<Int>, uses: [Int: VerbUse]) {
        var marked = Set<Int>()
        var sharpV = Set<Int>()
        var uses: [Int: VerbUse] = [:]
        var argNum = 0
        var reordered = false
        var goodArgNum = true
        var i = 0
        let end = format.count
        func argIndex() {
            guard let k = FormatVerbs.argIndex(format, &i, count: count) else { return }
            reordered = true
            if k >= 0 { argNum = k } else { goodArgNum = false }
        }
        while i < end {
            goodArgNum = true
            while i < end, format[i] != UInt8(ascii: "%") { i += 1 }
            if i >= end { break }
            i += 1
            var sharp = false
            var use = VerbUse(verb: 0)
            flags: while i < end {
                switch format[i] {
                case UInt8(ascii: "#"): sharp = true; use.flags.append(format[i]); i += 1
                case UInt8(ascii: "0"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: " "): use.flags.append(format[i]); i += 1
                default: break flags
                }
            }
            argIndex()
            // width and precision: * takes an operand, read as an int without its methods
            if i < end, format[i] == UInt8(ascii: "*") { i += 1; argNum += 1; use.dynamic = true } else { use.width = FormatVerbs.parseNum(format, &i) }
            if i + 1 < end, format[i] == UInt8(ascii: ".") {
                i += 1
                argIndex()
                if i < end, format[i] == UInt8(ascii: "*") { i += 1; argNum += 1; use.dynamic = true } else { use.precision = FormatVerbs.parseNum(format, &i) ?? 0 }
            }
            argIndex()
            if i >= end { break }
            let verb = format[i]
            i += verb < 0x80 ? 1 : utf8Length(format, i)
            if verb == UInt8(ascii: "%") || !goodArgNum || argNum >= count { continue }
            use.verb = verb
            if uses[argNum] == nil { uses[argNum] = use }
            switch verb {
            case UInt8(ascii: "v"): if !sharp { marked.insert(argNum) } else { sharpV.insert(argNum) }
            case UInt8(ascii: "s"), UInt8(ascii: "x"), UInt8(ascii: "X"), UInt8(ascii: "q"), UInt8(ascii: "w"):
                marked.insert(argNum)
            default: break
            }
            argNum += 1
        }
        // operands no verb used are printed as %!(EXTRA type=value), with %v
        if !reordered {
            for extra in argNum..<max(argNum, count) {
                marked.insert(extra)
                if uses[extra] == nil { uses[extra] = VerbUse(verb: UInt8(ascii: "v")) }
            }
        }
        return (marked, sharpV.subtracting(marked), uses)
    }

    /// An explicit operand index `[n]` at format[i], read as fmt's argNumber
    /// does: nil when there is none; otherwise i moves past it and the result
    /// is the 0-based operand, or -1 for an index that is malformed or out of range.
    public static func argIndex(_ format: [UInt8], _ i: inout Int, count: Int) -> Int? {
        let end = format.count
        guard i < end, format[i] == UInt8(ascii: "[") else { return nil }
        var j = i + 1, n = 0, ok = false
        while j < end, format[j] >= 48, format[j] <= 57 { n = min(n * 10 + Int(format[j] - 48), 1 << 32); j += 1; ok = true }
        if j < end, format[j] == UInt8(ascii: "]"), ok, n >= 1, n <= count {
            i = j + 1
            return n - 1
        }
        while j < end, format[j] != UInt8(ascii: "]") { j += 1 }
        i = min(j + 1, end)
        return -1
    }

    /// A width or precision at format[i], read as fmt's parsenum does: nil
    /// without digits; a number past 1e6 is none either, and ends the format.
    public static func parseNum(_ format: [UInt8], _ i: inout Int) -> Int? {
        var n = 0, any = false
        while i < format.count, format[i] >= 48, format[i] <= 57 {
            if tooLarge(Int64(n)) { i = format.count; return nil }
            n = n * 10 + Int(format[i] - 48)
            i += 1
            any = true
        }
        return any ? n : nil
    }

    /// fmt's bound on widths and precisions.
    public static func tooLarge(_ n: Int64) -> Bool { n > 1_000_000 || n < -1_000_000 }

    /// methodOperands as a mask for the native: bit i for operand i; operands
    /// from 63 on share bit 63.
    public static func methodMask(_ format: [UInt8], count: Int) -> UInt64 {
        methodOperands(format, count: count).reduce(0) { $0 | 1 << UInt64(min($1, 63)) }
    }

    /// The byte length of the UTF-8 sequence starting at `i` (1 for a bad lead byte).
    private static func utf8Length(_ s: [UInt8], _ i: Int) -> Int {
        let lead = s[i]
        let n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return min(n, s.count - i)
    }
}

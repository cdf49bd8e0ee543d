// A unified line diff of expected and actual text, for test failures
// (longest common subsequence; inputs are small).

enum TextDiff {
    static func unified(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if a.count * b.count > 4_000_000 {
            return "--- expected (\(a.count) lines)\n+++ actual (\(b.count) lines)\n(too large to diff)"
        }
        // LCS table
        var l = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                l[i][j] = a[i] == b[j] ? l[i + 1][j + 1] + 1 : max(l[i + 1][j], l[i][j + 1])
            }
        }
        enum Op { case same(String), del(String), ins(String) }
        var ops: [Op] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] { ops.append(.same(a[i])); i += 1; j += 1 }
            else if j < b.count && (i == a.count || l[i][j + 1] >= l[i + 1][j]) { ops.append(.ins(b[j])); j += 1 }
            else { ops.append(.del(a[i])); i += 1 }
        }
        var out = ["--- expected", "+++ actual"]
        var k = 0
        while k < ops.count {
            guard let firstChange = ops[k...].firstIndex(where: { if case .same = $0 { return false }; return true }) else { break }
            var lo = max(k, firstChange - context)
            var hi = firstChange
            while hi < ops.count {
                if case .same = ops[hi] {
                    let nextChange = ops[hi...].firstIndex(where: { if case .same = $0 { return false }; return true })
                    if let n = nextChange, n - hi <= 2 * context { hi = n; continue }
                    hi = min(ops.count, hi + context)
                    break
                }
                hi += 1
            }
            if lo < k { lo = k }
            out.append("@@")
            for op in ops[lo..<hi] {
                switch op {
                case .same(let s): out.append(" " + s)
                case .del(let s): out.append("-" + s)
                case .ins(let s): out.append("+" + s)
                }
            }
            k = hi
        }
        return out.joined(separator: "\n")
    }
}

// The collector as a program sees it: GODEBUG=gctrace=1 prints Go's line
// format (checked by regular expression, as against real Go's), GOGC and
// GOMEMLIMIT steer the pacer, garbage is reclaimed so a program that
// allocates far more than it keeps stays within a bounded heap, and the
// number formats of the trace line follow Go's fmtNSAsMS.

import XCTest
import Base
@testable import Driver
@testable import VM
#if canImport(Glibc)
import Glibc
#endif

final class CollectorTests: XCTestCase {
    func run(_ src: String, env: [String: String] = [:]) -> (Int32, String) {
        for (k, v) in env { setenv(k, v, 1) }
        defer { for k in env.keys { unsetenv(k) } }
        let s = SourceFile(id: 1, name: "prog.go", text: src)
        let (st, out) = Runner.run([s], capture: true)
        return (st, String(decoding: out, as: UTF8.self))
    }

    /// Allocates about 64 MiB in 1 KiB pieces while keeping 256 KiB; prints NumGC and HeapSys in MiB.
    let churn = """
    package main
    import ("fmt"; "runtime")
    var sink [256][]byte
    func main() {
        for i := 0; i < 64<<10; i++ {
            sink[i%256] = make([]byte, 1024)
        }
        runtime.GC()
        var m runtime.MemStats
        runtime.ReadMemStats(&m)
        fmt.Println(m.NumGC, m.NumForcedGC, m.HeapSys>>20)
    }
    """

    func testGCTraceLinesHaveGosFormat() throws {
        let (st, out) = run(churn, env: ["GODEBUG": "gctrace=1"])
        XCTAssertEqual(st, 0, out)
        let lines = out.split(separator: "\n").map(String.init)
        let trace = lines.filter { $0.hasPrefix("gc ") }
        XCTAssertGreaterThan(trace.count, 5, out)
        let ms = #"(\d+|\d+\.\d{1,3})"#
        let pattern = #"^gc (\d+) @\d+\.\d{3}s \d+%: "# + ms + "\\+" + ms + "\\+" + ms + " ms clock, "
            + ms + "\\+" + ms + "/" + ms + "/" + ms + "\\+" + ms + " ms cpu, "
            + #"\d+->\d+->\d+ MB, \d+ MB goal, \d+ MB stacks, \d+ MB globals, \d+ P( \(forced\))?$"#
        let re = try NSRegularExpression(pattern: pattern)
        for (i, l) in trace.enumerated() {
            let m = re.firstMatch(in: l, range: NSRange(l.startIndex..., in: l))
            XCTAssertNotNil(m, "not Go's gctrace format: \(l)")
            XCTAssertTrue(l.hasPrefix("gc \(i + 1) @"), l)
        }
        XCTAssertTrue(trace.last!.hasSuffix(" (forced)"), trace.last!)
        XCTAssertEqual(trace.filter { $0.hasSuffix(" (forced)") }.count, 1)
    }

    func testGarbageIsReclaimedAndGOGCSetsThePace() {
        let (st, out) = run(churn)
        XCTAssertEqual(st, 0, out)
        let f = out.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(f.count, 3, out)
        // 64 MiB allocated with under 1 MiB live: the 4 MiB minimum goal gives about 16 cycles
        XCTAssertGreaterThanOrEqual(f[0], 10, out)
        XCTAssertEqual(f[1], 1, out)
        XCTAssertLessThanOrEqual(f[2], 16, out)
        // a larger GOGC means fewer cycles; GOGC=off means only the forced one
        let (_, lazy) = run(churn, env: ["GOGC": "400"])
        let lazyCycles = Int(lazy.split(separator: " ")[0]) ?? 0
        XCTAssertLessThan(lazyCycles, f[0] / 2, lazy)
        let (_, off) = run(churn, env: ["GOGC": "off"])
        XCTAssertTrue(off.hasPrefix("1 1 "), off)
        // a memory limit with GOGC=off still collects
        let (_, limited) = run(churn, env: ["GOGC": "off", "GOMEMLIMIT": "24MiB"])
        XCTAssertGreaterThan(Int(limited.split(separator: " ")[0]) ?? 0, 1, limited)
    }

    func testStressAndPoisonModesKeepLiveData() {
        let src = """
        package main
        import "fmt"
        type node struct { next *node; name string; vals []int }
        func main() {
            var head *node
            m := map[string]*node{}
            ch := make(chan *node, 8)
            for i := 0; i < 300; i++ {
                head = &node{next: head, name: fmt.Sprint("n", i), vals: []int{i, i * i}}
                m[head.name] = head
                if i%40 == 0 { ch <- head }
            }
            close(ch)
            sum := 0
            for p := head; p != nil; p = p.next { sum += p.vals[1] + len(p.name) }
            for n := range ch { sum += n.vals[0] }
            fmt.Println(sum, len(m), m["n7"].vals[1])
        }
        """
        let (st, plain) = run(src)
        XCTAssertEqual(st, 0, plain)
        let (st2, stressed) = run(src, env: ["GOSUB_GCSTRESS": "1", "GOSUB_GCPOISON": "1"])
        XCTAssertEqual(st2, 0, stressed)
        XCTAssertEqual(stressed, plain)
        XCTAssertEqual(plain, "8957260 300 49\n")   // real Go's output
    }

    func testTraceNumberFormats() {
        XCTAssertEqual(Machine.fmtNSAsMS(0), "0")
        XCTAssertEqual(Machine.fmtNSAsMS(999), "0")
        XCTAssertEqual(Machine.fmtNSAsMS(16_000), "0.016")
        XCTAssertEqual(Machine.fmtNSAsMS(250_000), "0.25")
        XCTAssertEqual(Machine.fmtNSAsMS(1_940_000), "1.9")
        XCTAssertEqual(Machine.fmtNSAsMS(9_990_000), "9.9")
        XCTAssertEqual(Machine.fmtNSAsMS(10_000_000), "10")
        XCTAssertEqual(Machine.fmtNSAsMS(123_456_789), "123")
        XCTAssertEqual(Machine.fixed3(0.0121), "0.012")
        XCTAssertEqual(Machine.fixed3(12.5), "12.500")
        XCTAssertEqual(Machine.parseMemoryLimit("64MiB"), 64 << 20)
        XCTAssertEqual(Machine.parseMemoryLimit("1GiB"), 1 << 30)
        XCTAssertEqual(Machine.parseMemoryLimit("12345"), 12345)
        XCTAssertEqual(Machine.parseMemoryLimit("off"), Int64.max)
        XCTAssertNil(Machine.parseMemoryLimit("12XB"))
    }
}

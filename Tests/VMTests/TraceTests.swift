// gosub trace: the recorder sees every allocation the program's MemStats
// count (Mallocs, which counts tiny sub-allocations too and not zero-size
// ones), names the interpreted line that allocated, reports the collector's
// frees and cycles, and writes lines that `gosub trace -summary` reads back.

import XCTest
import Base
@testable import Driver
@testable import VM

final class TraceTests: XCTestCase {
    let program = """
    package main
    import ("runtime"; "strconv")
    type node struct { next *node; v int }
    var keep *node
    var buf []byte
    func main() {
        for i := 0; i < 5000; i++ {
            keep = &node{next: keep, v: i}   // line 8
            _ = strconv.Itoa(i * 7919)
            buf = make([]byte, 40000)
            buf[0] = 1
        }
        runtime.GC()
        var m runtime.MemStats
        runtime.ReadMemStats(&m)
        println(m.Mallocs, m.NumGC)
    }
    """

    func testEveryAllocationIsAnEventWithItsSite() throws {
        let path = NSTemporaryDirectory() + "gosub-trace-test.txt"
        let rec = try XCTUnwrap(TraceRecorder(path: path, jsonl: false))
        let (st, out) = Runner.run([SourceFile(id: 1, name: "prog.go", text: program)], capture: true, tracer: rec)
        XCTAssertEqual(st, 0)
        let fields = String(decoding: out, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
        XCTAssertEqual(fields.count, 2, String(decoding: out, as: UTF8.self))
        let s = rec.summary
        // allocation events up to ReadMemStats = Mallocs (println allocates nothing)
        XCTAssertEqual(s.allocs.objects - (s.paths["zerobase"] ?? 0), fields[0])
        XCTAssertEqual(s.sites.first { $0.key.hasPrefix("prog.go:8 ") }?.value.objects, 5000)
        XCTAssertEqual(s.sites.first { $0.key.hasPrefix("prog.go:10 ") }?.value.objects, 5000)
        XCTAssertGreaterThan(s.frees.objects, 4000)   // the 40 KB buffers, freed by the collector
        XCTAssertEqual(s.gcs.count, fields[1])
        XCTAssertTrue(s.gcs.last?.forced == true)
        // the file sums up to the same figures
        var read = TraceSummary()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        for line in text.split(separator: "\n") { read.add(line: String(line)) }
        XCTAssertEqual(read.allocs.objects, s.allocs.objects)
        XCTAssertEqual(read.frees.objects, s.frees.objects)
        XCTAssertEqual(read.gcs.count, s.gcs.count)
        XCTAssertEqual(read.report(), s.report())
        XCTAssertTrue(s.report().contains("prog.go:10 main.main"), s.report())
        try? FileManager.default.removeItem(atPath: path)
    }
}

final class HeapProfileTests: XCTestCase {
    /// Reads a varint at i.
    func varint(_ b: [UInt8], _ i: inout Int) -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while i < b.count { let x = b[i]; i += 1; v |= UInt64(x & 0x7F) << shift; if x < 0x80 { break }; shift += 7 }
        return v
    }

    func testHeapProfileIsProtobufWithSitesAndValues() throws {
        let src = """
        package main
        type T struct{ a, b *T }
        var keep []*T
        func main() {
            for i := 0; i < 1000; i++ {
                t := &T{}
                if i%10 == 0 { keep = append(keep, t) }
            }
        }
        """
        let rec = try XCTUnwrap(TraceRecorder(path: nil, jsonl: false))
        rec.profiling = true
        let (st, _) = Runner.run([SourceFile(id: 1, name: "prog.go", text: src)], capture: true, tracer: rec)
        XCTAssertEqual(st, 0)
        let b = rec.profileBytes
        // walk the top-level fields: 4 sample types, samples, locations, functions, strings
        var i = 0, fields: [Int: Int] = [:], strings: [String] = [], samples: [[UInt64]] = []
        while i < b.count {
            let key = varint(b, &i)
            let field = Int(key >> 3)
            fields[field, default: 0] += 1
            if key & 7 == 2 {
                let n = Int(varint(b, &i))
                let body = Array(b[i..<i + n])
                if field == 6 { strings.append(String(decoding: body, as: UTF8.self)) }
                if field == 2 {
                    // a sample: location ids (1), values (2), both packed
                    var j = 0
                    while j < body.count {
                        let k = varint(body, &j)
                        let m = Int(varint(body, &j))
                        if k >> 3 == 2 { var q = j; var vals: [UInt64] = []; while q < j + m { vals.append(varint(body, &q)) }; samples.append(vals) }
                        j += m
                    }
                }
                i += n
            } else {
                _ = varint(b, &i)
            }
        }
        XCTAssertEqual(fields[1], 4)
        XCTAssertTrue(strings.contains("alloc_objects") && strings.contains("inuse_space") && strings.contains("main.main"), "\(strings)")
        // the &T{} site: 1000 objects allocated, 100 or more still in use
        XCTAssertTrue(samples.contains { $0.count == 4 && $0[0] == 1000 && $0[2] >= 100 }, "\(samples)")
    }
}

final class CPUProfileTests: XCTestCase {
    /// A program burning its CPU time in one function: the profile's samples
    /// (taken at 100 Hz of CPU time) mostly name it.
    func testCPUProfileNamesTheHotFunction() throws {
        let src = """
        package main
        func burn(n int) int {
            s := 0
            for i := 0; i < n; i++ { s += i * i % 7 }
            return s
        }
        func main() { println(burn(1500000) > 0) }
        """
        let profiler = CPUProfiler()
        let (st, out) = Runner.run([SourceFile(id: 1, name: "prog.go", text: src)], capture: true, cpuProfiler: profiler)
        XCTAssertEqual(st, 0)
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "true\n")
        XCTAssertGreaterThan(profiler.samples, 10)
        XCTAssertGreaterThan(profiler.hottestShare(of: "main.burn"), 0.8)
        let text = String(decoding: profiler.bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("main.burn") && text.contains("nanoseconds"))
    }
}

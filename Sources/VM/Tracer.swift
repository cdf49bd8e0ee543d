// `gosub trace`: the allocator's and collector's events of one run, written
// as they happen (one line each, or JSON Lines) and summed up.
//
// Lines (text; JSON Lines carry the same fields with "ev" for the first word):
//   alloc t=NS g=G addr=0x… size=BYTES class=C spc=Cn|Cs elem=BYTES path=P site=FILE:LINE func=NAME
//   free addr=0x… elem=BYTES class=C
//   span op=alloc|free|manual base=0x… pages=N spc=…
//   arena base=0x… bytes=N          scavenge base=0x… bytes=N
//   gc n=N t=NS before=BYTES marked=BYTES goal=BYTES forced=true|false
// t: nanoseconds since the program started; size: bytes requested; elem:
// bytes charged (0 inside a tiny block); path: which layer served it (tiny,
// mcache, mcentral, mheap, newArena, zerobase); site: the interpreted
// instruction that allocated (its function and line).
//
// TraceSummary adds them up, from a run or from a trace file: top sites by
// bytes and by objects, a size-class table with its internal fragmentation,
// the paths, the frees and the collections.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Sums of a trace.
public struct TraceSummary {
    struct Counts { var objects = 0, bytes = 0 }
    var sites: [String: Counts] = [:]
    /// Per size class: objects, bytes requested, bytes charged.
    var classes: [Int: (objects: Int, requested: Int, charged: Int)] = [:]
    var paths: [String: Int] = [:]
    var allocs = Counts(), frees = Counts()
    var gcs: [(n: Int, before: Int, marked: Int, goal: Int, forced: Bool)] = []

    public init() {}

    mutating func alloc(site: String?, size: Int, sizeClass: Int, elem: Int, path: String?) {
        if let site {
            sites[site, default: Counts()].objects += 1
            sites[site, default: Counts()].bytes += elem > 0 ? elem : size
        }
        var c = classes[sizeClass] ?? (0, 0, 0)
        c.objects += 1; c.requested += size; c.charged += elem
        classes[sizeClass] = c
        if let path { paths[path, default: 0] += 1 }
        allocs.objects += 1
        allocs.bytes += elem > 0 ? elem : size
    }

    /// Adds one line of a text trace.
    public mutating func add(line: String) {
        let words = line.split(separator: " ")
        guard let kind = words.first else { return }
        var f: [Substring: Substring] = [:]
        for w in words.dropFirst() {
            if let eq = w.firstIndex(of: "=") { f[w[..<eq]] = w[w.index(after: eq)...] }
        }
        func int(_ k: Substring) -> Int { f[k].flatMap { Int($0) } ?? 0 }
        switch kind {
        case "alloc":
            alloc(site: "\(f["site"] ?? "?") \(f["func"] ?? "?")", size: int("size"), sizeClass: int("class"),
                  elem: int("elem"), path: String(f["path"] ?? "?"))
        case "free":
            frees.objects += 1
            frees.bytes += int("elem")
        case "gc":
            gcs.append((int("n"), int("before"), int("marked"), int("goal"), f["forced"] == "true"))
        default: break
        }
    }

    /// The report `gosub trace -summary` prints.
    public func report(top: Int = 10) -> String {
        var s = "allocations: \(allocs.objects) objects, \(allocs.bytes) bytes; freed by the collector: \(frees.objects) objects, \(frees.bytes) bytes\n"
        func table(_ title: String, _ key: (Counts) -> Int) {
            s += "\ntop sites by \(title):\n"
            s += "  " + "bytes".leftPad(12) + "objects".leftPad(10) + "  site\n"
            for (site, c) in sites.sorted(by: { key($0.value) != key($1.value) ? key($0.value) > key($1.value) : $0.key < $1.key }).prefix(top) {
                s += "  " + String(c.bytes).leftPad(12) + String(c.objects).leftPad(10) + "  \(site)\n"
            }
        }
        table("bytes") { $0.bytes }
        table("objects") { $0.objects }
        s += "\nsize classes (0: large objects):\n"
        s += "  " + "class".leftPad(6) + "size".leftPad(8) + "objects".leftPad(10) + "requested".leftPad(12) + "charged".leftPad(12) + "  waste\n"
        for (c, v) in classes.sorted(by: { $0.key < $1.key }) {
            let size = c < SizeClasses.size.count ? SizeClasses.size[c] : 0
            let waste = v.charged > 0 ? Double(v.charged - min(v.requested, v.charged)) * 100 / Double(v.charged) : 0
            s += "  " + String(c).leftPad(6) + String(size).leftPad(8) + String(v.objects).leftPad(10)
            s += String(v.requested).leftPad(12) + String(v.charged).leftPad(12) + "  " + String(format1(waste)) + "%\n"
        }
        s += "\npaths: " + ["zerobase", "tiny", "mcache", "mcentral", "mheap", "newArena"].compactMap { p in
            paths[p].map { "\(p) \($0)" }
        }.joined(separator: ", ") + "\n"
        s += "\ncollections: \(gcs.count)\n"
        for g in gcs {
            s += "  gc \(g.n): \(g.before >> 10) KiB -> \(g.marked >> 10) KiB live, goal \(g.goal >> 10) KiB\(g.forced ? " (forced)" : "")\n"
        }
        return s
    }

    private func format1(_ v: Double) -> String {
        let t = Int((v * 10).rounded())
        return "\(t / 10).\(t % 10)"
    }
}

private extension String {
    func leftPad(_ n: Int) -> String { count >= n ? " " + self : String(repeating: " ", count: n - count) + self }
}

/// Records a run's memory events to a file and into a summary. The hot
/// events (alloc, free) are formatted into a byte buffer by hand and their
/// sites counted by code offset, named only when the summary is asked for.
public final class TraceRecorder: AllocEventSink {
    weak var machine: Machine?
    private let file: UnsafeMutablePointer<FILE>?
    private let jsonl: Bool
    private let start = Machine.realNanos()
    /// Site names by code offset, and the counts of allocations per offset.
    @exclusivity(unchecked) private var siteNames: [Int: (site: [UInt8], fn: [UInt8])] = [:]
    @exclusivity(unchecked) private var siteCounts: [Int: TraceSummary.Counts] = [:]
    /// For a heap profile (-pprof): per site, and the site and size of each live object.
    public var profiling = false
    @exclusivity(unchecked) private var profile: [Int: SiteProfile] = [:]
    @exclusivity(unchecked) private var liveObjects: [UInt: (site: Int, bytes: Int)] = [:]
    @exclusivity(unchecked) private var counted = TraceSummary()
    /// Lines waiting to be written (raw bytes), written out when less than a
    /// line's worth (1 KiB at most) is left, and how many bytes it holds.
    private static let bufferBytes = 256 << 10
    private let line = UnsafeMutablePointer<UInt8>.allocate(capacity: TraceRecorder.bufferBytes)
    @exclusivity(unchecked) private var len = 0
    @exclusivity(unchecked) private var pathCounts = [Int](repeating: 0, count: 8)
    private static let pathNames: [[UInt8]] = (0..<8).map { Array((AllocPath(rawValue: UInt8($0))?.description ?? "?").utf8) }

    /// Writes to `path` (nil: only the summary) as text or JSON Lines.
    public init?(path: String?, jsonl: Bool) {
        self.jsonl = jsonl
        if let path {
            guard let f = fopen(path, "w") else { return nil }
            file = f
        } else {
            file = nil
        }
    }

    deinit {
        if let f = file { writeBuffer(); fclose(f) }
        line.deallocate()
    }

    private func writeBuffer() {
        if let f = file, len > 0 { fwrite(line, 1, len, f) }
        len = 0
    }

    /// The run has ended: writes out what is buffered and, when profiling, builds the
    /// heap profile while the machine (its code and names) is still there.
    public func flush() {
        if let f = file { writeBuffer(); fflush(f) }
        if profiling, let m = machine { profileBytes = m.heapProfile(profile, durationNs: Machine.realNanos() - start) }
    }

    /// The heap profile in pprof's format (PProf.swift), built when the run ended.
    public private(set) var profileBytes: [UInt8] = []

    /// The sums so far, sites named.
    public var summary: TraceSummary {
        var s = counted
        for (i, n) in pathCounts.enumerated() where n > 0 {
            s.paths[String(decoding: Self.pathNames[i], as: UTF8.self), default: 0] += n
        }
        for (off, c) in siteCounts {
            let n = siteName(off)
            let key = String(decoding: n.site, as: UTF8.self) + " " + String(decoding: n.fn, as: UTF8.self)
            s.sites[key, default: TraceSummary.Counts()].objects += c.objects
            s.sites[key, default: TraceSummary.Counts()].bytes += c.bytes
        }
        return s
    }

    public func record(_ event: MemEvent) {
        switch event {
        case .alloc(let r):
            let off = currentOffset()
            siteCounts[off, default: TraceSummary.Counts()].objects += 1
            siteCounts[off, default: TraceSummary.Counts()].bytes += r.elemsize > 0 ? r.elemsize : r.size
            counted.alloc(site: nil, size: r.size, sizeClass: r.sizeClass, elem: r.elemsize, path: nil)
            if profiling && r.path != .zerobase {
                let bytes = r.elemsize > 0 ? r.elemsize : r.size
                profile[off, default: SiteProfile()].allocObjects += 1
                profile[off, default: SiteProfile()].allocBytes += bytes
                profile[off, default: SiteProfile()].inuseObjects += 1
                profile[off, default: SiteProfile()].inuseBytes += bytes
                if r.elemsize > 0 { liveObjects[r.address] = (off, bytes) }   // a tiny block's pieces are freed together
            }
            pathCounts[Int(r.path.rawValue)] += 1
            guard file != nil else { return }
            let n = siteName(off)
            begin("alloc")
            num("t", Int(Machine.realNanos() - start)); num("g", Int(r.goroutine)); hex("addr", r.address)
            num("size", r.size); num("class", r.sizeClass); spanClass(r.spanClass); num("elem", r.elemsize)
            str("path", Self.pathNames[Int(r.path.rawValue)]); str("site", n.site); str("func", n.fn)
            end()
        case .free(let addr, let elem, let c):
            counted.frees.objects += 1
            counted.frees.bytes += elem
            if profiling, let o = liveObjects.removeValue(forKey: addr) {
                profile[o.site, default: SiteProfile()].inuseObjects -= 1
                profile[o.site, default: SiteProfile()].inuseBytes -= o.bytes
            }
            guard file != nil else { return }
            begin("free"); hex("addr", addr); num("elem", elem); num("class", c); end()
        case .span(let kind, let base, let npages, let spc):
            begin("span"); str("op", Array(kind.rawValue.utf8)); hex("base", base); num("pages", npages); str("spc", Array("\(spc)".utf8)); end()
        case .arena(let base, let bytes):
            begin("arena"); hex("base", base); num("bytes", bytes); end()
        case .scavenge(let base, let bytes):
            begin("scavenge"); hex("base", base); num("bytes", bytes); end()
        }
    }

    /// A finished collection (Collector.swift).
    func cycle(n: Int, before: UInt64, marked: UInt64, goal: UInt64, forced: Bool) {
        counted.gcs.append((n, Int(before), Int(marked), Int(goal), forced))
        begin("gc"); num("n", n); num("t", Int(Machine.realNanos() - start)); num("before", Int(before)); num("marked", Int(marked))
        num("goal", Int(goal)); word("forced", forced ? "true" : "false"); end()
    }

    // MARK: sites

    /// The code offset of the instruction the running goroutine allocates at (-1: none).
    private func currentOffset() -> Int {
        guard let m = machine, let g = m.current else { return -1 }
        return g.pc - UnsafePointer(m.image.code) - 1
    }

    private func siteName(_ off: Int) -> (site: [UInt8], fn: [UInt8]) {
        if let n = siteNames[off] { return n }
        var site = "?", fn = "runtime"
        if let m = machine, off >= 0, let (f, o) = m.image.locate(UnsafePointer(m.image.code) + off) {
            let meta = m.image.program.funcs[f]
            site = "\(meta.file.split(separator: "/").last.map(String.init) ?? meta.file):\(meta.line(at: o))"
            fn = meta.name
        }
        let n = (Array(site.utf8), Array(fn.utf8))
        siteNames[off] = n
        return n
    }

    // MARK: writing a line

    @inline(__always) private func put(_ b: UInt8) {
        if len < Self.bufferBytes - 1 { line[len] = b; len += 1 }
    }

    private func put(_ s: StaticString) {
        s.withUTF8Buffer { for b in $0 { put(b) } }
    }

    private func put(_ bytes: [UInt8]) {
        for b in bytes { put(b) }
    }

    private func begin(_ kind: StaticString) {
        if jsonl { put("{\"ev\":\"") }
        put(kind)
        if jsonl { put(UInt8(ascii: "\"")) }
    }

    private func key(_ k: StaticString) {
        if jsonl {
            put(",\"")
            put(k)
            put("\":")
        } else {
            put(UInt8(ascii: " "))
            put(k)
            put(UInt8(ascii: "="))
        }
    }

    private func num(_ k: StaticString, _ v: Int) {
        key(k)
        digits(v)
    }

    private func digits(_ v: Int) {
        if v < 0 { put(UInt8(ascii: "-")) }
        // least significant first (division by a constant is cheap), then reversed in place
        var x = v.magnitude
        let first = len
        repeat {
            put(UInt8(48 + x % 10))
            x /= 10
        } while x > 0
        var (i, j) = (first, len - 1)
        while i < j { (line[i], line[j]) = (line[j], line[i]); i += 1; j -= 1 }
    }

    private func hex(_ k: StaticString, _ v: UInt) {
        key(k)
        if jsonl { put(UInt8(ascii: "\"")) }
        put(UInt8(ascii: "0")); put(UInt8(ascii: "x"))
        let chars: StaticString = "0123456789abcdef"
        var shift = (UInt.bitWidth - v.leadingZeroBitCount + 3) / 4 * 4
        if shift == 0 { shift = 4 }
        chars.withUTF8Buffer { c in
            while shift > 0 { shift -= 4; put(c[Int((v >> UInt(shift)) & 15)]) }
        }
        if jsonl { put(UInt8(ascii: "\"")) }
    }

    private func str(_ k: StaticString, _ v: [UInt8]) {
        key(k)
        if jsonl { put(UInt8(ascii: "\"")) }
        put(v)
        if jsonl { put(UInt8(ascii: "\"")) }
    }

    private func spanClass(_ c: SpanClass) {
        key("spc")
        if jsonl { put(UInt8(ascii: "\"")) }
        digits(c.sizeClass)
        put(UInt8(ascii: c.noscan ? "n" : "s"))
        if jsonl { put(UInt8(ascii: "\"")) }
    }

    private func word(_ k: StaticString, _ v: StaticString) {
        key(k)
        put(v)
    }

    private func end() {
        guard file != nil else { len = 0; return }
        if jsonl { put(UInt8(ascii: "}")) }
        line[len] = 10
        len += 1
        if len > Self.bufferBytes - 1024 { writeBuffer() }
    }
}

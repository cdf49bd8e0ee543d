// Profiles in pprof's format (profile.proto, written uncompressed, which
// pprof reads as well as gzip): the protobuf writer and string table the
// CPU profile (CPUProfile.swift) shares, and the heap profile: for every
// allocation site seen by a trace, alloc_objects, alloc_space,
// inuse_objects and inuse_space, with the site as a one-frame stack (its
// function, file and line). `gosub trace -pprof FILE` and `gosub run
// -memprofile FILE` write it; `go tool pprof -top FILE` reads it.
//
// The encoding is protobuf's: a field's key is (number << 3) | wire type
// (0 varint, 2 length-delimited); messages nest as length-delimited bytes.

import Bytecode

/// Per allocation site (a code offset): what was allocated and what is still live.
struct SiteProfile {
    var allocObjects = 0, allocBytes = 0, inuseObjects = 0, inuseBytes = 0
}

struct ProtoWriter {
    var bytes: [UInt8] = []

    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        bytes.append(UInt8(v))
    }

    mutating func int(_ field: Int, _ v: Int64) {
        varint(UInt64(field << 3))
        varint(UInt64(bitPattern: v))
    }

    mutating func bytes(_ field: Int, _ b: [UInt8]) {
        varint(UInt64(field << 3 | 2))
        varint(UInt64(b.count))
        bytes += b
    }

    mutating func message(_ field: Int, _ build: (inout ProtoWriter) -> Void) {
        var m = ProtoWriter()
        build(&m)
        bytes(field, m.bytes)
    }

    mutating func packed(_ field: Int, _ values: [Int64]) {
        var m = ProtoWriter()
        for v in values { m.varint(UInt64(bitPattern: v)) }
        bytes(field, m.bytes)
    }
}

/// A profile's string table: index 0 is "", each string stored once.
struct StringTable {
    private(set) var strings: [String] = [""]
    private var ids: [String: Int64] = ["": 0]

    mutating func index(_ s: String) -> Int64 {
        if let i = ids[s] { return i }
        strings.append(s)
        ids[s] = Int64(strings.count - 1)
        return Int64(strings.count - 1)
    }
}

extension Machine {
    /// profile.proto bytes for the sites' counts.
    func heapProfile(_ sites: [Int: SiteProfile], durationNs: UInt64) -> [UInt8] {
        var table = StringTable()
        func str(_ s: String) -> Int64 { table.index(s) }
        var p = ProtoWriter()
        for (t, u) in [("alloc_objects", "count"), ("alloc_space", "bytes"), ("inuse_objects", "count"), ("inuse_space", "bytes")] {
            let (ti, ui) = (str(t), str(u))
            p.message(1) { $0.int(1, ti); $0.int(2, ui) }
        }
        var functions: [Int: UInt64] = [:]   // function index -> profile id
        var locations = ProtoWriter()
        var funcs = ProtoWriter()
        let code = UnsafePointer(image.code)
        for (k, (off, s)) in sites.sorted(by: { $0.key < $1.key }).enumerated() {
            let locID = UInt64(k + 1)
            var fnID: UInt64 = 0
            var line: Int64 = 0
            if off >= 0, let (f, o) = image.locate(code + off) {
                let meta = image.program.funcs[f]
                if let id = functions[f] { fnID = id } else {
                    fnID = UInt64(functions.count + 1)
                    functions[f] = fnID
                    let (n, file) = (str(meta.name), str(filePath(meta.file)))
                    funcs.message(5) { $0.int(1, Int64(fnID)); $0.int(2, n); $0.int(3, n); $0.int(4, file); $0.int(5, Int64(meta.line(at: 0))) }
                }
                line = Int64(meta.line(at: o))
            }
            locations.message(4) { m in
                m.int(1, Int64(locID))
                m.int(3, Int64(off))
                if fnID != 0 { m.message(4) { $0.int(1, Int64(fnID)); $0.int(2, line) } }
            }
            p.message(2) { m in
                m.packed(1, [Int64(locID)])
                m.packed(2, [Int64(s.allocObjects), Int64(s.allocBytes), Int64(s.inuseObjects), Int64(s.inuseBytes)])
            }
        }
        p.bytes += locations.bytes
        p.bytes += funcs.bytes
        let (space, bytes) = (str("space"), str("bytes"))
        for s in table.strings { p.bytes(6, Array(s.utf8)) }
        p.int(10, Int64(durationNs))
        p.message(11) { $0.int(1, space); $0.int(2, bytes) }
        return p.bytes
    }
}

// Maps: a map value is one word, a pointer to a header in the heap (nil is
// 0). The table is open addressing with linear probing, a power-of-two
// capacity and a load factor of 7/8; it doubles and rehashes when full.
// Keys and values sit in gc's layout, hashed and compared by their type
// (strings by bytes, floats with +0 == -0, interfaces by dynamic type and
// value, structs and arrays field by field). Iteration starts at a random
// slot; an iterator keeps the table it started on and looks each key up in
// the current table, so entries deleted or changed during the loop are seen
// as Go specifies and none is produced twice.
//
//   header (64 bytes): +0 count  +8 capacity  +16 table  +24 key stride
//                      +32 value stride  +40 map type id  +48 seed  +56 tombstones
//   table: capacity control bytes (0 empty, 1 deleted, 0x80|h7 full), padded
//          to 8, then capacity keys, then capacity values.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct MapHeader {
    var count: Int
    var cap: Int
    var table: UInt
    var kstride: Int
    var vstride: Int
    var typeID: Int
    var seed: UInt64
    var tombs: Int
}

extension Machine {
    func mapHeader(_ m: UInt64) -> UnsafeMutablePointer<MapHeader> {
        UnsafeMutablePointer<MapHeader>(bitPattern: UInt(m))!
    }

    func makeMap(_ typeID: Int, hint: Int) -> UInt64 {
        let mt = image.program.types[typeID]
        let k = image.program.types[mt.key], v = image.program.types[mt.elem]
        let p = mcache.mallocNoScan(64)
        let h = UnsafeMutablePointer<MapHeader>(bitPattern: p)!
        h.pointee = MapHeader(count: 0, cap: 0, table: 0, kstride: (k.size + 7) & ~7, vstride: (v.size + 7) & ~7,
                              typeID: typeID, seed: UInt64.random(in: 0...UInt64.max), tombs: 0)
        if hint > 0 { resize(h, to: max(8, Self.pow2(hint * 8 / 7 + 1))) }
        return UInt64(p)
    }

    static func pow2(_ n: Int) -> Int {
        var c = 8
        while c < n { c <<= 1 }
        return c
    }

    @inline(__always) func ctrl(_ h: UnsafeMutablePointer<MapHeader>) -> UnsafeMutablePointer<UInt8> {
        UnsafeMutablePointer<UInt8>(bitPattern: h.pointee.table)!
    }
    @inline(__always) func keyAt(_ h: UnsafeMutablePointer<MapHeader>, _ i: Int) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(bitPattern: h.pointee.table + UInt((h.pointee.cap + 7) & ~7 + i * h.pointee.kstride))!
    }
    @inline(__always) func valAt(_ h: UnsafeMutablePointer<MapHeader>, _ i: Int) -> UnsafeMutableRawPointer {
        let c = h.pointee.cap
        return UnsafeMutableRawPointer(bitPattern: h.pointee.table + UInt((c + 7) & ~7 + c * h.pointee.kstride + i * h.pointee.vstride))!
    }

    func resize(_ h: UnsafeMutablePointer<MapHeader>, to newCap: Int) {
        let old = h.pointee
        let bytes = (newCap + 7) & ~7 + newCap * (old.kstride + old.vstride)
        let t = mcache.mallocNoScan(bytes)
        h.pointee.table = t
        h.pointee.cap = newCap
        h.pointee.count = 0
        h.pointee.tombs = 0
        guard old.cap > 0 else { return }
        let oc = UnsafeMutablePointer<UInt8>(bitPattern: old.table)!
        let kt = keyType(h)
        for i in 0..<old.cap where oc[i] & 0x80 != 0 {
            let k = UnsafeMutableRawPointer(bitPattern: old.table + UInt((old.cap + 7) & ~7 + i * old.kstride))!
            let v = UnsafeMutableRawPointer(bitPattern: old.table + UInt((old.cap + 7) & ~7 + old.cap * old.kstride + i * old.vstride))!
            let hash = hashValue(kt, k, seed: h.pointee.seed) ?? 0
            let j = insertSlot(h, hash)
            ctrl(h)[j] = UInt8(0x80 | (hash & 0x7F))
            keyAt(h, j).copyMemory(from: k, byteCount: old.kstride)
            valAt(h, j).copyMemory(from: v, byteCount: old.vstride)
            h.pointee.count += 1
        }
    }

    func keyType(_ h: UnsafeMutablePointer<MapHeader>) -> RType {
        image.program.types[image.program.types[h.pointee.typeID].key]
    }
    func valType(_ h: UnsafeMutablePointer<MapHeader>) -> RType {
        image.program.types[image.program.types[h.pointee.typeID].elem]
    }

    /// The first empty or deleted slot on the probe sequence of `hash` (table has room).
    func insertSlot(_ h: UnsafeMutablePointer<MapHeader>, _ hash: UInt64) -> Int {
        let mask = h.pointee.cap - 1
        var i = Int(truncatingIfNeeded: hash >> 7) & mask
        let c = ctrl(h)
        while c[i] & 0x80 != 0 { i = (i + 1) & mask }
        return i
    }

    /// Slot of key k (memory layout) or nil.
    func findSlot(_ h: UnsafeMutablePointer<MapHeader>, _ k: UnsafeRawPointer, _ hash: UInt64) -> Int? {
        let cap = h.pointee.cap
        if cap == 0 || h.pointee.count == 0 { return nil }
        let mask = cap - 1
        var i = Int(truncatingIfNeeded: hash >> 7) & mask
        let c = ctrl(h)
        let tag = UInt8(0x80 | (hash & 0x7F))
        let kt = keyType(h)
        var n = 0
        while c[i] != 0 && n < cap {
            if c[i] == tag && valuesEqual(kt, keyAt(h, i), k) { return i }
            i = (i + 1) & mask
            n += 1
        }
        return nil
    }

    /// A key in slot shape copied to memory layout (into the machine's key buffer).
    func keyMemory(_ kt: RType, _ slots: UnsafeMutablePointer<UInt64>) -> UnsafeMutableRawPointer {
        let need = max(kt.size, 8)
        if keyBufCap < need {
            keyBuf?.deallocate()
            keyBuf = .allocate(byteCount: need, alignment: 8)
            keyBufCap = need
        }
        let b = keyBuf!
        storeSlots(kt, slots, to: b)
        return b
    }

    /// A value in slot shape to memory (gc layout).
    func storeSlots(_ t: RType, _ s: UnsafeMutablePointer<UInt64>, to p: UnsafeMutableRawPointer) {
        switch t.kind {
        case .bool, .int8, .uint8: p.storeBytes(of: UInt8(truncatingIfNeeded: s[0]), as: UInt8.self)
        case .int16, .uint16: p.storeBytes(of: UInt16(truncatingIfNeeded: s[0]), as: UInt16.self)
        case .int32, .uint32, .float32: p.storeBytes(of: UInt32(truncatingIfNeeded: s[0]), as: UInt32.self)
        default: if t.size > 0 { p.copyMemory(from: UnsafeRawPointer(s), byteCount: t.size) }
        }
    }

    /// Hash of a value in memory by its type; nil for an unhashable dynamic type (raises the panic).
    func hashValue(_ t: RType, _ p: UnsafeRawPointer, seed: UInt64) -> UInt64? {
        var h = seed ^ 0xcbf2_9ce4_8422_2325
        @inline(__always) func mix(_ b: UnsafeRawPointer, _ n: Int) {
            for i in 0..<n { h = (h ^ UInt64(b.load(fromByteOffset: i, as: UInt8.self))) &* 0x100_0000_01b3 }
        }
        func go(_ t: RType, _ p: UnsafeRawPointer) -> Bool {
            switch t.kind {
            case .string:
                let len = Int(p.load(fromByteOffset: 8, as: UInt64.self))
                if len > 0 { mix(UnsafeRawPointer(bitPattern: UInt(p.load(as: UInt64.self)))!, len) }
                h = (h ^ UInt64(len)) &* 0x100_0000_01b3
            case .float64:
                var d = p.load(as: Double.self)
                if d == 0 { d = 0 }
                if d.isNaN { h ^= UInt64.random(in: 0...UInt64.max) } else { withUnsafeBytes(of: &d) { mix($0.baseAddress!, 8) } }
            case .float32:
                var f = p.load(as: Float.self)
                if f == 0 { f = 0 }
                if f.isNaN { h ^= UInt64.random(in: 0...UInt64.max) } else { withUnsafeBytes(of: &f) { mix($0.baseAddress!, 4) } }
            case .interface:
                let tw = p.load(as: UInt64.self)
                var w = tw
                withUnsafeBytes(of: &w) { mix($0.baseAddress!, 8) }
                if tw == 0 { return true }
                guard let dt = image.rtype(descriptor: tw) else { return true }
                let data = p.load(fromByteOffset: 8, as: UInt64.self)
                switch dt.kind {
                case .slice, .map, .function:
                    runtimeError("hash of unhashable type \(dt.name)")
                    return false
                case .pointer, .chan, .unsafePointer:
                    var d = data
                    withUnsafeBytes(of: &d) { mix($0.baseAddress!, 8) }
                default:
                    return go(dt, UnsafeRawPointer(bitPattern: UInt(data))!)
                }
            case .structure:
                for f in t.fields where f.name != "_" { if !go(image.program.types[f.type], p + f.offset) { return false } }
            case .array:
                let e = image.program.types[t.elem]
                for i in 0..<t.len { if !go(e, p + i * e.size) { return false } }
            default:
                mix(p, t.size)
            }
            return true
        }
        return go(t, p) ? h : nil
    }

    // MARK: operations

    /// v = m[k]; ok flag after the value when commaOK.
    func mapGet(_ d: UnsafeMutablePointer<UInt64>, _ m: UInt64, _ k: UnsafeMutablePointer<UInt64>, typeID: Int, commaOK: Bool) -> Bool {
        let mt = image.program.types[typeID]
        let kt = image.program.types[mt.key], vt = image.program.types[mt.elem]
        let vslots = Self.slotCount(vt)
        var found: Int?
        var h: UnsafeMutablePointer<MapHeader>?
        if m != 0 {
            h = mapHeader(m)
            let km = keyMemory(kt, k)
            guard let hash = hashValue(kt, km, seed: h!.pointee.seed) else { return false }
            found = findSlot(h!, km, hash)
        }
        if let i = found, let h {
            loadSlots(vt, valAt(h, i), into: d)
        } else {
            for j in 0..<vslots { d[j] = 0 }
        }
        if commaOK { d[vslots] = found != nil ? 1 : 0 }
        return true
    }

    /// Address of m[k]'s value, inserting a zero value if absent. 0 after raising a panic.
    func mapAssign(_ m: UInt64, _ k: UnsafeMutablePointer<UInt64>) -> UInt64 {
        if m == 0 {
            raisePlainError("assignment to entry in nil map")
            return 0
        }
        let h = mapHeader(m)
        let kt = keyType(h)
        let km = keyMemory(kt, k)
        guard let hash = hashValue(kt, km, seed: h.pointee.seed) else { return 0 }
        if let i = findSlot(h, km, hash) { return UInt64(UInt(bitPattern: valAt(h, i))) }
        if h.pointee.cap == 0 || (h.pointee.count + h.pointee.tombs + 1) * 8 > h.pointee.cap * 7 {
            let grow = h.pointee.count + 1 > h.pointee.cap * 7 / 16
            resize(h, to: max(8, grow ? h.pointee.cap * 2 : h.pointee.cap))
        }
        let i = insertSlot(h, hash)
        if ctrl(h)[i] == 1 { h.pointee.tombs -= 1 }
        ctrl(h)[i] = UInt8(0x80 | (hash & 0x7F))
        keyAt(h, i).copyMemory(from: km, byteCount: kt.size)
        memset(valAt(h, i), 0, h.pointee.vstride)
        h.pointee.count += 1
        return UInt64(UInt(bitPattern: valAt(h, i)))
    }

    func mapDelete(_ m: UInt64, _ k: UnsafeMutablePointer<UInt64>) -> Bool {
        if m == 0 { return true }
        let h = mapHeader(m)
        let kt = keyType(h)
        let km = keyMemory(kt, k)
        guard let hash = hashValue(kt, km, seed: h.pointee.seed) else { return false }
        if let i = findSlot(h, km, hash) {
            ctrl(h)[i] = 1
            h.pointee.count -= 1
            h.pointee.tombs += 1
        }
        return true
    }

    func mapClear(_ m: UInt64) {
        if m == 0 { return }
        let h = mapHeader(m)
        if h.pointee.cap > 0 { memset(ctrl(h), 0, h.pointee.cap) }
        h.pointee.count = 0
        h.pointee.tombs = 0
    }

    // iterator: [0] map [1] table [2] cap [3] start [4] steps taken [5] found
    func mapIterInit(_ it: UnsafeMutablePointer<UInt64>, _ m: UInt64) {
        it[0] = m; it[4] = 0; it[5] = 0
        if m == 0 { it[1] = 0; it[2] = 0; it[3] = 0; return }
        let h = mapHeader(m)
        it[1] = UInt64(h.pointee.table); it[2] = UInt64(h.pointee.cap)
        it[3] = h.pointee.cap > 0 ? UInt64.random(in: 0..<UInt64(h.pointee.cap)) : 0
    }

    func mapIterNext(_ it: UnsafeMutablePointer<UInt64>, key: UnsafeMutablePointer<UInt64>, val: UnsafeMutablePointer<UInt64>?) {
        it[5] = 0
        let m = it[0]
        if m == 0 { return }
        let h = mapHeader(m)
        let cap = Int(it[2])
        let table = UInt(it[1])
        let kt = keyType(h), vt = valType(h)
        let c = UnsafeMutablePointer<UInt8>(bitPattern: table)
        while Int(it[4]) < cap {
            let i = (Int(it[3]) + Int(it[4])) & (cap - 1)
            it[4] += 1
            guard let c, c[i] & 0x80 != 0 else { continue }
            let k = UnsafeMutableRawPointer(bitPattern: table + UInt((cap + 7) & ~7 + i * h.pointee.kstride))!
            // the entry as the map holds it now (it may have been deleted or changed)
            var slot: Int?
            if table == h.pointee.table { slot = i } else if let hash = hashValue(kt, k, seed: h.pointee.seed) { slot = findSlot(h, k, hash) }
            guard let s = slot, ctrl(h)[s] & 0x80 != 0 else { continue }
            loadSlots(kt, k, into: key)
            if let val { loadSlots(vt, valAt(h, s), into: val) }
            it[5] = 1
            return
        }
    }

    static func slotCount(_ t: RType) -> Int {
        switch t.kind {
        case .string, .interface: return 2
        case .slice: return 3
        case .array, .structure, .complex64, .complex128: return (t.size + 7) / 8
        default: return 1
        }
    }
}

extension Machine {
    /// internal/fmtsort's order: numbers by value, strings bytewise, false < true,
    /// pointers by address, structs and arrays element by element, interfaces by type then value.
    func compareKeys(_ t: RType, _ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Int {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
        switch t.kind {
        case .int, .int8, .int16, .int32, .int64:
            return cmp(ValueFormatter.readInt(t, a), ValueFormatter.readInt(t, b))
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr, .bool:
            return cmp(UInt64(bitPattern: ValueFormatter.readInt(t, a)), UInt64(bitPattern: ValueFormatter.readInt(t, b)))
        case .float32, .float64:
            let x = ValueFormatter.readFloat(t, a), y = ValueFormatter.readFloat(t, b)
            if x.isNaN || y.isNaN { return x.isNaN && !y.isNaN ? -1 : (!x.isNaN && y.isNaN ? 1 : 0) }
            return cmp(x, y)
        case .string:
            let x = UnsafeMutablePointer<UInt64>(mutating: a.assumingMemoryBound(to: UInt64.self))
            let y = UnsafeMutablePointer<UInt64>(mutating: b.assumingMemoryBound(to: UInt64.self))
            return Strings.compare(x, y)
        case .structure:
            for f in t.fields {
                let c = compareKeys(image.program.types[f.type], a + f.offset, b + f.offset)
                if c != 0 { return c }
            }
            return 0
        case .array:
            let e = image.program.types[t.elem]
            for i in 0..<t.len {
                let c = compareKeys(e, a + i * e.size, b + i * e.size)
                if c != 0 { return c }
            }
            return 0
        case .interface:
            let ta = a.load(as: UInt64.self), tb = b.load(as: UInt64.self)
            if ta == 0 || tb == 0 { return cmp(ta == 0 ? 0 : 1, tb == 0 ? 0 : 1) }
            if ta != tb { return cmp(ta, tb) }
            guard let dt = image.rtype(descriptor: ta) else { return 0 }
            let da = a.load(fromByteOffset: 8, as: UInt64.self), db = b.load(fromByteOffset: 8, as: UInt64.self)
            switch dt.kind {
            case .pointer, .chan, .unsafePointer, .map, .function: return cmp(da, db)
            default: return compareKeys(dt, UnsafeRawPointer(bitPattern: UInt(da))!, UnsafeRawPointer(bitPattern: UInt(db))!)
            }
        default:
            return cmp(a.load(as: UInt64.self), b.load(as: UInt64.self))
        }
    }
}

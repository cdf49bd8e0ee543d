// Maps as Go 1.24+ builds them (internal/runtime/maps): Swiss tables in gc's
// layout, allocated as Go allocates them, so a program's MemStats and its
// allocation trace match real Go's.
//
// A map value is one word, a pointer to the header (nil is 0):
//
//   header (48 bytes)  +0 used  +8 seed  +16 dirPtr  +24 dirLen
//                      +32 globalDepth (u8)  +33 globalShift (u8)
//                      +36 the map type's id (u32; padding in Go)  +40 clearSeq
//
// `make` without a size hint (or one up to 8) allocates only the header; the
// first insertion adds one group (dirLen 0: a "small" map of up to 8 entries,
// dirPtr pointing at the group). The 9th entry turns it into a table of 16
// slots under a directory of one table. The directory has 1 << globalDepth
// entries and the top globalDepth bits of a hash choose the table; a table
// that fills to 7/8 is rehashed into one twice its size, and past 1024 slots
// it splits in two by the next hash bit (extendible hashing; the directory
// doubles when a table at the full depth splits).
//
//   table (32 bytes)   +0 used (u16)  +2 capacity (u16)  +4 growthLeft (u16)
//                      +6 localDepth (u8)  +8 index of its first directory
//                      entry  +16 groups  +24 number of groups - 1
//   group              a control word, one byte per slot (0x80 empty, 0xFE
//                      deleted, 0–0x7F the low 7 hash bits of a full slot),
//                      then 8 slots `struct{key; elem}` (MapShape)
//
// Lookups probe groups in a triangular sequence from the hash's upper bits
// and test all 8 control bytes of a group at once (SWAR). Deleting from a
// group that has an empty slot empties the slot; otherwise it leaves a
// tombstone so probe sequences stay intact. Iteration is in MapIter.swift.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The fields of a map header.
struct MapHeader {
    let p: UnsafeMutableRawPointer
    init(_ address: UInt64) { p = UnsafeMutableRawPointer(bitPattern: UInt(address))! }

    var used: UInt64 {
        get { p.load(as: UInt64.self) }
        nonmutating set { p.storeBytes(of: newValue, as: UInt64.self) }
    }
    var seed: UInt64 {
        get { p.load(fromByteOffset: 8, as: UInt64.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 8, as: UInt64.self) }
    }
    var dirPtr: UInt {
        get { p.load(fromByteOffset: 16, as: UInt.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 16, as: UInt.self) }
    }
    var dirLen: Int {
        get { p.load(fromByteOffset: 24, as: Int.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 24, as: Int.self) }
    }
    var globalDepth: UInt8 {
        get { p.load(fromByteOffset: 32, as: UInt8.self) }
        nonmutating set {
            p.storeBytes(of: newValue, toByteOffset: 32, as: UInt8.self)
            p.storeBytes(of: 64 - newValue, toByteOffset: 33, as: UInt8.self)
        }
    }
    var globalShift: UInt8 { p.load(fromByteOffset: 33, as: UInt8.self) }
    var typeID: Int {
        get { Int(p.load(fromByteOffset: 36, as: UInt32.self)) }
        nonmutating set { p.storeBytes(of: UInt32(newValue), toByteOffset: 36, as: UInt32.self) }
    }
    var clearSeq: UInt64 {
        get { p.load(fromByteOffset: 40, as: UInt64.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 40, as: UInt64.self) }
    }
    /// The small map's group (dirLen 0).
    var smallGroup: MapGroup { MapGroup(dirPtr) }

    func table(at i: Int) -> MapTable {
        MapTable(UnsafeRawPointer(bitPattern: dirPtr)!.load(fromByteOffset: 8 * i, as: UInt.self))
    }
    func setTable(_ i: Int, _ t: MapTable) {
        UnsafeMutableRawPointer(bitPattern: dirPtr)!.storeBytes(of: UInt(bitPattern: t.p), toByteOffset: 8 * i, as: UInt.self)
    }
    func directoryIndex(_ hash: UInt64) -> Int {
        dirLen == 1 ? 0 : Int(truncatingIfNeeded: hash >> UInt64(globalShift))
    }
}

/// The fields of a table.
struct MapTable: Equatable {
    let p: UnsafeMutableRawPointer
    init(_ address: UInt) { p = UnsafeMutableRawPointer(bitPattern: address)! }

    var used: Int {
        get { Int(p.load(as: UInt16.self)) }
        nonmutating set { p.storeBytes(of: UInt16(newValue), as: UInt16.self) }
    }
    var capacity: Int {
        get { Int(p.load(fromByteOffset: 2, as: UInt16.self)) }
        nonmutating set { p.storeBytes(of: UInt16(newValue), toByteOffset: 2, as: UInt16.self) }
    }
    var growthLeft: Int {
        get { Int(p.load(fromByteOffset: 4, as: UInt16.self)) }
        nonmutating set { p.storeBytes(of: UInt16(newValue), toByteOffset: 4, as: UInt16.self) }
    }
    var localDepth: UInt8 {
        get { p.load(fromByteOffset: 6, as: UInt8.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 6, as: UInt8.self) }
    }
    var index: Int {
        get { p.load(fromByteOffset: 8, as: Int.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 8, as: Int.self) }
    }
    var groups: UInt {
        get { p.load(fromByteOffset: 16, as: UInt.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 16, as: UInt.self) }
    }
    var groupMask: UInt64 {
        get { p.load(fromByteOffset: 24, as: UInt64.self) }
        nonmutating set { p.storeBytes(of: newValue, toByteOffset: 24, as: UInt64.self) }
    }
    func group(_ i: UInt64, _ s: UnsafePointer<MapShape>) -> MapGroup {
        MapGroup(groups + UInt(i) * UInt(s.pointee.groupSize))
    }
    /// Slots that may be filled before a rehash: all but one in a one-group table, else 7/8.
    func resetGrowthLeft() {
        growthLeft = capacity <= 8 ? capacity - 1 : capacity * 7 / 8
    }
}

/// A group: the control word and 8 slots.
struct MapGroup {
    let p: UnsafeMutableRawPointer
    init(_ address: UInt) { p = UnsafeMutableRawPointer(bitPattern: address)! }

    static let lsb: UInt64 = 0x0101_0101_0101_0101
    static let msb: UInt64 = 0x8080_8080_8080_8080
    static let empty: UInt8 = 0x80
    static let deleted: UInt8 = 0xFE
    static let allEmpty: UInt64 = 0x8080_8080_8080_8080

    var ctrl: UInt64 {
        get { p.load(as: UInt64.self) }
        nonmutating set { p.storeBytes(of: newValue, as: UInt64.self) }
    }
    func control(_ i: Int) -> UInt8 { p.load(fromByteOffset: i, as: UInt8.self) }
    func setControl(_ i: Int, _ c: UInt8) { p.storeBytes(of: c, toByteOffset: i, as: UInt8.self) }
    func slot(_ i: Int, _ s: UnsafePointer<MapShape>) -> UnsafeMutableRawPointer { p + 8 + i * s.pointee.slotSize }

    /// Bit 7 of each byte whose slot may hold h2 (false positives are possible; keys decide).
    func match(h2: UInt64) -> UInt64 {
        let v = ctrl ^ (Self.lsb &* h2)
        return (v &- Self.lsb) & ~v & Self.msb
    }
    func matchEmpty() -> UInt64 { let c = ctrl; return c & ~(c << 1) & Self.msb }
    func matchEmptyOrDeleted() -> UInt64 { ctrl & Self.msb }
    static func first(_ bits: UInt64) -> Int { bits.trailingZeroBitCount >> 3 }
}

extension Machine {
    // MARK: slots

    /// The key of a slot (through its pointer when keys are indirect).
    @inline(__always) func slotKey(_ slot: UnsafeMutableRawPointer, _ s: UnsafePointer<MapShape>) -> UnsafeMutableRawPointer {
        s.pointee.indirectKey ? UnsafeMutableRawPointer(bitPattern: slot.load(as: UInt.self))! : slot
    }
    @inline(__always) func slotElem(_ slot: UnsafeMutableRawPointer, _ s: UnsafePointer<MapShape>) -> UnsafeMutableRawPointer {
        let e = slot + s.pointee.elemOffset
        return s.pointee.indirectElem ? UnsafeMutableRawPointer(bitPattern: e.load(as: UInt.self))! : e
    }

    /// Fills an empty slot with key and a zero element; returns the element.
    func fillSlot(_ slot: UnsafeMutableRawPointer, _ s: UnsafePointer<MapShape>, key: UnsafeRawPointer) -> UnsafeMutableRawPointer {
        var k = slot
        if s.pointee.indirectKey {
            k = UnsafeMutableRawPointer(bitPattern: allocate(s.pointee.keyID))!
            slot.storeBytes(of: UInt(bitPattern: k), as: UInt.self)
        }
        k.copyMemory(from: key, byteCount: s.pointee.keySize)
        var e = slot + s.pointee.elemOffset
        if s.pointee.indirectElem {
            let o = UnsafeMutableRawPointer(bitPattern: allocate(s.pointee.elemID))!
            e.storeBytes(of: UInt(bitPattern: o), as: UInt.self)
            e = o
        } else if s.pointee.elemSize > 0 {
            memset(e, 0, s.pointee.elemSize)
        }
        return e
    }

    /// A new zeroed object of a program type.
    func allocate(_ typeID: Int) -> UInt {
        let l = image.layouts[typeID]
        return l.ptrBytes == 0 ? mcache.mallocNoScan(l.size) : mcache.malloc(l.size, type: l)
    }

    // MARK: tables

    func newGroups(_ s: UnsafePointer<MapShape>, count: Int) -> UInt {
        let l = s.pointee.groupLayout
        let g = l.ptrBytes == 0 ? mcache.mallocNoScan(count * l.size) : mcache.malloc(count * l.size, type: l)
        for i in 0..<count { MapGroup(g + UInt(i * l.size)).ctrl = MapGroup.allEmpty }
        return g
    }

    func newTable(_ s: UnsafePointer<MapShape>, capacity: Int, index: Int, localDepth: UInt8) -> MapTable {
        let t = MapTable(mcache.malloc(32, type: mapLayouts.table))
        var c = 8
        while c < capacity { c <<= 1 }
        t.index = index
        t.localDepth = localDepth
        t.groups = newGroups(s, count: c / 8)
        t.groupMask = UInt64(c / 8 - 1)
        t.capacity = c
        t.resetGrowthLeft()
        return t
    }

    func makeMap(_ typeID: Int, hint: Int) -> UInt64 {
        let s = UnsafePointer(mapShape(typeID))
        let m = MapHeader(UInt64(mcache.malloc(48, type: mapLayouts.header)))
        m.seed = rng.next()
        m.typeID = typeID
        m.globalDepth = 0
        guard hint > 8 else { return UInt64(UInt(bitPattern: m.p)) }
        let target = hint * 8 / 7
        var dirSize = 1
        while dirSize * 1024 < target { dirSize <<= 1 }
        let depth = UInt8(dirSize.trailingZeroBitCount)
        m.globalDepth = depth
        let dir = mcache.malloc(8 * dirSize, type: mapLayouts.directory)
        m.dirPtr = dir
        m.dirLen = dirSize
        for i in 0..<dirSize { m.setTable(i, newTable(s, capacity: target / dirSize, index: i, localDepth: depth)) }
        return UInt64(UInt(bitPattern: m.p))
    }

    /// The slot holding key, or nil.
    func findSlot(_ m: MapHeader, _ s: UnsafePointer<MapShape>, _ key: UnsafeRawPointer, _ hash: UInt64) -> UnsafeMutableRawPointer? {
        let h2 = hash & 0x7F
        if m.dirLen == 0 {
            let g = m.smallGroup
            var match = g.match(h2: h2)
            while match != 0 {
                let slot = g.slot(MapGroup.first(match), s)
                if mapKeysEqual(s, key, slotKey(slot, s)) { return slot }
                match &= match &- 1
            }
            return nil
        }
        let t = m.table(at: m.directoryIndex(hash))
        let mask = t.groupMask
        var offset = (hash >> 7) & mask, step: UInt64 = 0
        while true {
            let g = t.group(offset, s)
            var match = g.match(h2: h2)
            while match != 0 {
                let slot = g.slot(MapGroup.first(match), s)
                if mapKeysEqual(s, key, slotKey(slot, s)) { return slot }
                match &= match &- 1
            }
            if g.matchEmpty() != 0 { return nil }
            step += 1
            offset = (offset + step) & mask
        }
    }

    /// The slot for a key known to be absent from a table with room, marked full
    /// (the caller fills it: rehashing moves whole slots, indirect pointers included).
    func claimSlot(_ t: MapTable, _ s: UnsafePointer<MapShape>, _ hash: UInt64) -> UnsafeMutableRawPointer {
        let mask = t.groupMask
        var offset = (hash >> 7) & mask, step: UInt64 = 0
        while true {
            let g = t.group(offset, s)
            let free = g.matchEmptyOrDeleted()
            if free != 0 {
                let i = MapGroup.first(free)
                if g.control(i) == MapGroup.empty { t.growthLeft -= 1 }
                g.setControl(i, UInt8(hash & 0x7F))
                return g.slot(i, s)
            }
            step += 1
            offset = (offset + step) & mask
        }
    }

    /// The element for key in table t, inserting it if absent; nil if t had to be
    /// rehashed first (the caller looks the table up again).
    func tablePut(_ m: MapHeader, _ t: MapTable, _ s: UnsafePointer<MapShape>, _ hash: UInt64, key: UnsafeRawPointer) -> UnsafeMutableRawPointer? {
        let h2 = hash & 0x7F
        let mask = t.groupMask
        var offset = (hash >> 7) & mask, step: UInt64 = 0
        var firstDeletedGroup: MapGroup?
        var firstDeletedIndex = 0
        while true {
            let g = t.group(offset, s)
            var match = g.match(h2: h2)
            while match != 0 {
                let slot = g.slot(MapGroup.first(match), s)
                let k = slotKey(slot, s)
                if mapKeysEqual(s, key, k) {
                    if s.pointee.needKeyUpdate { heap.shadeOld(k, bytes: s.pointee.keySize); k.copyMemory(from: key, byteCount: s.pointee.keySize) }
                    return slotElem(slot, s)
                }
                match &= match &- 1
            }
            let empty = g.matchEmpty()
            if empty != 0 {
                var group = g, i = MapGroup.first(empty)
                if let dg = firstDeletedGroup {
                    group = dg; i = firstDeletedIndex
                    t.growthLeft += 1   // reusing a tombstone costs no growth
                }
                guard t.growthLeft > 0 else {
                    rehash(m, t, s)
                    return nil
                }
                group.setControl(i, UInt8(h2))
                t.growthLeft -= 1
                t.used += 1
                m.used += 1
                return fillSlot(group.slot(i, s), s, key: key)
            }
            if firstDeletedGroup == nil {
                let del = g.matchEmptyOrDeleted()
                if del != 0 {
                    firstDeletedIndex = MapGroup.first(del)
                    firstDeletedGroup = g
                }
            }
            step += 1
            offset = (offset + step) & mask
        }
    }

    /// Calls body with every full slot of t and its key's hash.
    func forEachSlot(_ t: MapTable, _ s: UnsafePointer<MapShape>, seed: UInt64,
                     _ body: (UnsafeMutableRawPointer, UInt64) -> Void) {
        for gi in 0...t.groupMask {
            let g = t.group(gi, s)
            for i in 0..<8 where g.control(i) & 0x80 == 0 {
                let slot = g.slot(i, s)
                body(slot, mapHash(s, slotKey(slot, s), seed: seed) ?? 0)
            }
        }
    }

    /// Replaces a full table by one twice its size or, past 1024 slots, by two halves.
    func rehash(_ m: MapHeader, _ t: MapTable, _ s: UnsafePointer<MapShape>) {
        let slotBytes = s.pointee.slotSize
        if t.capacity * 2 <= 1024 {
            let nt = newTable(s, capacity: t.capacity * 2, index: t.index, localDepth: t.localDepth)
            forEachSlot(t, s, seed: m.seed) { slot, hash in
                claimSlot(nt, s, hash).copyMemory(from: slot, byteCount: slotBytes)
                nt.used += 1
            }
            replaceTable(m, nt)
            return
        }
        let depth = t.localDepth + 1
        let left = newTable(s, capacity: 1024, index: -1, localDepth: depth)
        let right = newTable(s, capacity: 1024, index: -1, localDepth: depth)
        let bit = UInt64(1) << (64 - UInt64(depth))
        forEachSlot(t, s, seed: m.seed) { slot, hash in
            let half = hash & bit == 0 ? left : right
            claimSlot(half, s, hash).copyMemory(from: slot, byteCount: slotBytes)
            half.used += 1
        }
        if t.localDepth == m.globalDepth {
            // the directory doubles: entry i becomes entries 2i and 2i+1
            let n = m.dirLen
            let dir = mcache.malloc(16 * n, type: mapLayouts.directory)
            let d = UnsafeMutableRawPointer(bitPattern: dir)!
            for i in 0..<n {
                let old = m.table(at: i)
                d.storeBytes(of: UInt(bitPattern: old.p), toByteOffset: 16 * i, as: UInt.self)
                d.storeBytes(of: UInt(bitPattern: old.p), toByteOffset: 16 * i + 8, as: UInt.self)
                if old.index == i { old.index = 2 * i }
            }
            m.globalDepth += 1
            heap.shadeOld(m.p + 16, bytes: 8)   // the old directory (an iterator may walk it)
            m.dirPtr = dir
            m.dirLen = 2 * n
        }
        left.index = t.index
        replaceTable(m, left)
        right.index = left.index + 1 << Int(m.globalDepth - depth)
        replaceTable(m, right)
    }

    /// Points every directory entry of nt's range at nt.
    func replaceTable(_ m: MapHeader, _ nt: MapTable) {
        let n = 1 << Int(m.globalDepth - nt.localDepth)
        heap.shadeOld(UnsafeRawPointer(bitPattern: m.dirPtr)! + 8 * nt.index, bytes: 8 * n)   // the tables replaced
        for i in 0..<n { m.setTable(nt.index + i, nt) }
    }

    /// A small map's 8 entries move into a table of 16 slots under a directory of one.
    func growToTable(_ m: MapHeader, _ s: UnsafePointer<MapShape>) {
        let t = newTable(s, capacity: 16, index: 0, localDepth: 0)
        let g = m.smallGroup
        for i in 0..<8 where g.control(i) & 0x80 == 0 {
            let slot = g.slot(i, s)
            claimSlot(t, s, mapHash(s, slotKey(slot, s), seed: m.seed) ?? 0).copyMemory(from: slot, byteCount: s.pointee.slotSize)
            t.used += 1
        }
        let dir = mcache.malloc(8, type: mapLayouts.directory)
        heap.shadeOld(m.p + 16, bytes: 8)   // the small group (an iterator may walk it)
        m.dirPtr = dir
        m.dirLen = 1
        m.setTable(0, t)
    }

    // MARK: operations

    /// A key in slot shape as memory: the slots themselves, or narrowed into the key buffer.
    func keyMemory(_ s: UnsafePointer<MapShape>, _ slots: UnsafeMutablePointer<UInt64>) -> UnsafeRawPointer {
        if s.pointee.keySlotsAreMemory { return UnsafeRawPointer(slots) }
        if keyBufCap < 8 {
            keyBuf = .allocate(byteCount: 8, alignment: 8)
            keyBufCap = 8
        }
        storeSlots(image.program.types[s.pointee.keyID], slots, to: keyBuf!)
        return UnsafeRawPointer(keyBuf!)
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

    /// Go panics on an unhashable interface key even when the map is nil or empty.
    func checkHashable(_ s: UnsafePointer<MapShape>, _ key: UnsafeRawPointer) -> Bool {
        s.pointee.keyKind != .general || typedHash(image.program.types[s.pointee.keyID], key, seed: 0) != nil
    }

    /// v = m[k]; ok flag after the value when commaOK. False after raising a panic.
    func mapGet(_ d: UnsafeMutablePointer<UInt64>, _ m: UInt64, _ k: UnsafeMutablePointer<UInt64>, typeID: Int, commaOK: Bool) -> Bool {
        let s = UnsafePointer(mapShape(typeID))
        let key = keyMemory(s, k)
        var elem: UnsafeMutableRawPointer?
        if m != 0, MapHeader(m).used != 0 {
            let h = MapHeader(m)
            guard let hash = mapHash(s, key, seed: h.seed) else { return false }
            if let slot = findSlot(h, s, key, hash) { elem = slotElem(slot, s) }
        } else if !checkHashable(s, key) {
            return false
        }
        let et = image.program.types[s.pointee.elemID]
        let n = Self.slotCount(et)
        if let elem { loadSlots(et, elem, into: d) } else { for j in 0..<n { d[j] = 0 } }
        if commaOK { d[n] = elem != nil ? 1 : 0 }
        return true
    }

    /// Address of m[k]'s element, inserting a zero element if absent. 0 after raising a panic.
    func mapAssign(_ m: UInt64, _ k: UnsafeMutablePointer<UInt64>) -> UInt64 {
        if m == 0 {
            raisePlainError("assignment to entry in nil map")
            return 0
        }
        let h = MapHeader(m)
        let s = UnsafePointer(mapShape(h.typeID))
        let key = keyMemory(s, k)
        guard let hash = mapHash(s, key, seed: h.seed) else { return 0 }
        if h.dirPtr == 0 { h.dirPtr = newGroups(s, count: 1) }
        if h.dirLen == 0 {
            let g = h.smallGroup
            if let slot = findSlot(h, s, key, hash) {
                if s.pointee.needKeyUpdate {
                    heap.shadeOld(slotKey(slot, s), bytes: s.pointee.keySize)
                    slotKey(slot, s).copyMemory(from: key, byteCount: s.pointee.keySize)
                }
                return UInt64(UInt(bitPattern: slotElem(slot, s)))
            }
            if h.used < 8 {
                let i = MapGroup.first(g.matchEmpty())
                g.setControl(i, UInt8(hash & 0x7F))
                h.used += 1
                return UInt64(UInt(bitPattern: fillSlot(g.slot(i, s), s, key: key)))
            }
            growToTable(h, s)
        }
        while true {
            if let e = tablePut(h, h.table(at: h.directoryIndex(hash)), s, hash, key: key) {
                return UInt64(UInt(bitPattern: e))
            }
        }
    }

    /// Empties a slot's key (when it holds pointers) and element.
    func clearSlot(_ slot: UnsafeMutableRawPointer, _ s: UnsafePointer<MapShape>) {
        heap.shadeOld(slot, bytes: s.pointee.slotSize)
        if s.pointee.indirectKey { slot.storeBytes(of: 0, as: UInt.self) }
        else if s.pointee.keyHasPointers { memset(slot, 0, s.pointee.keySize) }
        let e = slot + s.pointee.elemOffset
        if s.pointee.indirectElem { e.storeBytes(of: 0, as: UInt.self) }
        else if s.pointee.elemSize > 0 { memset(e, 0, s.pointee.elemSize) }
    }

    /// delete(m, k). False after raising a panic.
    func mapDelete(_ m: UInt64, _ k: UnsafeMutablePointer<UInt64>, typeID: Int) -> Bool {
        let s = UnsafePointer(mapShape(typeID))
        let key = keyMemory(s, k)
        guard m != 0, MapHeader(m).used != 0 else { return checkHashable(s, key) }
        let h = MapHeader(m)
        guard let hash = mapHash(s, key, seed: h.seed) else { return false }
        guard let slot = findSlot(h, s, key, hash) else { return true }
        clearSlot(slot, s)
        h.used -= 1
        if h.dirLen == 0 {
            h.smallGroup.setControl((Int(bitPattern: UInt(bitPattern: slot)) - Int(h.dirPtr) - 8) / s.pointee.slotSize, MapGroup.empty)
            return true
        }
        let t = h.table(at: h.directoryIndex(hash))
        t.used -= 1
        let offset = Int(bitPattern: UInt(bitPattern: slot)) - Int(t.groups)
        let g = MapGroup(t.groups + UInt(offset / s.pointee.groupSize * s.pointee.groupSize))
        let i = (offset % s.pointee.groupSize - 8) / s.pointee.slotSize
        // a group with an empty slot ends every probe sequence that reaches it
        if g.matchEmpty() != 0 {
            g.setControl(i, MapGroup.empty)
            t.growthLeft += 1
        } else {
            g.setControl(i, MapGroup.deleted)
        }
        return true
    }

    /// clear(m)
    func mapClear(_ m: UInt64) {
        guard m != 0, MapHeader(m).used != 0 else { return }
        let h = MapHeader(m)
        let s = UnsafePointer(mapShape(h.typeID))
        if h.dirLen == 0 {
            heap.shadeOld(UnsafeRawPointer(bitPattern: h.dirPtr)!, bytes: s.pointee.groupSize)
            memset(UnsafeMutableRawPointer(bitPattern: h.dirPtr)!, 0, s.pointee.groupSize)
            h.smallGroup.ctrl = MapGroup.allEmpty
        } else {
            var last: MapTable?
            for i in 0..<h.dirLen {
                let t = h.table(at: i)
                if t == last { continue }
                last = t
                let n = Int(t.groupMask) + 1
                heap.shadeOld(UnsafeRawPointer(bitPattern: t.groups)!, bytes: n * s.pointee.groupSize)
                memset(UnsafeMutableRawPointer(bitPattern: t.groups)!, 0, n * s.pointee.groupSize)
                for gi in 0..<n { t.group(UInt64(gi), s).ctrl = MapGroup.allEmpty }
                t.used = 0
                t.resetGrowthLeft()
            }
        }
        h.used = 0
        h.clearSeq += 1
    }

    /// len(m)
    @inline(__always) func mapLen(_ m: UInt64) -> UInt64 { m == 0 ? 0 : MapHeader(m).used }

    static func slotCount(_ t: RType) -> Int {
        switch t.kind {
        case .string, .interface: return 2
        case .slice: return 3
        case .array, .structure, .complex64, .complex128: return (t.size + 7) / 8
        default: return 1
        }
    }
}

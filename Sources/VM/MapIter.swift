// Reading a map's entries: `for k, v := range m` with Go's semantics, and
// the sorted entry list fmt prints (internal/fmtsort's order).
//
// Iteration starts at a random directory entry and a random slot. It walks
// the table a directory entry pointed to when the walk reached it, even if
// the table has since grown or split: the old table decides which keys are
// produced (so none is produced twice), and while the map still holds that
// table the entry is read in place; otherwise the key is looked up in the
// map as it is now, and skipped if it was deleted. A small map's group is
// walked the same way. When the directory doubles, the walk's position
// doubles with it. So entries deleted before being reached are never
// produced, and each entry present throughout is produced exactly once.
//
// The iterator lives in frame slots (MapIterator in Bytecode):
//   [0] map (0: nothing to produce)  [1] table being walked, or the small group
//   [2] slot offset  [3] directory offset  [4] clearSeq at the start
//   [5] globalDepth at the last step  [6] directory position (-1: small map)
//   [7] slot position  [8] whether the last step produced an entry

import Bytecode
import Runtime

extension Machine {
    func mapIterInit(_ it: UnsafeMutablePointer<UInt64>, _ m: UInt64) {
        it[MapIterator.foundSlot] = 0
        guard m != 0, MapHeader(m).used != 0 else { it[0] = 0; return }
        let h = MapHeader(m)
        it[0] = m
        it[2] = rng.next()
        it[3] = rng.next()
        it[4] = h.clearSeq
        it[5] = UInt64(h.globalDepth)
        if h.dirLen == 0 {
            it[1] = UInt64(h.dirPtr)
            it[6] = UInt64(bitPattern: -1)
        } else {
            it[1] = 0
            it[6] = 0
        }
        it[7] = 0
    }

    func mapIterNext(_ it: UnsafeMutablePointer<UInt64>, key: UnsafeMutablePointer<UInt64>, val: UnsafeMutablePointer<UInt64>?) {
        it[MapIterator.foundSlot] = 0
        guard it[0] != 0 else { return }
        let h = MapHeader(it[0])
        let s = UnsafePointer(mapShape(h.typeID))

        /// Produces the entry of an old slot: in place, or as the map now has it.
        func produce(_ slot: UnsafeMutableRawPointer, inPlace: Bool) -> Bool {
            var k = slotKey(slot, s)
            var e = slotElem(slot, s)
            if !inPlace {
                if let hash = mapHash(s, k, seed: h.seed), let now = findSlot(h, s, k, hash) {
                    k = slotKey(now, s)
                    e = slotElem(now, s)
                } else if !(it[4] == h.clearSeq && !mapKeysEqual(s, k, k)) {
                    return false   // deleted (a NaN key cannot be deleted but by clear)
                }
            }
            loadSlots(image.program.types[s.pointee.keyID], k, into: key)
            if let val { loadSlots(image.program.types[s.pointee.elemID], e, into: val) }
            it[MapIterator.foundSlot] = 1
            return true
        }

        if Int64(bitPattern: it[6]) < 0 {
            let g = MapGroup(UInt(it[1]))
            while it[7] < 8 {
                let i = Int((it[7] &+ it[2]) & 7)
                it[7] += 1
                if g.control(i) & 0x80 != 0 { continue }
                if produce(g.slot(i, s), inPlace: h.dirLen == 0) { return }
            }
            return
        }

        let depth = UInt64(h.globalDepth)
        if it[5] != depth {
            // the directory grew: positions scale with it
            it[6] <<= depth - it[5]
            it[3] <<= depth - it[5]
            it[5] = depth
        }
        while Int(it[6]) < h.dirLen {
            var d = Int((it[6] &+ it[3]) & UInt64(h.dirLen - 1))
            let now = h.table(at: d)
            if it[1] == 0 {
                if now.index != d {
                    // a random start may fall inside a table's run of entries
                    it[3] &-= UInt64(d - now.index)
                    d = now.index
                }
                it[1] = UInt64(UInt(bitPattern: now.p))
            }
            let t = MapTable(UInt(it[1]))
            let mask = UInt64(t.capacity - 1)
            while it[7] <= mask {
                let e = (it[7] &+ it[2]) & mask
                it[7] += 1
                let g = t.group(e >> 3, s)
                let i = Int(e & 7)
                if g.control(i) & 0x80 != 0 { continue }
                if produce(g.slot(i, s), inPlace: t == now) { return }
            }
            it[6] += UInt64(1) << (depth - UInt64(t.localDepth))
            it[1] = 0
            it[7] = 0
        }
    }

    /// Every entry of a map (key and element addresses), in storage order.
    func mapEntries(_ m: UInt64) -> [(UnsafeRawPointer, UnsafeRawPointer)] {
        guard m != 0, MapHeader(m).used != 0 else { return [] }
        let h = MapHeader(m)
        let s = UnsafePointer(mapShape(h.typeID))
        var entries: [(UnsafeRawPointer, UnsafeRawPointer)] = []
        func add(_ g: MapGroup) {
            for i in 0..<8 where g.control(i) & 0x80 == 0 {
                let slot = g.slot(i, s)
                entries.append((UnsafeRawPointer(slotKey(slot, s)), UnsafeRawPointer(slotElem(slot, s))))
            }
        }
        if h.dirLen == 0 {
            add(h.smallGroup)
        } else {
            for i in 0..<h.dirLen {
                let t = h.table(at: i)
                guard t.index == i else { continue }
                for gi in 0...t.groupMask { add(t.group(gi, s)) }
            }
        }
        return entries
    }

    /// A map's entries sorted as fmt prints them.
    func sortedMapEntries(_ m: UInt64, keyType kt: RType) -> [(UnsafeRawPointer, UnsafeRawPointer)] {
        mapEntries(m).sorted { compareKeys(kt, $0.0, $1.0) < 0 }
    }

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
            let ta = interfaceType(t, a), tb = interfaceType(t, b)
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

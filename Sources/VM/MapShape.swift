// What the map runtime needs of one map type, computed once per type: the
// slot and group layout gc gives `map[K]E` (a group is a control word and
// 8 slots, a slot is `struct{key K; elem E}`; keys or elements over 128
// bytes are stored indirectly, as pointers to their own objects), the
// pointer layouts of the runtime's map objects for the allocator, and the
// hash and equality of keys: fast paths for word-sized and string keys,
// the key's type otherwise.

import Bytecode
import Runtime

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How keys of a map type are hashed and compared.
enum MapKeyKind: UInt8 {
    /// 8 bytes compared as memory (int, uint64, pointers, channels, …).
    case word
    /// `size` bytes compared as memory (smaller integers, padding-free structs of such).
    case memory
    case string
    /// floats, interfaces, structs and arrays with any of those: by the key's type.
    case general
}

struct MapShape {
    var ready = false
    var keyID = 0, elemID = 0
    var keySize = 0, elemSize = 0
    var indirectKey = false, indirectElem = false
    /// Offset of the element in a slot; size of a slot; size of a group (8 + 8 slots).
    var elemOffset = 0, slotSize = 0, groupSize = 0
    var keyKind = MapKeyKind.general
    /// A key in slot shape has the key's memory layout (no narrowing needed).
    var keySlotsAreMemory = false
    /// Equal keys may differ in bits (+0/-0, strings, interfaces): an update stores the new key.
    var needKeyUpdate = false
    var keyHasPointers = false
    var groupLayout = TypeLayout(descriptor: 0, size: 0, ptrBytes: 0, gcmask: nil)
}

/// The allocator layouts of the map runtime's own objects.
struct MapObjectLayouts {
    /// Map header (48 bytes; the directory or small group pointer at +16).
    let header: TypeLayout
    /// A table (32 bytes; the groups pointer at +16).
    let table: TypeLayout
    /// A directory: an array of table pointers.
    let directory: TypeLayout
    private let masks: UnsafeMutablePointer<UInt8>

    init() {
        // each layout's descriptor is its own mask's address (unique, for the collector's registry)
        masks = .allocate(capacity: 3)
        masks[0] = 0b100   // one pointer, in word 2
        masks[1] = 0b100
        masks[2] = 0b1
        header = TypeLayout(descriptor: UInt(bitPattern: masks), size: 48, ptrBytes: 24, gcmask: UnsafePointer(masks))
        table = TypeLayout(descriptor: UInt(bitPattern: masks + 1), size: 32, ptrBytes: 24, gcmask: UnsafePointer(masks + 1))
        directory = TypeLayout(descriptor: UInt(bitPattern: masks + 2), size: 8, ptrBytes: 8, gcmask: UnsafePointer(masks + 2))
    }

    var all: [TypeLayout] { [header, table, directory] }

    func release() { masks.deallocate() }
}

extension Machine {
    /// Keys and elements larger than this are stored indirectly (Go's MapMaxKeyBytes / MapMaxElemBytes).
    static let mapMaxInlineBytes = 128

    @inline(__always) func mapShape(_ mapType: Int) -> UnsafeMutablePointer<MapShape> {
        let s = mapShapes + mapType
        if _slowPath(!s.pointee.ready) { s.pointee = buildMapShape(mapType) }
        return s
    }

    private func buildMapShape(_ mapType: Int) -> MapShape {
        let types = image.program.types
        let mt = types[mapType]
        let k = types[mt.key], e = types[mt.elem]
        var s = MapShape()
        s.ready = true
        s.keyID = k.id
        s.elemID = e.id
        s.keySize = k.size
        s.elemSize = e.size
        s.indirectKey = k.size > Self.mapMaxInlineBytes
        s.indirectElem = e.size > Self.mapMaxInlineBytes
        let (kSize, kAlign) = s.indirectKey ? (8, 8) : (k.size, max(k.align, 1))
        let (eSize, eAlign) = s.indirectElem ? (8, 8) : (e.size, max(e.align, 1))
        s.elemOffset = (kSize + eAlign - 1) / eAlign * eAlign
        let slotAlign = max(kAlign, eAlign)
        s.slotSize = (s.elemOffset + eSize + slotAlign - 1) / slotAlign * slotAlign
        s.groupSize = 8 + 8 * s.slotSize
        s.keyKind = keyKind(k)
        switch k.kind {
        case .bool, .int8, .uint8, .int16, .uint16, .int32, .uint32, .float32: s.keySlotsAreMemory = false
        default: s.keySlotsAreMemory = true
        }
        s.needKeyUpdate = needsKeyUpdate(k)
        s.keyHasPointers = k.ptrdata > 0
        s.groupLayout = groupLayout(s, k, e)
        return s
    }

    private func keyKind(_ k: RType) -> MapKeyKind {
        if k.kind == .string { return .string }
        if isRegularMemory(k) { return k.size == 8 ? .word : .memory }
        return .general
    }

    /// Compared and hashed as plain memory: no floats, strings, interfaces or padding.
    private func isRegularMemory(_ t: RType) -> Bool {
        switch t.kind {
        case .bool, .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
             .pointer, .chan, .unsafePointer:
            return true
        case .array:
            return isRegularMemory(image.program.types[t.elem])
        case .structure:
            var end = 0
            for f in t.fields {
                let ft = image.program.types[f.type]
                if f.name == "_" || f.offset != end || !isRegularMemory(ft) { return false }
                end = f.offset + ft.size
            }
            return end == t.size
        default:
            return false
        }
    }

    private func needsKeyUpdate(_ t: RType) -> Bool {
        switch t.kind {
        case .float32, .float64, .complex64, .complex128, .string, .interface: return true
        case .array: return needsKeyUpdate(image.program.types[t.elem])
        case .structure: return t.fields.contains { needsKeyUpdate(image.program.types[$0.type]) }
        default: return false
        }
    }

    /// The pointer layout of one group, for allocating arrays of groups.
    private func groupLayout(_ s: MapShape, _ k: RType, _ e: RType) -> TypeLayout {
        let words = s.groupSize / 8
        var bits = [Bool](repeating: false, count: words)
        func mark(_ t: RType, indirect: Bool, at offset: Int) {
            if indirect { bits[offset / 8] = true; return }
            for w in 0..<(t.ptrdata / 8) where t.gcmask[w / 8] & (1 << UInt8(w % 8)) != 0 { bits[offset / 8 + w] = true }
        }
        for i in 0..<8 {
            let slot = 8 + i * s.slotSize
            mark(k, indirect: s.indirectKey, at: slot)
            mark(e, indirect: s.indirectElem, at: slot + s.elemOffset)
        }
        guard let last = bits.lastIndex(of: true) else {
            return TypeLayout(descriptor: 0, size: s.groupSize, ptrBytes: 0, gcmask: nil)
        }
        let m = UnsafeMutablePointer<UInt8>.allocate(capacity: last / 8 + 1)
        m.initialize(repeating: 0, count: last / 8 + 1)
        for w in 0...last where bits[w] { m[w / 8] |= 1 << UInt8(w % 8) }
        mapMasks.append(m)
        let l = TypeLayout(descriptor: UInt(bitPattern: m), size: s.groupSize, ptrBytes: (last + 1) * 8, gcmask: UnsafePointer(m))
        heap.registerLayout(l)
        return l
    }

    // MARK: hashing and equality

    @inline(__always) static func hashMix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let r = a.multipliedFullWidth(by: b)
        return r.high ^ r.low
    }

    static func memoryHash(_ p: UnsafeRawPointer, _ n: Int, seed: UInt64) -> UInt64 {
        var h = seed ^ 0xa076_1d64_78bd_642f
        var i = 0
        while i + 8 <= n {
            h = hashMix(p.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0xe703_7ed1_a0b4_28db, h ^ 0x8ebc_6af0_9c88_c6e3)
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            memcpy(&w, p + i, n - i)
            h = hashMix(w ^ 0xe703_7ed1_a0b4_28db, h ^ 0x5899_65cc_7537_4cc3)
        }
        return hashMix(h ^ UInt64(n), 0x8ebc_6af0_9c88_c6e3 ^ seed)
    }

    /// A float's hash: +0 and -0 alike, every NaN different (NaN keys never match).
    func floatHash(_ d: Double, seed: UInt64) -> UInt64 {
        if d.isNaN { return rng.next() }
        return Self.hashMix((d == 0 ? 0.0 : d).bitPattern ^ seed ^ 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3)
    }

    /// The hash of the key at p; nil after raising the panic for an unhashable dynamic type.
    @inline(__always) func mapHash(_ s: UnsafePointer<MapShape>, _ p: UnsafeRawPointer, seed: UInt64) -> UInt64? {
        switch s.pointee.keyKind {
        case .word:
            return Self.hashMix(p.load(as: UInt64.self) ^ seed ^ 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3)
        case .memory:
            return Self.memoryHash(p, s.pointee.keySize, seed: seed)
        case .string:
            let len = Int(p.load(fromByteOffset: 8, as: UInt64.self))
            guard len > 0, let data = UnsafeRawPointer(bitPattern: UInt(p.load(as: UInt64.self))) else {
                return Self.hashMix(seed ^ 0x5899_65cc_7537_4cc3, 0x8ebc_6af0_9c88_c6e3)
            }
            return Self.memoryHash(data, len, seed: seed)
        case .general:
            return typedHash(image.program.types[s.pointee.keyID], p, seed: seed)
        }
    }

    /// The hash of a value in memory by its type (floats with +0 == -0, NaN random,
    /// interfaces by dynamic type and value); nil after raising the panic for an
    /// unhashable dynamic type.
    func typedHash(_ t: RType, _ p: UnsafeRawPointer, seed: UInt64) -> UInt64? {
        switch t.kind {
        case .string:
            let len = Int(p.load(fromByteOffset: 8, as: UInt64.self))
            guard len > 0, let data = UnsafeRawPointer(bitPattern: UInt(p.load(as: UInt64.self))) else {
                return Self.hashMix(seed ^ 0x5899_65cc_7537_4cc3, 0x8ebc_6af0_9c88_c6e3)
            }
            return Self.memoryHash(data, len, seed: seed)
        case .float64:
            return floatHash(p.load(as: Double.self), seed: seed)
        case .float32:
            return floatHash(Double(p.load(as: Float.self)), seed: seed)
        case .complex64:
            let re = floatHash(Double(p.load(as: Float.self)), seed: seed)
            return floatHash(Double(p.load(fromByteOffset: 4, as: Float.self)), seed: re)
        case .complex128:
            let re = floatHash(p.load(as: Double.self), seed: seed)
            return floatHash(p.load(fromByteOffset: 8, as: Double.self), seed: re)
        case .interface:
            let desc = interfaceType(t, p)
            let h = Self.hashMix(desc ^ seed ^ 0xe703_7ed1_a0b4_28db, 0x8ebc_6af0_9c88_c6e3)
            guard desc != 0, let dt = image.rtype(descriptor: desc) else { return h }
            let data = p.load(fromByteOffset: 8, as: UInt64.self)
            if !isComparable(dt) {
                runtimeError("hash of unhashable type \(dt.name)")
                return nil
            }
            switch dt.kind {
            case .pointer, .chan, .unsafePointer:
                return Self.hashMix(data ^ h, 0x5899_65cc_7537_4cc3)
            default:
                guard let v = UnsafeRawPointer(bitPattern: UInt(data)) else { return h }
                return typedHash(dt, v, seed: h)
            }
        case .structure:
            var h = seed
            for f in t.fields where f.name != "_" {
                guard let fh = typedHash(image.program.types[f.type], p + f.offset, seed: h) else { return nil }
                h = fh
            }
            return h
        case .array:
            let e = image.program.types[t.elem]
            var h = seed
            for i in 0..<t.len {
                guard let eh = typedHash(e, p + i * e.size, seed: h) else { return nil }
                h = eh
            }
            return h
        default:
            return Self.memoryHash(p, t.size, seed: seed)
        }
    }

    @inline(__always) func mapKeysEqual(_ s: UnsafePointer<MapShape>, _ a: UnsafeRawPointer, _ b: UnsafeRawPointer) -> Bool {
        switch s.pointee.keyKind {
        case .word:
            return a.load(as: UInt64.self) == b.load(as: UInt64.self)
        case .memory:
            return memcmp(a, b, s.pointee.keySize) == 0
        case .string:
            let n = a.load(fromByteOffset: 8, as: UInt64.self)
            guard n == b.load(fromByteOffset: 8, as: UInt64.self) else { return false }
            let x = a.load(as: UInt64.self), y = b.load(as: UInt64.self)
            if n == 0 || x == y { return true }
            return memcmp(UnsafeRawPointer(bitPattern: UInt(x))!, UnsafeRawPointer(bitPattern: UInt(y))!, Int(n)) == 0
        case .general:
            return valuesEqual(image.program.types[s.pointee.keyID], a, b)
        }
    }
}

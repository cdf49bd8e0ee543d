// Packed instruction words. The compiler may think in enums; the VM executes
// these 64-bit words from contiguous memory (WasmKit's split).
//
//    63        48 47        32 31        16 15      8 7       0
//   +------------+------------+------------+---------+---------+
//   |     C      |     B      |     A      |    D    |   op    |
//   +------------+------------+------------+---------+---------+
//
// A, B, C are unsigned 16-bit slot numbers (or small immediates); D is 8
// bits. Jumps and call targets use B|C as one 32-bit field (sBC signed, BC
// unsigned). An opcode's immediate words (OpInfo.imm) follow it.
// Jump offsets are in words, relative to the word after the instruction and
// its immediates.

public typealias Word = UInt64

@inline(__always) public func encode(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0, d: Int = 0) -> Word {
    Word(op.rawValue) | Word(UInt8(truncatingIfNeeded: d)) << 8
        | Word(UInt16(truncatingIfNeeded: a)) << 16
        | Word(UInt16(truncatingIfNeeded: b)) << 32
        | Word(UInt16(truncatingIfNeeded: c)) << 48
}

@inline(__always) public func encodeBC(_ op: Opcode, a: Int = 0, bc: Int32) -> Word {
    Word(op.rawValue) | Word(UInt16(truncatingIfNeeded: a)) << 16 | Word(UInt32(bitPattern: bc)) << 32
}

/// Field accessors; @inlinable so the VM's loop reads them without calls.
extension Word {
    @inlinable @inline(__always) public var opByte: UInt8 { UInt8(truncatingIfNeeded: self) }
    @inlinable @inline(__always) public var fD: Int { Int(UInt8(truncatingIfNeeded: self &>> 8)) }
    @inlinable @inline(__always) public var fA: Int { Int(UInt16(truncatingIfNeeded: self &>> 16)) }
    @inlinable @inline(__always) public var fB: Int { Int(UInt16(truncatingIfNeeded: self &>> 32)) }
    @inlinable @inline(__always) public var fC: Int { Int(UInt16(truncatingIfNeeded: self &>> 48)) }
    @inlinable @inline(__always) public var fsC: Int { Int(Int16(truncatingIfNeeded: self &>> 48)) }
    @inlinable @inline(__always) public var fsBC: Int { Int(Int32(truncatingIfNeeded: self &>> 32)) }
    @inlinable @inline(__always) public var fBC: Int { Int(UInt32(truncatingIfNeeded: self &>> 32)) }
}

/// The limits of the operand fields, checked by the compiler.
public enum Limits {
    public static let maxSlot = Int(UInt16.max)
    public static let maxJump = Int(Int32.max)
}

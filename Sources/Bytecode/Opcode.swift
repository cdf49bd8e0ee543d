// The instruction set: one table, the single source of truth (as Lua's
// lopcodes.h). Each opcode has a name, an operand format, the number of
// 64-bit immediate words that follow it, and one line of meaning. The VM's
// switch, the compiler's emitters and the disassembler all follow this
// table; BytecodeTests holds the enum and the table to each other.
//
// Operands are frame slots (8 bytes each, numbered from the frame base):
// `R[A]` is slot A. Instructions are typed: the compiler picks `addI` or
// `addF` from the static type, the VM never checks a dynamic type.
// Integers narrower than 64 bits live in slots sign- or zero-extended;
// the compiler re-normalizes with sext/zext after wrapping arithmetic.
// `M[p]` is memory at address p; `K` is the immediate word that follows.

/// The operand format of an instruction word (see Instruction.swift).
public enum OperandFormat: Sendable {
    case none, a, ab, abc, abcd
    /// A and a signed 32-bit offset in B|C (jumps).
    case asBC
    /// a signed 32-bit value in B|C alone.
    case sBC
    /// A, B and a signed 16-bit C.
    case absC
    /// A and an unsigned 32-bit index in B|C (function, native).
    case aBC
}

public struct OpInfo: Sendable {
    public let name: String
    public let format: OperandFormat
    /// Immediate words following the instruction.
    public let imm: Int
    public let meaning: String
}

public enum Opcode: UInt8, CaseIterable, Sendable {
    case nop
    case mov, mov2, mov3, movN, ldk, ldi, zero, lea
    case addI, subI, mulI, divI, remI, divU, remU, andI, orI, xorI, andNotI, shl, shrS, shrU
    case addIK, negI, notI, shiftChk
    case sext8, sext16, sext32, zext8, zext16, zext32
    case eqI, neI, ltI, leI, ltU, leU, not
    case addF, subF, mulF, divF, negF, eqF, neF, ltF, leF, sqrtF
    case addF32, subF32, mulF32, divF32, negF32, eqF32, ltF32, leF32
    case i2f, u2f, f2i, f2u, i2f32, u2f32, f322i, f322u, f2f32, f322f
    case concat, eqS, ltS, leS, strIdx, runeToStr, bytesToStr, strToBytes, runesToStr, strToRunes, decodeRune
    case jmp, jt, jf, jltI, jleI
    case ld8s, ld8u, ld16s, ld16u, ld32s, ld32u, ld64, st8, st16, st32, st64
    case ldblk, stblk, cpblk, zblk, addP, addPK, nilchk, idxAddr, bchk, idxChk
    case makeSlice, grow, slice, strSlice, copySl, newObj
    case call, callClo, callNat, ret, makeClo
    case panicV, panicIdx, unreachable, deferPush, deferRun, recover
    case box, eqBlk, eqIface, panicCont
    case toItab, ifaceType, callIface, assert, fmtHas, fmtStore
    case mapMake, mapGet, mapAssign, mapDelete, mapLen, mapClear, mapIterInit, mapIterNext
    case panicMsg
    case goStart, makeChan, chanSend, chanRecv, chanClose, chanLen, chanCap, select
    case addC, subC, mulC, divC, negC, eqC, makeC, realC, imagC, convC
    case convChk
    case frameAddr, deferPushTo
    case tmpBuf
}

extension Opcode {
    public var info: OpInfo { opTable[Int(rawValue)] }
    public var name: String { info.name }
}

private func opK(_ name: String, _ f: OperandFormat, _ imm: Int, _ meaning: String) -> OpInfo {
    OpInfo(name: name, format: f, imm: imm, meaning: meaning)
}

private func op(_ name: String, _ f: OperandFormat, _ meaning: String) -> OpInfo {
    OpInfo(name: name, format: f, imm: 0, meaning: meaning)
}

/// Indexed by Opcode.rawValue.
public let opTable: [OpInfo] = [
    op("nop", .none, "do nothing"),
    op("mov", .ab, "R[A] = R[B]"),
    op("mov2", .ab, "R[A..A+1] = R[B..B+1] (string, interface)"),
    op("mov3", .ab, "R[A..A+2] = R[B..B+2] (slice)"),
    op("movN", .abc, "R[A..A+C) = R[B..B+C)"),
    opK("ldk", .a, 1, "R[A] = K"),
    op("ldi", .asBC, "R[A] = sBC (sign-extended)"),
    op("zero", .ab, "R[A..A+B) = 0"),
    op("lea", .ab, "R[A] = address of slot B (a frame address, never stored in the heap)"),
    op("addI", .abc, "R[A] = R[B] + R[C] (wrapping)"),
    op("subI", .abc, "R[A] = R[B] - R[C] (wrapping)"),
    op("mulI", .abc, "R[A] = R[B] * R[C] (wrapping)"),
    op("divI", .abc, "R[A] = R[B] / R[C] signed; panics on zero; MinInt64/-1 = MinInt64"),
    op("remI", .abc, "R[A] = R[B] % R[C] signed; panics on zero"),
    op("divU", .abc, "R[A] = R[B] / R[C] unsigned; panics on zero"),
    op("remU", .abc, "R[A] = R[B] % R[C] unsigned; panics on zero"),
    op("andI", .abc, "R[A] = R[B] & R[C]"),
    op("orI", .abc, "R[A] = R[B] | R[C]"),
    op("xorI", .abc, "R[A] = R[B] ^ R[C]"),
    op("andNotI", .abc, "R[A] = R[B] &^ R[C]"),
    op("shl", .abc, "R[A] = R[B] << R[C] (count unsigned; >= 64 gives 0)"),
    op("shrS", .abc, "R[A] = R[B] >> R[C] arithmetic (count unsigned; >= 64 gives sign fill)"),
    op("shrU", .abc, "R[A] = R[B] >> R[C] logical (count unsigned; >= 64 gives 0)"),
    op("addIK", .absC, "R[A] = R[B] + sC (wrapping)"),
    op("negI", .ab, "R[A] = -R[B] (wrapping)"),
    op("notI", .ab, "R[A] = ^R[B]"),
    op("shiftChk", .a, "panic 'negative shift amount' if R[A] < 0"),
    op("sext8", .ab, "R[A] = sign-extend low 8 bits of R[B]"),
    op("sext16", .ab, "R[A] = sign-extend low 16 bits of R[B]"),
    op("sext32", .ab, "R[A] = sign-extend low 32 bits of R[B]"),
    op("zext8", .ab, "R[A] = zero-extend low 8 bits of R[B]"),
    op("zext16", .ab, "R[A] = zero-extend low 16 bits of R[B]"),
    op("zext32", .ab, "R[A] = zero-extend low 32 bits of R[B]"),
    op("eqI", .abc, "R[A] = R[B] == R[C]"),
    op("neI", .abc, "R[A] = R[B] != R[C]"),
    op("ltI", .abc, "R[A] = R[B] < R[C] signed"),
    op("leI", .abc, "R[A] = R[B] <= R[C] signed"),
    op("ltU", .abc, "R[A] = R[B] < R[C] unsigned"),
    op("leU", .abc, "R[A] = R[B] <= R[C] unsigned"),
    op("not", .ab, "R[A] = !R[B] (bool)"),
    op("addF", .abc, "R[A] = R[B] + R[C] float64"),
    op("subF", .abc, "R[A] = R[B] - R[C] float64"),
    op("mulF", .abc, "R[A] = R[B] * R[C] float64"),
    op("divF", .abc, "R[A] = R[B] / R[C] float64 (IEEE: x/0 is Inf or NaN)"),
    op("negF", .ab, "R[A] = -R[B] float64"),
    op("eqF", .abc, "R[A] = R[B] == R[C] float64"),
    op("neF", .abc, "R[A] = R[B] != R[C] float64"),
    op("ltF", .abc, "R[A] = R[B] < R[C] float64"),
    op("leF", .abc, "R[A] = R[B] <= R[C] float64"),
    op("sqrtF", .ab, "R[A] = math.Sqrt(R[B])"),
    op("addF32", .abc, "R[A] = R[B] + R[C] float32"),
    op("subF32", .abc, "R[A] = R[B] - R[C] float32"),
    op("mulF32", .abc, "R[A] = R[B] * R[C] float32"),
    op("divF32", .abc, "R[A] = R[B] / R[C] float32"),
    op("negF32", .ab, "R[A] = -R[B] float32"),
    op("eqF32", .abc, "R[A] = R[B] == R[C] float32"),
    op("ltF32", .abc, "R[A] = R[B] < R[C] float32"),
    op("leF32", .abc, "R[A] = R[B] <= R[C] float32"),
    op("i2f", .ab, "R[A] = float64(int64 R[B])"),
    op("u2f", .ab, "R[A] = float64(uint64 R[B])"),
    op("f2i", .ab, "R[A] = int64(float64 R[B]) truncated; out of range gives MinInt64 as amd64"),
    op("f2u", .ab, "R[A] = uint64(float64 R[B]) truncated, as amd64"),
    op("i2f32", .ab, "R[A] = float32(int64 R[B])"),
    op("u2f32", .ab, "R[A] = float32(uint64 R[B])"),
    op("f322i", .ab, "R[A] = int64(float32 R[B])"),
    op("f322u", .ab, "R[A] = uint64(float32 R[B])"),
    op("f2f32", .ab, "R[A] = float32(float64 R[B])"),
    op("f322f", .ab, "R[A] = float64(float32 R[B])"),
    op("concat", .abc, "R[A..A+1] = string R[B..] + string R[C..] (allocates)"),
    op("eqS", .abc, "R[A] = string R[B..] == string R[C..]"),
    op("ltS", .abc, "R[A] = string R[B..] < string R[C..] (bytewise)"),
    op("leS", .abc, "R[A] = string R[B..] <= string R[C..]"),
    op("strIdx", .abc, "R[A] = byte R[C] of string R[B..]; bounds-checked"),
    op("runeToStr", .ab, "R[A..A+1] = string(rune R[B]) (invalid runes give U+FFFD)"),
    op("bytesToStr", .ab, "R[A..A+1] = string([]byte R[B..B+2]) (copies)"),
    op("strToBytes", .ab, "R[A..A+2] = []byte(string R[B..B+1]) (copies)"),
    op("runesToStr", .ab, "R[A..A+1] = string([]rune R[B..B+2])"),
    op("strToRunes", .ab, "R[A..A+2] = []rune(string R[B..B+1])"),
    op("decodeRune", .abc, "R[A] = rune at byte R[C] of string R[B..], R[A+1] = its width (UTF-8, bad bytes give U+FFFD, 1)"),
    op("jmp", .sBC, "pc += sBC"),
    op("jt", .asBC, "if R[A] != 0 { pc += sBC }"),
    op("jf", .asBC, "if R[A] == 0 { pc += sBC }"),
    op("jltI", .abcd, "if R[A] < R[B] signed { pc += sC } (C signed 16-bit)"),
    op("jleI", .abcd, "if R[A] <= R[B] signed { pc += sC } (C signed 16-bit)"),
    op("ld8s", .abc, "R[A] = int8 M[R[B] + C]"),
    op("ld8u", .abc, "R[A] = uint8 M[R[B] + C]"),
    op("ld16s", .abc, "R[A] = int16 M[R[B] + C]"),
    op("ld16u", .abc, "R[A] = uint16 M[R[B] + C]"),
    op("ld32s", .abc, "R[A] = int32 M[R[B] + C]"),
    op("ld32u", .abc, "R[A] = uint32 M[R[B] + C]"),
    op("ld64", .abc, "R[A] = M[R[B] + C] (8 bytes)"),
    op("st8", .abc, "M[R[A] + C] = low 8 bits of R[B]"),
    op("st16", .abc, "M[R[A] + C] = low 16 bits of R[B]"),
    op("st32", .abc, "M[R[A] + C] = low 32 bits of R[B]"),
    op("st64", .abc, "M[R[A] + C] = R[B]"),
    opK("ldblk", .ab, 1, "copy K bytes from M[R[B]] to slots from A"),
    opK("stblk", .ab, 1, "copy K bytes from slots from B to M[R[A]]"),
    opK("cpblk", .ab, 1, "copy K bytes from M[R[B]] to M[R[A]] (memmove)"),
    opK("zblk", .a, 1, "clear K bytes at M[R[A]]"),
    op("addP", .abc, "R[A] = R[B] + C (C unsigned 16-bit)"),
    opK("addPK", .ab, 1, "R[A] = R[B] + K"),
    op("nilchk", .a, "panic 'invalid memory address or nil pointer dereference' if R[A] == 0"),
    opK("idxAddr", .abc, 1, "R[A] = R[B] + R[C] * K"),
    op("bchk", .ab, "panic 'index out of range [R[A]] with length R[B]' unless 0 <= R[A] < R[B]"),
    opK("idxChk", .abc, 1, "R[A] = R[B] + R[C] * K after checking R[C] < R[B+1] (a slice element's address)"),
    opK("makeSlice", .abc, 1, "R[A..A+2] = make([]T, R[B], R[C]); K = element type id"),
    opK("grow", .ab, 1, "grow slice R[A..A+2] to hold R[B] elements (Go's growslice); K = element type id"),
    opK("slice", .abcd, 1, "R[A..A+2] = slice R[B..B+2] (ptr,len,cap) [R[C] : R[C+1] : R[C+2]]; D = which bounds are given (1 lo, 2 hi, 4 max, 8 from array); K = elem size"),
    op("strSlice", .abcd, "R[A..A+1] = string R[B..] [R[C] : R[C+1]]; D as for slice"),
    opK("copySl", .abc, 1, "R[A] = copy(R[B..B+2], R[C..C+1]) counted in elements of size K (C may be a string)"),
    opK("newObj", .a, 1, "R[A] = new(T), zeroed; K = type id"),
    op("call", .aBC, "call function BC with frame base at slot A"),
    op("callClo", .ab, "call closure R[B] with frame base at slot A (nil: panic)"),
    op("callNat", .aBC, "call native function BC on the slots from A"),
    op("ret", .none, "return to the caller (results are in the frame)"),
    opK("makeClo", .abc, 2, "R[A] = closure of function K1 (layout: type K2) holding the C slots from B"),
    op("panicV", .a, "panic with interface value R[A..A+1]"),
    op("panicIdx", .ab, "panic 'index out of range [R[A]] with length R[B]'"),
    op("unreachable", .none, "fatal: control reached the end of a function without return"),
    op("deferPush", .abc, "defer a call: C = 0: closure R[A] with B argument slots from A+1; C = 1: native R[A] with B argument slots"),
    op("deferRun", .none, "run this frame's next deferred call and come back here; fall through when none is left"),
    op("recover", .a, "R[A..A+1] = recover()"),
    op("box", .abc, "R[A..A+1] = interface (type C's descriptor, value in slots from B); C = type id"),
    opK("eqBlk", .abc, 1, "R[A] = M[R[B]] == M[R[C]] for K bytes (memequal)"),
    op("eqIface", .abc, "R[A] = interface R[B..B+1] == interface R[C..C+1] (same dynamic type and equal values)"),
    op("panicCont", .none, "where a call deferred by a panic returns: recover, or run the next deferred call"),
    op("toItab", .ab, "R[A] = itab of dynamic type R[A] (a type descriptor, 0 for nil) for interface type B"),
    op("ifaceType", .ab, "R[A..A+1] = the empty-interface form of interface R[B..B+1] (itab -> its type)"),
    op("callIface", .abc, "call method C of interface R[B..B+1] with frame base A (its data word becomes the receiver; nil: panic)"),
    opK("assert", .abcd, 2, "R[A..] = R[B..B+1].(K0) (C result slots); D: 1 comma-ok (ok in R[A+C]), 2 K0 is an interface; K1 = the operand's static type"),
    op("fmtHas", .absC, "unless the dynamic type R[A] has a method fmt calls (D: 1 GoString, 4 Format, 8 Error or String), pc += sC"),
    op("fmtStore", .ab, "R[A..A+1] = the string result at frame base B, boxed as fmt's preformatted value (keeping the original)"),
    opK("mapMake", .ab, 1, "R[A] = make(map, hint R[B]); K = map type id"),
    opK("mapGet", .abcd, 1, "R[A..] = R[B][key in slots from C] (zero if absent); D = 1: ok in the slot after the value; K = map type id"),
    opK("mapAssign", .abc, 1, "R[A] = address of the value for key (slots from C) in map R[B], inserted zeroed if absent; nil map: panic"),
    opK("mapDelete", .ab, 1, "delete(R[A], key in slots from B)"),
    op("mapLen", .ab, "R[A] = len(map R[B])"),
    op("mapClear", .a, "clear(map R[A])"),
    opK("mapIterInit", .ab, 1, "iterator R[A..A+8] over map R[B] (random start; MapIterator); K = map type id"),
    opK("mapIterNext", .abc, 1, "next entry of iterator R[A..A+8]: key to slots from B, value to slots from C (C = 0: none); R[A+8] = whether there was one"),
    op("panicMsg", .none, "where an Error/String method called to print a panic value returns: keep its result, stop"),
    op("goStart", .ab, "go: start a goroutine calling closure R[A] with the B argument slots from A+1"),
    opK("makeChan", .ab, 1, "R[A] = make(chan T, R[B]); K = channel type id"),
    op("chanSend", .ab, "R[A] <- value in slots from B (may park the goroutine)"),
    op("chanRecv", .abcd, "R[A..A+C) = <-R[B] (C value slots); D = 1: ok in R[A+C] (may park the goroutine)"),
    op("chanClose", .a, "close(R[A])"),
    op("chanLen", .ab, "R[A] = len(channel R[B])"),
    op("chanCap", .ab, "R[A] = cap(channel R[B])"),
    op("select", .abc, "select over B cases described from R[A] (5 slots each: kind 0 send / 1 recv, channel, value address, value slots, ok address); C = 1: has default; R[A+5B] = chosen case (-1 default)"),
    op("addC", .abcd, "R[A] = R[B] + R[C] complex (D = 1: complex64 in one slot, else complex128 in two)"),
    op("subC", .abcd, "R[A] = R[B] - R[C] complex (D as addC)"),
    op("mulC", .abcd, "R[A] = R[B] * R[C] complex (D as addC)"),
    op("divC", .abcd, "R[A] = R[B] / R[C] complex, Go's runtime algorithm with C99 infinities (D as addC)"),
    op("negC", .abcd, "R[A] = -R[B] complex (D as addC)"),
    op("eqC", .abcd, "R[A] = R[B] == R[C] complex (D as addC)"),
    op("makeC", .abcd, "R[A] = complex(R[B], R[C]) from two floats (D = 1: float32 parts into a complex64)"),
    op("realC", .abcd, "R[A] = real(R[B]) (D = 1: of a complex64)"),
    op("imagC", .abcd, "R[A] = imag(R[B]) (D = 1: of a complex64)"),
    op("convC", .abcd, "R[A] = R[B] converted: D = 1 complex128 to complex64, D = 2 complex64 to complex128"),
    op("convChk", .ab, "panic 'cannot convert slice with length R[A] to array or pointer to array with length R[B]' if R[A] < R[B]"),
    op("frameAddr", .a, "R[A] = the address of the current frame (owner of defers made in a range-over-func body)"),
    opK("deferPushTo", .abcd, 1, "deferPush A B D (D the kind) for the frame R[C] of function K (a defer in a range-over-func body)"),
    op("tmpBuf", .ab, "the next string operation builds its result in the B-byte frame buffer at slot A if it fits (a result that does not escape)"),
]

/// The frame slots of a map iterator (mapIterInit/mapIterNext; VM MapIter.swift).
public enum MapIterator {
    public static let slots = 9
    /// Set by mapIterNext when it produced an entry.
    public static let foundSlot = 8
}

// fmt calls the String, Error or GoString method of values inside its operands (a
// []error's elements, a struct's Stringer field, a map's keys), where it
// meets them while formatting. Natives run no Go code, so the compiled fmt
// call runs a loop before formatting (Compile/Call.swift): `fmtNested`
// formats the operands without output until it meets a value whose method
// has no result yet, and returns that value as an interface; the loop calls
// the method (through fmt's Go helper formatMethod, as for top-level
// operands: a panic in the method becomes fmt's PANIC text; under %#v it is
// GoString) and hands the preformatted result to `fmtNestedStore`; when none is left, the real
// formatting finds each result by the value's address and type. Results are
// kept per operand array (a fresh allocation per fmt call, so fmt calls
// made inside String methods have their own) and dropped when it is
// formatted.

import Bytecode
import Runtime

/// A value inside fmt's operands: where it lies and its type.
struct NestedValue: Hashable {
    var address: UInt
    var type: Int
}

extension ValueFormatter {
    /// How a nested value is found again: by its address, or for a pointer-shaped
    /// value (which fmt may hold in a temporary) by the pointer itself.
    func nestedKey(_ t: RType, _ p: UnsafeRawPointer) -> NestedValue {
        switch t.kind {
        case .pointer, .map, .chan, .function, .unsafePointer: return NestedValue(address: UInt(p.load(as: UInt64.self)), type: t.id)
        default: return NestedValue(address: UInt(bitPattern: p), type: t.id)
        }
    }

    /// The value at p of type t as an interface operand for fmtCall.
    func nestedOperand(_ t: RType, _ p: UnsafeRawPointer) -> FmtArg {
        let desc = image.descriptorAddress(t.id)
        switch t.kind {
        case .pointer, .map, .chan, .function, .unsafePointer: return FmtArg(type: desc, data: p.load(as: UInt64.self))
        default: return FmtArg(type: desc, data: UInt64(UInt(bitPattern: p)))
        }
    }
}

extension Machine {
    /// a: [0] mode (0 Print/Println, 1 Printf), [1…2] format, [3…5] the []any operands.
    /// Out: [0] whether a value is pending, [1…2] that value.
    func fmtNestedNext(_ a: UnsafeMutablePointer<UInt64>) {
        let key = a[3]
        var v = ValueFormatter(machine: self)
        v.nested = fmtNestedResults[key] ?? [:]
        v.collect = true
        let args = fmtArgs(a + 3)
        if a[0] == 1 { v.doPrintf(Strings.bytes(a + 1), args) } else { v.doPrint(args) }
        fmtNeedsMethod = nil
        // a value met twice without a result (its method could not be called) is left to the refusal
        guard let (k, value) = v.pending, fmtNestedPending[key] != k else {
            fmtNestedPending[key] = nil
            a[0] = 0
            return
        }
        fmtNestedPending[key] = k
        a[0] = 1; a[1] = value.type; a[2] = value.data
        a[3] = v.pendingGoString ? 1 : 0
    }

    /// a: [0…2] the []any operands, [3…4] the preformatted result for the pending value.
    func fmtNestedStore(_ a: UnsafeMutablePointer<UInt64>) {
        guard let k = fmtNestedPending[a[0]] else { return }
        fmtNestedResults[a[0], default: [:]][k] = FmtArg(type: a[3], data: a[4])
    }

    /// The nested results for an operand array, dropped once it is formatted.
    func takeNestedResults(_ args: UnsafeMutablePointer<UInt64>) -> [NestedValue: FmtArg] {
        fmtNestedPending[args[0]] = nil
        return fmtNestedResults.removeValue(forKey: args[0]) ?? [:]
    }
}

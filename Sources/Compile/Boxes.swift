// Interface conversions that allocate nothing, as gc compiles them
// (walk/convert.go's dataWord):
//
//  - a constant becomes read-only static data: the interface's data word
//    points into the static segment (a string constant's header too, its
//    pointer relocated when the image loads);
//  - a value whose conversion does not escape is copied into the frame
//    (FrameObjects.swift) and the data word points there.
//
// Everything else goes through the VM's `box`, which applies the runtime's
// own shortcuts (zero-size values, single bytes and small integers from a
// static table, "" and nil slices) before allocating.

import Syntax
import Types
import Constant
import Bytecode

extension FuncCompiler {
    /// dst..dst+1 = the value in slots v (of type t, id `id`) boxed for e:
    /// in the frame when the conversion stays there, else by the VM.
    func emitBox(_ e: Expr, value v: Int, type t: GoType, id: Int, into dst: Int) throws(CompileError) {
        if let r = frameBoxes[ObjectIdentifier(e)], TypeTable.slots(t) <= r.count {
            fb.emit(.lea, dst + 1, r.lowerBound)
            try storeTo(.mem(dst + 1, 0), t, from: v)
            fb.loadStatic(dst, program.types[id].descriptorOffset)
            return
        }
        fb.emit(.box, dst, v, id)
    }

    /// The static-segment offset of constant c's value as type t in memory (shared by equal constants).
    func staticConstant(_ c: ConstantValue, _ t: GoType) -> Int? {
        var bytes: [UInt8] = []
        func put(_ v: UInt64, _ n: Int) { for i in 0..<n { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
        let size = TypeTable.size(t)
        var stringData: Int?
        switch TypeTable.shape(t) {
        case .scalar(let k):
            switch k {
            case .bool: put(c.boolValue ? 1 : 0, 1)
            case .float64: put(c.toFloat.float64Value.0.bitPattern, 8)
            case .float32: put(UInt64(c.toFloat.float32Value.0.bitPattern), 4)
            default: put(k.isUnsigned ? c.toInt.uint64Value.0 : UInt64(bitPattern: c.toInt.int64Value.0), size)
            }
        case .string:
            let s = c.stringBytes
            stringData = compiler.stringData(s)
            put(UInt64(stringData!), 8)
            put(UInt64(s.count), 8)
        case .block where TypeTable.kind(t) == .complex128 || TypeTable.kind(t) == .complex64:
            var re = c, im = ConstantValue.int(0)
            if case .complex(let r, let i) = c { re = r; im = i }
            if TypeTable.kind(t) == .complex128 {
                put(re.float64Value.0.bitPattern, 8); put(im.float64Value.0.bitPattern, 8)
            } else {
                put(UInt64(re.float32Value.0.bitPattern), 4); put(UInt64(im.float32Value.0.bitPattern), 4)
            }
        default:
            return nil
        }
        guard bytes.count == size else { return nil }
        let key = bytes + [stringData == nil ? 0 : 1]
        if let o = compiler.staticConstants[key] { return o }
        let o = program.addStatic(bytes)
        if stringData != nil { program.staticDataRelocs.append(o) }
        compiler.staticConstants[key] = o
        return o
    }
}

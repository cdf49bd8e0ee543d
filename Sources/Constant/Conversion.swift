// This file implements conversions between the numeric kinds of constants
// (go/constant's ToInt, ToFloat, ToComplex) and the operand matching that
// binary operations and comparisons use.
//
// Matching (go/constant's match): operands are ordered
//
//     unknown < bool, string < int < rational < float < complex
//
// and the lower one is promoted to the higher one's representation
// (int -> rational -> float -> complex). Promotion is exact except
// rational -> float, which rounds to 512 bits.



extension ConstantValue {
    /// x as an Int if it is numeric and its value is an integer (within
    /// 512-bit float precision, as go/constant); unknown otherwise.
    /// ToInt(2.0) = 2, ToInt(2.5) = unknown, ToInt(1e1000000) = unknown.
    public var toInt: ConstantValue {
        switch self {
        case .int: return self
        case .rational(let r):
            return r.isInteger ? .int(r.numerator) : .unknown
        case .float(let f):
            // Only "small" floats: the integer would have < 4096 bits.
            guard abs(f.binaryExponent) < ConstantValue.maxRationalBits else { return .unknown }
            if let i = f.exactInteger() { return .int(i) }
            // A value like 0.49999...9 (rounding noise in the last bits)
            // should still be 1/2-free: retry with a few bits less.
            let p = BigFloat.precision - 4
            if let i = f.roundedInteger(precision: p, awayFromZero: false) { return .int(i) }
            if let i = f.roundedInteger(precision: p, awayFromZero: true) { return .int(i) }
            return .unknown
        case .complex:
            let re = toFloat
            return re.kind == .float ? re.toInt : .unknown
        default:
            return .unknown
        }
    }

    /// x as a Float if it is numeric and (for complex) has a zero imaginary
    /// part; unknown otherwise.
    public var toFloat: ConstantValue {
        switch self {
        case .int(let i):
            if i.magnitude.bitWidth < ConstantValue.maxRationalBits { return .rational(Rational(i)) }
            return .float(BigFloat(i))
        case .rational, .float: return self
        case .complex(let re, let im):
            return im.sign == 0 ? re.toFloat : .unknown
        default: return .unknown
        }
    }

    /// x as a Complex if it is numeric; unknown otherwise.
    public var toComplex: ConstantValue {
        switch self {
        case .int, .rational, .float: return .complex(self, .int(0))
        case .complex: return self
        default: return .unknown
        }
    }

    /// The order of representations for matching.
    var order: Int {
        switch self {
        case .unknown: return 0
        case .bool, .string: return 1
        case .int: return 2
        case .rational: return 3
        case .float: return 4
        case .complex: return 5
        }
    }

    /// self promoted to the representation of order `o` (>= self.order).
    func promoted(to o: Int) -> ConstantValue {
        switch (self, o) {
        case (.int(let i), 3): return .rational(Rational(i))
        case (.int(let i), 4): return .float(BigFloat(i))
        case (.rational(let r), 4): return ConstantValue.makeFloat(r.bigFloat)
        case (.int, 5), (.rational, 5), (.float, 5): return .complex(self, .int(0))
        default: return self
        }
    }

    /// Both operands in a common representation (go/constant's match).
    static func match(_ x: ConstantValue, _ y: ConstantValue) -> (ConstantValue, ConstantValue) {
        let ox = x.order, oy = y.order
        if ox < oy { return (x.promoted(to: oy), y) }
        if ox > oy { return (x, y.promoted(to: ox)) }
        return (x, y)
    }
}

extension ConstantValue {
    /// string(x) for an integer constant x, as types2 converts it: the
    /// UTF-8 encoding of the code point, or of U+FFFD when x is negative,
    /// beyond U+10FFFF or a surrogate. Unknown for non-Int kinds.
    public var codePointString: ConstantValue {
        guard case .int = self else { return .unknown }
        let (u, exact) = uint64Value
        var scalar = Unicode.Scalar(0xFFFD as UInt32)!
        if exact, u <= 0x10FFFF, let s = Unicode.Scalar(UInt32(u)) { scalar = s }
        return .string(Array(String(Character(scalar)).utf8))
    }
}

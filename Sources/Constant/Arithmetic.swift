// This file implements operations on constants: unary, binary, shifts and
// comparisons (go/constant's UnaryOp, BinaryOp, Shift, Compare).
//
// Differences from go/constant, all so that no input can trap:
//   - an operation that go/constant would panic on (an operator that does
//     not apply to the operands' kinds) throws ConstantError.invalidOperation;
//   - division of any kind by a zero constant throws .divisionByZero
//     (types2 says "invalid operation: division by zero"); a zero divisor is
//     checked before an unknown dividend, as types2 does;
//   - shift counts above 1074 (types2's shiftBound, enough to express the
//     smallest float64) throw .invalidShiftCount instead of allocating;
//   - string concatenation longer than 2e9 bytes throws .stringTooLong.
// Otherwise an unknown operand gives an unknown result.
//
// Integer division: `.quo` on two ints gives their exact quotient as a
// float (go/constant's QUO), `.intQuo` truncates (QUO_ASSIGN in go/constant,
// used by the checker when both operands are integers).



/// Unary operators on constants.
public enum UnaryOperator: Sendable {
    case plus       // +x
    case minus      // -x
    case complement // ^x
    case not        // !x
}

/// Binary operators on constants (shifts and comparisons are separate).
public enum BinaryOperator: Sendable {
    case add, sub, mul
    /// Exact division: int / int gives a float (use intQuo for Go's int division).
    case quo
    /// Truncated integer division of two ints.
    case intQuo
    case rem, and, or, xor, andNot
    case logicalAnd, logicalOr
}

/// Shift operators.
public enum ShiftOperator: Sendable { case left, right }

/// Comparison operators.
public enum ComparisonOperator: Sendable { case eql, neq, lss, leq, gtr, geq }

/// Why a constant operation has no value. The checker turns these into gc's
/// messages (see Messages.swift).
public enum ConstantError: Error, Equatable, Sendable {
    /// x / 0, x % 0: "invalid operation: division by zero".
    case divisionByZero
    /// Shift count above `ConstantValue.shiftBound`: "invalid operation: invalid shift count %s".
    case invalidShiftCount
    /// The operator does not apply to the operands (a checker bug if reached).
    case invalidOperation
    /// A string concatenation longer than `ConstantValue.maxStringLength` bytes;
    /// the payload is the length it would have had.
    case stringTooLong(Int)
}

extension ConstantValue {
    /// The largest constant shift count types2 accepts (1023 - 1 + 52).
    public static let shiftBound: UInt64 = 1023 - 1 + 52
    /// The longest constant string types2 accepts (cmd/internal/obj.MaxSymSize).
    public static let maxStringLength = 2_000_000_000

    /// op x. For `^` on a typed unsigned constant pass the type's size in bits
    /// as `precision` (^uint8(1) = 254); 0 means unbounded (^1 = -2).
    public static func unary(_ op: UnaryOperator, _ x: ConstantValue, precision: Int = 0) throws(ConstantError) -> ConstantValue {
        if x.isUnknown { return x }
        switch (op, x) {
        case (.plus, .int), (.plus, .rational), (.plus, .float), (.plus, .complex):
            return x
        case (.minus, .int(let i)): return .int(-i)
        case (.minus, .rational(let r)): return .rational(-r)
        case (.minus, .float(let f)): return .float(-f)
        case (.minus, .complex(let re, let im)):
            return makeComplex(try unary(.minus, re), try unary(.minus, im))
        case (.complement, .int(let i)):
            let z = -i - 1 // ^x == -x-1
            if precision > 0 && precision <= 1 << 16 { // Go's sizes are 8..64; refuse absurd masks
                return .int(BigInt(twosComplement(z, bits: precision)))
            }
            return .int(z)
        case (.not, .bool(let b)): return .bool(!b)
        default: throw .invalidOperation
        }
    }

    /// x op y after matching the operands' representations.
    public static func binary(_ x: ConstantValue, _ op: BinaryOperator, _ y: ConstantValue) throws(ConstantError) -> ConstantValue {
        if op == .quo || op == .intQuo || op == .rem, y.kind.isNumeric, y.sign == 0 {
            throw .divisionByZero
        }
        let (a, b) = match(x, y)
        switch (a, b) {
        case (.unknown, _), (_, .unknown):
            return .unknown
        case (.bool(let p), .bool(let q)):
            switch op {
            case .logicalAnd: return .bool(p && q)
            case .logicalOr: return .bool(p || q)
            default: throw .invalidOperation
            }
        case (.int(let p), .int(let q)):
            return try intOp(p, op, q)
        case (.rational(let p), .rational(let q)):
            switch op {
            case .add: return makeRational(p + q)
            case .sub: return makeRational(p - q)
            case .mul: return makeRational(p * q)
            case .quo:
                guard let r = p.divided(by: q) else { throw .divisionByZero }
                return makeRational(r)
            default: throw .invalidOperation
            }
        case (.float(let p), .float(let q)):
            switch op {
            case .add: return makeFloat(p.adding(q))
            case .sub: return makeFloat(p.subtracting(q))
            case .mul: return makeFloat(p.multiplied(by: q))
            case .quo:
                if q.isZero { throw .divisionByZero }
                return makeFloat(p.divided(by: q))
            default: throw .invalidOperation
            }
        case (.complex(let a, let b), .complex(let c, let d)):
            return try complexOp(a, b, op, c, d)
        case (.string(let s), .string(let t)):
            guard op == .add else { throw .invalidOperation }
            let n = s.count + t.count
            if n > maxStringLength { throw .stringTooLong(n) }
            return .string(s + t)
        default:
            throw .invalidOperation
        }
    }

    private static func intOp(_ p: BigInt, _ op: BinaryOperator, _ q: BigInt) throws(ConstantError) -> ConstantValue {
        switch op {
        case .add: return .int(p + q)
        case .sub: return .int(p - q)
        case .mul: return .int(p * q)
        case .quo:
            if q.isZero { throw .divisionByZero }
            return make(numerator: p, denominator: q)
        case .intQuo:
            if q.isZero { throw .divisionByZero }
            return .int(p / q) // truncated, as Go
        case .rem:
            if q.isZero { throw .divisionByZero }
            return .int(p % q) // sign of the dividend, as Go
        case .and: return .int(bitwise(p, q) { a, b, _ in a & b })
        case .or: return .int(bitwise(p, q) { a, b, _ in a | b })
        case .xor: return .int(bitwise(p, q) { a, b, _ in a ^ b })
        case .andNot: return .int(bitwise(p, q) { a, b, mask in a & (mask ^ b) })
        case .logicalAnd, .logicalOr: throw .invalidOperation
        }
    }

    private static func complexOp(_ a: ConstantValue, _ b: ConstantValue, _ op: BinaryOperator,
                                  _ c: ConstantValue, _ d: ConstantValue) throws(ConstantError) -> ConstantValue {
        switch op {
        case .add:
            return makeComplex(try binary(a, .add, c), try binary(b, .add, d))
        case .sub:
            return makeComplex(try binary(a, .sub, c), try binary(b, .sub, d))
        case .mul: // (a+bi)(c+di) = (ac-bd) + (bc+ad)i
            let ac = try binary(a, .mul, c), bd = try binary(b, .mul, d)
            let bc = try binary(b, .mul, c), ad = try binary(a, .mul, d)
            return makeComplex(try binary(ac, .sub, bd), try binary(bc, .add, ad))
        case .quo: // ((ac+bd) + (bc-ad)i) / (cc+dd)
            let ac = try binary(a, .mul, c), bd = try binary(b, .mul, d)
            let bc = try binary(b, .mul, c), ad = try binary(a, .mul, d)
            let s = try binary(try binary(c, .mul, c), .add, try binary(d, .mul, d))
            let re = try binary(try binary(ac, .add, bd), .quo, s)
            let im = try binary(try binary(bc, .sub, ad), .quo, s)
            return makeComplex(re, im)
        default:
            throw .invalidOperation
        }
    }

    /// x << count or x >> count for an Int x (an unknown x stays unknown).
    /// Right shifts of negative values round toward negative infinity, as Go.
    public static func shift(_ x: ConstantValue, _ op: ShiftOperator, _ count: UInt64) throws(ConstantError) -> ConstantValue {
        if count > shiftBound { throw .invalidShiftCount }
        switch x {
        case .unknown: return x
        case .int(let i):
            if count == 0 { return x }
            let s = Int(count)
            switch op {
            case .left:
                return .int(BigInt(sign: i.sign, magnitude: i.magnitude << s))
            case .right:
                if i.sign == .minus && !i.isZero {
                    // floor(i / 2^s) = -((|i| - 1) >> s) - 1
                    return .int(-BigInt((i.magnitude - 1) >> s) - 1)
                }
                return .int(BigInt(i.magnitude >> s))
            }
        default:
            throw .invalidOperation
        }
    }

    /// x op y for comparable constants; false when either is unknown or the
    /// operator does not apply (complex and bool support only == and !=).
    public static func compare(_ x: ConstantValue, _ op: ComparisonOperator, _ y: ConstantValue) -> Bool {
        let (a, b) = match(x, y)
        let c: Int
        switch (a, b) {
        case (.bool(let p), .bool(let q)):
            guard op == .eql || op == .neq else { return false }
            c = p == q ? 0 : 1
        case (.int(let p), .int(let q)): c = p == q ? 0 : (p < q ? -1 : 1)
        case (.rational(let p), .rational(let q)): c = p.compare(q)
        case (.float(let p), .float(let q)): c = p.compare(q)
        case (.complex(let re1, let im1), .complex(let re2, let im2)):
            guard op == .eql || op == .neq else { return false }
            let eq = compare(re1, .eql, re2) && compare(im1, .eql, im2)
            c = eq ? 0 : 1
        case (.string(let s), .string(let t)):
            c = s == t ? 0 : (s.lexicographicallyPrecedes(t) ? -1 : 1)
        default:
            return false
        }
        switch op {
        case .eql: return c == 0
        case .neq: return c != 0
        case .lss: return c < 0
        case .leq: return c <= 0
        case .gtr: return c > 0
        case .geq: return c >= 0
        }
    }

    // MARK: Two's complement helpers

    /// x mod 2^bits, as a non-negative number (x may be negative).
    static func twosComplement(_ x: BigInt, bits: Int) -> BigUInt {
        let mask = (BigUInt(1) << bits) - 1
        if x.sign == .plus || x.isZero { return x.magnitude & mask }
        // -m mod 2^bits = 2^bits - (m mod 2^bits), or 0
        let m = x.magnitude & mask
        return m.isZero ? 0 : (mask + 1) - m
    }

    /// A bitwise operation on infinite two's complement integers, computed
    /// in a width wide enough for both operands plus the sign; f gets the
    /// operands and the all-ones mask of that width (BigUInt's ~ is not
    /// width-aware).
    static func bitwise(_ p: BigInt, _ q: BigInt, _ f: (BigUInt, BigUInt, BigUInt) -> BigUInt) -> BigInt {
        let w = max(p.magnitude.bitWidth, q.magnitude.bitWidth) + 2
        let mask = (BigUInt(1) << w) - 1
        let r = f(twosComplement(p, bits: w), twosComplement(q, bits: w), mask) & mask
        if r[bitAt: w - 1] { // negative
            return -BigInt((BigUInt(1) << w) - r)
        }
        return BigInt(r)
    }
}

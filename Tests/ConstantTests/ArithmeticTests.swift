// Operations beyond the golden tables: errors (division by zero, shift
// bounds, kinds that don't combine), typed ^, bounds of huge values, and
// that nothing hangs or traps on extreme inputs.
import XCTest
@testable import Constant

final class ArithmeticTests: XCTestCase {
    let one = ConstantValue.make(Int64(1))
    let zero = ConstantValue.make(Int64(0))

    func testDivisionByZero() {
        let zf = ConstantValue.fromLiteral("0.0", kind: .float)
        let zc = ConstantValue.fromLiteral("0i", kind: .imaginary)
        for y in [zero, zf, zc] {
            for op in [BinaryOperator.quo, .intQuo, .rem] {
                XCTAssertThrowsError(try ConstantValue.binary(one, op, y)) { XCTAssertEqual($0 as? ConstantError, .divisionByZero) }
            }
        }
        // types2 reports division by zero even if the dividend is unknown,
        // but not when the divisor is unknown.
        XCTAssertThrowsError(try ConstantValue.binary(.unknown, .quo, zero))
        XCTAssertEqual(try ConstantValue.binary(one, .quo, .unknown), .unknown)
        XCTAssertEqual(ConstantError.divisionByZero.message(), "invalid operation: division by zero")
    }

    func testIntegerDivision() throws {
        let seven = ConstantValue.make(Int64(7)), mtwo = ConstantValue.make(Int64(-2))
        XCTAssertEqual(try ConstantValue.binary(seven, .quo, mtwo).exactString, "-7/2")
        XCTAssertEqual(try ConstantValue.binary(seven, .intQuo, mtwo), .int(-3))
        XCTAssertEqual(try ConstantValue.binary(.make(Int64(-7)), .rem, .make(Int64(2))), .int(-1))
        XCTAssertEqual(try ConstantValue.binary(.make(Int64(6)), .quo, mtwo).exactString, "-3")
    }

    func testShiftBounds() throws {
        XCTAssertEqual(ConstantValue.shiftBound, 1074)
        XCTAssertEqual(try ConstantValue.shift(one, .left, 1074).bitLen, 1075)
        XCTAssertThrowsError(try ConstantValue.shift(one, .left, 1075)) { XCTAssertEqual($0 as? ConstantError, .invalidShiftCount) }
        XCTAssertThrowsError(try ConstantValue.shift(one, .right, UInt64.max))
        XCTAssertThrowsError(try ConstantValue.shift(.make(1.5), .left, 1)) { XCTAssertEqual($0 as? ConstantError, .invalidOperation) }
        XCTAssertEqual(try ConstantValue.shift(.unknown, .left, 3), .unknown)
        XCTAssertEqual(ConstantError.invalidShiftCount.message(operand: "1100 (untyped int constant)"),
                       "invalid operation: invalid shift count 1100 (untyped int constant)")
    }

    func testTypedComplement() throws {
        XCTAssertEqual(try ConstantValue.unary(.complement, zero, precision: 8), .int(255))
        XCTAssertEqual(try ConstantValue.unary(.complement, .make(Int64(1)), precision: 8), .int(254))
        XCTAssertEqual(try ConstantValue.unary(.complement, zero), .int(-1))
        XCTAssertEqual(try ConstantValue.unary(.complement, zero, precision: 64), .make(UInt64.max))
    }

    func testInvalidCombinations() {
        let s = ConstantValue.make("a"), b = ConstantValue.make(true)
        XCTAssertThrowsError(try ConstantValue.binary(s, .sub, s))
        XCTAssertThrowsError(try ConstantValue.binary(b, .add, b))
        XCTAssertThrowsError(try ConstantValue.binary(s, .add, one))
        XCTAssertThrowsError(try ConstantValue.binary(.make(1.5), .rem, one))
        XCTAssertThrowsError(try ConstantValue.binary(.make(1.5), .and, one))
        XCTAssertThrowsError(try ConstantValue.unary(.not, one))
        XCTAssertThrowsError(try ConstantValue.unary(.complement, .make(1.5)))
        XCTAssertThrowsError(try ConstantValue.unary(.minus, s))
        XCTAssertFalse(ConstantValue.compare(s, .eql, one))
        XCTAssertFalse(ConstantValue.compare(b, .lss, b))
        XCTAssertFalse(ConstantValue.compare(.unknown, .eql, .unknown))
    }

    func testBoolAndString() throws {
        let t = ConstantValue.make(true), f = ConstantValue.make(false)
        XCTAssertEqual(try ConstantValue.binary(t, .logicalAnd, f), f)
        XCTAssertEqual(try ConstantValue.binary(t, .logicalOr, f), t)
        XCTAssertEqual(try ConstantValue.unary(.not, t), f)
        XCTAssertTrue(ConstantValue.compare(t, .neq, f))
        let ab = try ConstantValue.binary(.make("a"), .add, .make("b"))
        XCTAssertEqual(ab.stringValue, "ab")
        XCTAssertEqual(ab.stringLength, 2)
        XCTAssertTrue(ConstantValue.compare(.make("a"), .lss, .make("b")))
        XCTAssertTrue(ConstantValue.compare(.make("ab"), .gtr, .make("a")))
        XCTAssertTrue(ConstantValue.compare(.make(bytes: [0xff]), .gtr, .make("z")))
        XCTAssertEqual(ConstantError.stringTooLong(3_000_000_000).message(),
                       "constant string too long (3000000000 bytes > 2000000000 bytes)")
    }

    func testUntypedOverflowMessages() throws {
        let big = try ConstantValue.shift(one, .left, 511)
        XCTAssertNil(big.untypedOverflowMessage(operation: "multiplication"))
        let sum = try ConstantValue.binary(big, .add, big) // 2^512: 513 bits
        XCTAssertEqual(sum.bitLen, 513)
        XCTAssertEqual(sum.untypedOverflowMessage(operation: BinaryOperator.add.overflowName), "constant addition overflow")
        let s600 = try ConstantValue.shift(one, .left, 600)
        XCTAssertEqual(s600.untypedOverflowMessage(operation: ShiftOperator.left.overflowName), "constant shift overflow")
        XCTAssertEqual(s600.untypedOverflowMessage(operation: nil), "constant overflow")
        XCTAssertEqual(ConstantValue.unknown.untypedOverflowMessage(operation: "multiplication"), "constant result is not representable")
        XCTAssertEqual(BinaryOperator.mul.overflowName, "multiplication")
        XCTAssertEqual(BinaryOperator.sub.overflowName, "subtraction")
        XCTAssertEqual(BinaryOperator.xor.overflowName, "bitwise XOR")
        XCTAssertNil(BinaryOperator.quo.overflowName)
        XCTAssertEqual(UnaryOperator.complement.overflowName, "bitwise complement")
        // -(2^511) - 2^511 = -2^512 also overflows (513 bits)
        let neg = try ConstantValue.binary(try ConstantValue.unary(.minus, big), .sub, big)
        XCTAssertNotNil(neg.untypedOverflowMessage(operation: "subtraction"))
    }

    func testExtremeInputsTerminate() throws {
        let start = Date()
        XCTAssertEqual(ConstantValue.fromLiteral("1e1000000000", kind: .float), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("1e99999999999999999999999999", kind: .float), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("1e-99999999999999999999999999", kind: .float).sign, 0)
        XCTAssertEqual(ConstantValue.fromLiteral("0x1p-99999999999999999999", kind: .float).sign, 0)
        XCTAssertEqual(ConstantValue.fromLiteral("0x1p10000000000", kind: .float), .unknown)
        XCTAssertEqual(ConstantValue.fromLiteral("0e99999999999", kind: .float).sign, 0)
        let e6 = ConstantValue.fromLiteral("1e600000000", kind: .float)
        XCTAssertEqual(e6.kind, .float)
        XCTAssertEqual(e6.description, "1e+600000000")
        // 1e600000000 * 1e600000000 overflows big.Float: unknown.
        XCTAssertEqual(try ConstantValue.binary(e6, .mul, e6), .unknown)
        let tiny = try ConstantValue.binary(one, .quo, e6)
        XCTAssertEqual(tiny.description, "1e-600000000")
        XCTAssertEqual(try ConstantValue.binary(tiny, .mul, tiny).sign, 0) // underflow
        XCTAssertEqual(try ConstantValue.binary(e6, .add, one).description, "1e+600000000")
        XCTAssertEqual(try ConstantValue.binary(e6, .sub, e6).sign, 0)
        XCTAssertTrue(ConstantValue.compare(e6, .gtr, one))
        XCTAssertTrue(ConstantValue.compare(tiny, .gtr, zero))
        XCTAssertEqual(e6.toInt, .unknown)
        XCTAssertEqual(e6.float64Value.0, .infinity)
        XCTAssertEqual(e6.isRepresentable(as: .float64), false)
        XCTAssertEqual(e6.isRepresentable(as: .untypedFloat), true)
        XCTAssertEqual(tiny.represented(as: .float32), .make(0.0))
        // A literal with very many digits.
        let digits = String(repeating: "9", count: 5000)
        XCTAssertEqual(ConstantValue.fromLiteral(digits, kind: .int).bitLen, 16610)
        XCTAssertEqual(ConstantValue.fromLiteral("0." + digits, kind: .float).description, "1")
        XCTAssertEqual(ConstantValue.fromLiteral(digits + "e-5000", kind: .float).description, "1")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testRationalSwitchesToFloat() throws {
        // (1/3)^n grows the denominator; past 4096 bits the value becomes a BigFloat.
        var x = try ConstantValue.binary(one, .quo, .make(Int64(3)))
        let third = x
        for _ in 0..<3000 { x = try ConstantValue.binary(x, .mul, third) }
        guard case .float = x else { return XCTFail("expected a BigFloat, got \(x.exactString)") }
        XCTAssertEqual(x.description, "1.4425e-1432") // (1/3)^3001, as real go/constant prints it
        XCTAssertEqual(x.numerator, .unknown) // too far from 1 for an exact fraction, as Go
    }

    func testToIntOfNearlyIntegralFloat() throws {
        // 0.1 * 10 computed in BigFloat precision is not exactly 1, yet ToInt gives 1.
        let p = ConstantValue.fromLiteral("0x1p5000", kind: .float)
        let back = try ConstantValue.binary(try ConstantValue.binary(.make(Int64(3)), .mul, p), .quo, p)
        XCTAssertEqual(back.toInt, .int(3))
        let f = try ConstantValue.binary(try ConstantValue.binary(one, .quo, .make(3.0)), .mul, .make(Int64(3)))
        XCTAssertEqual(f.toInt, .int(1))
    }

    func testAccessors() {
        let c = ConstantValue.fromLiteral("1.5i", kind: .imaginary)
        XCTAssertEqual(c.real, .int(0))
        XCTAssertEqual(c.imag.exactString, "3/2")
        XCTAssertEqual(c.toFloat, .unknown)
        XCTAssertEqual(c.sign, 1)
        XCTAssertEqual(ConstantValue.makeImag(.make(Int64(2))).description, "(0 + 2i)")
        XCTAssertEqual(ConstantValue.make(1.5).numerator, .int(3))
        XCTAssertEqual(ConstantValue.make(1.5).denominator, .int(2))
        XCTAssertEqual(ConstantValue.make(Int64(7)).denominator, .int(1))
        XCTAssertEqual(ConstantValue.make(Int64(7)).toComplex.description, "(7 + 0i)")
        XCTAssertEqual(ConstantValue.make("x").toFloat, .unknown)
        XCTAssertEqual(ConstantValue.make(Int64(-5)).bitLen, 3)
        XCTAssertEqual(ConstantValue.unknown.sign, 1)
        XCTAssertEqual(ConstantValue.make("x").kind, .string)
        XCTAssertEqual(ConstantValue.make(true).boolValue, true)
    }
}

// Representability failures classified as types2 does, and the message
// texts built from them, checked against go build output (see Messages.swift).
import XCTest
@testable import Constant

final class RepresentableTests: XCTestCase {
    func lit(_ s: String, _ k: LiteralKind) -> ConstantValue { ConstantValue.fromLiteral(s, kind: k) }

    func testFailureClassification() {
        // var x int8 = 300 -> (overflows)
        XCTAssertEqual(lit("300", .int).representation(as: .int8, from: .untypedInt), .failure(.overflows))
        // var i int = 1.5 -> (truncated)
        XCTAssertEqual(lit("1.5", .float).representation(as: .int, from: .untypedFloat), .failure(.truncated))
        // var i8 int8 = 1000.0 -> (truncated): the operand's type decides, not the value
        XCTAssertEqual(lit("1000.0", .float).representation(as: .int8, from: .untypedFloat), .failure(.truncated))
        // var z2 int64 = 1e19 -> (truncated)
        XCTAssertEqual(lit("1e19", .float).representation(as: .int64, from: .untypedFloat), .failure(.truncated))
        // var u uint = -1 -> (overflows)
        XCTAssertEqual(ConstantValue.make(Int64(-1)).representation(as: .uint, from: .untypedInt), .failure(.overflows))
        // var f float32 = 1e1000 -> (overflows)
        XCTAssertEqual(lit("1e1000", .float).representation(as: .float32, from: .untypedFloat), .failure(.overflows))
        // var c64 complex64 = 1e39i -> (overflows)
        XCTAssertEqual(lit("1e39i", .imaginary).representation(as: .complex64, from: .untypedComplex), .failure(.overflows))
        // var m rune = 1e10 -> (truncated)
        XCTAssertEqual(lit("1e10", .float).representation(as: .int32, from: .untypedFloat), .failure(.truncated))
        // var k byte = 'a' + 200 -> (overflows)
        XCTAssertEqual(ConstantValue.make(Int64(297)).representation(as: .uint8, from: .untypedRune), .failure(.overflows))
        // var s string = 1.5; var q bool = 1; var i int = "x" -> no suffix
        XCTAssertEqual(lit("1.5", .float).representation(as: .string, from: .untypedFloat), .failure(.notRepresentable))
        XCTAssertEqual(lit("1", .int).representation(as: .bool, from: .untypedInt), .failure(.notRepresentable))
        XCTAssertEqual(ConstantValue.make("x").representation(as: .int, from: .untypedString), .failure(.notRepresentable))
        // value-based source kind
        XCTAssertEqual(lit("2.5", .float).representation(as: .uint), .failure(.truncated))
        XCTAssertEqual(lit("2.0", .float).representation(as: .uint), .success(.int(2)))
        // var n float32 = 1e-50 is fine: it rounds to 0
        XCTAssertEqual(lit("1e-50", .float).representation(as: .float32), .success(.make(0.0)))
        // unknown is representable by anything (no follow-up errors)
        XCTAssertEqual(ConstantValue.unknown.representation(as: .int8), .success(.unknown))
    }

    func testMessages() {
        XCTAssertEqual(RepresentationFailure.overflows.assignmentSuffix, " (overflows)")
        XCTAssertEqual(RepresentationFailure.truncated.assignmentSuffix, " (truncated)")
        XCTAssertEqual(RepresentationFailure.notRepresentable.assignmentSuffix, "")
        let op = constantOperandString(expression: "1.5", value: lit("1.5", .float), typeName: "untyped float", untyped: true)
        XCTAssertEqual(op, "1.5 (untyped float constant)")
        XCTAssertEqual(RepresentationFailure.truncated.conversionMessage(operand: op, type: "uint"),
                       "1.5 (untyped float constant) truncated to uint")
        XCTAssertEqual(RepresentationFailure.notRepresentable.conversionMessage(operand: op, type: "int8"),
                       "cannot convert 1.5 (untyped float constant) to type int8")
        let shl = try! ConstantValue.shift(.make(Int64(1)), .left, 100)
        XCTAssertEqual(constantOperandString(expression: "1 << 100", value: shl, typeName: "untyped int", untyped: true),
                       "1 << 100 (untyped int constant 1267650600228229401496703205376)")
        XCTAssertEqual(constantOperandString(expression: "c", value: lit("1e1000", .float), typeName: "untyped float", untyped: true),
                       "c (untyped float constant 1e+1000)")
        XCTAssertEqual(constantOperandString(expression: "1000.0", value: lit("1000.0", .float), typeName: "untyped float", untyped: true),
                       "1000.0 (untyped float constant 1000)")
        XCTAssertEqual(constantOperandString(expression: "x * 2", value: .make(Int64(200)), typeName: "int8", untyped: false),
                       "x * 2 (constant 200 of type int8)")
        XCTAssertEqual("cannot use " + constantOperandString(expression: "300", value: .make(Int64(300)), typeName: "untyped int", untyped: true)
                       + " as int8 value in variable declaration" + RepresentationFailure.overflows.assignmentSuffix,
                       "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)")
    }

    func testTypedArithmeticOverflow() throws {
        // ^uint8(0) + 1 (constant 256 of type uint8) overflows uint8
        let m = try ConstantValue.unary(.complement, .make(Int64(0)), precision: 8)
        let r = try ConstantValue.binary(m, .add, .make(Int64(1)))
        XCTAssertEqual(r.description, "256")
        XCTAssertEqual(r.representation(as: .uint8, from: .uint8), .failure(.overflows))
        // -uint(1) (constant -1 of type uint) overflows uint
        let n = try ConstantValue.unary(.minus, .make(Int64(1)))
        XCTAssertFalse(n.isRepresentable(as: .uint))
    }

    func testFloat32Rounding() {
        // 16777217 = 2^24 + 1 rounds to 2^24 (tie to even); 16777219 rounds up.
        XCTAssertEqual(ConstantValue.make(Int64(16777217)).represented(as: .float32), .make(16777216.0))
        XCTAssertEqual(ConstantValue.make(Int64(16777219)).represented(as: .float32), .make(16777220.0))
        XCTAssertEqual(lit("0.1", .float).represented(as: .float32), .make(Double(Float(0.1))))
        XCTAssertEqual(lit("0.1", .float).represented(as: .float64), .make(0.1))
        // the largest float32 and the overflow threshold (half an ulp above, ties to even -> 2^128)
        XCTAssertEqual(lit("0x1.fffffe8p127", .float).represented(as: .float32), .make(Double(Float.greatestFiniteMagnitude)))
        XCTAssertNil(lit("0x1.ffffffp127", .float).represented(as: .float32))
        // subnormals: 2^-149 is the smallest; 2^-150 ties to 0; 1.5 * 2^-150 rounds up.
        XCTAssertEqual(lit("0x1p-149", .float).represented(as: .float32), .make(Double(Float.leastNonzeroMagnitude)))
        XCTAssertEqual(lit("0x1p-150", .float).represented(as: .float32), .make(0.0))
        XCTAssertEqual(lit("0x1.8p-150", .float).represented(as: .float32), .make(Double(Float.leastNonzeroMagnitude)))
        XCTAssertEqual(lit("0x1.8p-1075", .float).represented(as: .float64), .make(Double.leastNonzeroMagnitude))
        XCTAssertEqual(lit("0x1p-1075", .float).represented(as: .float64), .make(0.0))
        // complex parts round separately
        let c = try! ConstantValue.binary(lit("0.1", .float), .add, lit("0.1i", .imaginary))
        XCTAssertEqual(c.represented(as: .complex64), .complex(.make(Double(Float(0.1))), .make(Double(Float(0.1)))))
    }

    func testIntegerBoundaries() {
        let kinds: [(BasicKind, BigInt, BigInt)] = [
            (.int8, -128, 127), (.int16, -32768, 32767), (.int32, -(BigInt(1) << 31), (BigInt(1) << 31) - 1),
            (.int64, -(BigInt(1) << 63), (BigInt(1) << 63) - 1), (.int, -(BigInt(1) << 63), (BigInt(1) << 63) - 1),
            (.uint8, 0, 255), (.uint16, 0, 65535), (.uint32, 0, (BigInt(1) << 32) - 1),
            (.uint64, 0, (BigInt(1) << 64) - 1), (.uint, 0, (BigInt(1) << 64) - 1), (.uintptr, 0, (BigInt(1) << 64) - 1),
        ]
        for (k, lo, hi) in kinds {
            XCTAssertTrue(ConstantValue.int(lo).isRepresentable(as: k), "\(lo) as \(k)")
            XCTAssertTrue(ConstantValue.int(hi).isRepresentable(as: k), "\(hi) as \(k)")
            XCTAssertFalse(ConstantValue.int(lo - 1).isRepresentable(as: k), "\(lo - 1) as \(k)")
            XCTAssertFalse(ConstantValue.int(hi + 1).isRepresentable(as: k), "\(hi + 1) as \(k)")
            XCTAssertEqual(ConstantValue.make(numerator: hi * 2, denominator: 2).represented(as: k), .int(hi), "\(hi).0 as \(k)")
        }
        XCTAssertTrue(ConstantValue.int(BigInt(1) << 600).isRepresentable(as: .untypedInt))
        XCTAssertTrue(ConstantValue.make(true).isRepresentable(as: .untypedBool))
        XCTAssertFalse(ConstantValue.make(true).isRepresentable(as: .string))
    }

    func testCodePointString() {
        XCTAssertEqual(ConstantValue.make(Int64(0x4E16)).codePointString.stringValue, "世")
        XCTAssertEqual(ConstantValue.make(Int64(-1)).codePointString.stringValue, "\u{FFFD}")
        XCTAssertEqual(ConstantValue.make(Int64(0xD800)).codePointString.stringValue, "\u{FFFD}")
        XCTAssertEqual(ConstantValue.make(Int64(0x110000)).codePointString.stringValue, "\u{FFFD}")
    }

    func testZeroIsNormalized() throws {
        let z = ConstantValue.make(Int64(0))
        XCTAssertEqual(try ConstantValue.unary(.minus, z), z)
        XCTAssertEqual(try ConstantValue.binary(.make(Int64(-7)), .rem, .make(Int64(7))), z)
        XCTAssertEqual(try ConstantValue.binary(.make(Int64(-1)), .intQuo, .make(Int64(2))), z)
        XCTAssertEqual(try ConstantValue.binary(.make(Int64(-4)), .and, .make(Int64(3))), z)
        XCTAssertEqual(try ConstantValue.shift(.make(Int64(1)), .right, 5), z)
        XCTAssertEqual(try ConstantValue.unary(.minus, .make(0.0)), .make(0.0))
    }
}

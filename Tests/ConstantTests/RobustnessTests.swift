// Every operator on every pair from a pool of awkward values: nothing may
// trap or hang; errors come back as ConstantError or unknown values.
import XCTest
@testable import Constant

final class RobustnessTests: XCTestCase {
    func pool() -> [ConstantValue] {
        var p: [ConstantValue] = [
            .unknown, .make(true), .make(false), .make(""), .make("héllo"), .make(bytes: [0xff, 0x00]),
            .make(Int64(0)), .make(Int64(1)), .make(Int64(-1)), .make(Int64.max), .make(Int64.min), .make(UInt64.max),
            .int(BigInt(1) << 511), .int(-(BigInt(1) << 600)), .make(0.0), .make(0.1), .make(-2.5),
            .make(Double.greatestFiniteMagnitude), .make(Double.leastNonzeroMagnitude),
        ]
        for lit in ["1e1000000", "1e-1000000", "0x1p-5000", "1e600000000", "1.5e-600000000", "12345678901234567890.125"] {
            p.append(ConstantValue.fromLiteral(lit, kind: .float))
        }
        for lit in ["0i", "2i", "1e1000000i", "0x1p-5000i"] {
            p.append(ConstantValue.fromLiteral(lit, kind: .imaginary))
        }
        p.append(.complex(.make(1.5), .int(BigInt(1) << 300)))
        return p
    }

    func testAllOperatorsOnAllPairs() {
        let values = pool()
        let binary: [BinaryOperator] = [.add, .sub, .mul, .quo, .intQuo, .rem, .and, .or, .xor, .andNot, .logicalAnd, .logicalOr]
        let comparisons: [ComparisonOperator] = [.eql, .neq, .lss, .leq, .gtr, .geq]
        var results = 0
        let start = Date()
        for x in values {
            for op in [UnaryOperator.plus, .minus, .complement, .not] {
                for prec in [0, 8, 64, Int.max] {
                    if let r = try? ConstantValue.unary(op, x, precision: prec) { results += r.description.isEmpty ? 0 : 1 }
                }
            }
            for op in [ShiftOperator.left, .right] {
                for n: UInt64 in [0, 1, 64, 1074, 1075, .max] {
                    if let r = try? ConstantValue.shift(x, op, n) { results += r.description.isEmpty ? 0 : 1 }
                }
            }
            for k in BasicKind.allCases {
                _ = x.representation(as: k)
            }
            _ = (x.toInt, x.toFloat, x.toComplex, x.float64Value, x.float32Value, x.int64Value, x.uint64Value)
            _ = (x.sign, x.bitLen, x.real, x.imag, x.numerator, x.denominator, x.exactString, x.codePointString)
            for y in values {
                for op in binary {
                    if let r = try? ConstantValue.binary(x, op, y) { results += r.exactString.isEmpty ? 0 : 1 }
                }
                for op in comparisons { _ = ConstantValue.compare(x, op, y) }
            }
        }
        XCTAssertGreaterThan(results, 1000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 30)
    }

    func testMalformedLiteralsNeverTrap() {
        let junk = ["", "0x", "0b", "0o", ".", "e", "p", "1e", "0x1p", "0x.p1", "1..2", "_", "0_", "1__2", "0xg", "08",
                    "1e+-3", "1i2", "i", "0x1.8", "0b102", "9" + String(repeating: "9", count: 300) + "e-99999999999",
                    "'", "''", "'\\", "'\\x", "'\\u12'", "\"", "\"\\", "`", "\"\\U0011FFFF\"", "'\\377\\377'", "é", "\u{0}"]
        for j in junk {
            for k in [LiteralKind.int, .float, .imaginary, .rune, .string] {
                _ = ConstantValue.fromLiteral(j, kind: k)
            }
            _ = checkNumberLiteral(j)
            _ = try? unquoteString(j)
            _ = try? unquoteRune(j)
        }
    }
}

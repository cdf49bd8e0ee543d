// BigUInt and BigInt (Sources/Constant/BigUInt.swift, BigInt.swift): the
// arithmetic checked against machine integers where they suffice and
// against its own identities (q·d + r = n, 0 ≤ r < d; shifts as products
// of powers of two; decimal strings round-tripping) on random operands of
// up to 1,000 bits, Knuth division's rare corrections included.

import XCTest
@testable import Constant

final class BigNumTests: XCTestCase {
    /// A deterministic generator (xorshift), so failures reproduce.
    struct Rand {
        var s: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next() -> UInt64 { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return s }
        mutating func big(maxLimbs: Int) -> BigUInt {
            let n = Int(next() % UInt64(maxLimbs + 1))
            // limbs near the extremes exercise carries and Knuth's corrections
            return BigUInt(limbs: (0..<n).map { _ in
                switch next() % 4 { case 0: return UInt64.max; case 1: return 1 << 63; default: return next() }
            })
        }
    }

    func testAgainstMachineIntegers() {
        var r = Rand()
        for _ in 0..<2000 {
            let a = r.next() >> 1, b = (r.next() >> 33) | 1
            XCTAssertEqual(BigUInt(a) + BigUInt(b), BigUInt(a + b))
            XCTAssertEqual(BigUInt(a) - BigUInt(b), BigUInt(a - b))
            XCTAssertEqual(BigUInt(a >> 32) * BigUInt(b), BigUInt((a >> 32) * b))
            XCTAssertEqual(BigUInt(a) / BigUInt(b), BigUInt(a / b))
            XCTAssertEqual(BigUInt(a) % BigUInt(b), BigUInt(a % b))
            XCTAssertEqual(BigUInt(a) >> 7, BigUInt(a >> 7))
            XCTAssertEqual(String(BigUInt(a)), String(a))
            XCTAssertEqual(String(BigUInt(a), radix: 16), String(a, radix: 16))
            let x = Int64(bitPattern: r.next()) >> 2, y = Int64(bitPattern: r.next()) >> 34 | 1
            XCTAssertEqual(BigInt(x) + BigInt(y), BigInt(x + y))
            XCTAssertEqual(BigInt(x) - BigInt(y), BigInt(x - y))
            XCTAssertEqual(BigInt(x) / BigInt(y), BigInt(x / y))
            XCTAssertEqual(BigInt(x) % BigInt(y), BigInt(x % y))
            XCTAssertEqual(BigInt(x) >> 5, BigInt(x >> 5))
            XCTAssertEqual(BigInt(x) < BigInt(y), x < y)
            XCTAssertEqual(Int64(exactly: BigInt(x)), x)
            XCTAssertEqual(Double(BigInt(x)), Double(x))
        }
        XCTAssertEqual(Int64(exactly: BigInt(Int64.min)), Int64.min)
        XCTAssertNil(Int64(exactly: BigInt(Int64.min) - 1))
        XCTAssertNil(Int64(exactly: BigInt(UInt64(1) << 63)))
        XCTAssertEqual(UInt64(exactly: BigUInt(UInt64.max)), UInt64.max)
        XCTAssertNil(UInt64(exactly: BigUInt(UInt64.max) + 1))
        XCTAssertNil(UInt64(exactly: BigInt(-1)))
    }

    func testDivisionIdentities() {
        var r = Rand()
        for _ in 0..<3000 {
            let n = r.big(maxLimbs: 16)
            var d = r.big(maxLimbs: 9)
            if d.isZero { d = BigUInt(3) }
            let (q, rem) = n.quotientAndRemainder(dividingBy: d)
            XCTAssertEqual(q * d + rem, n)
            XCTAssertLessThan(rem, d)
        }
    }

    func testShiftsAndBits() {
        var r = Rand()
        for _ in 0..<500 {
            let a = r.big(maxLimbs: 6)
            let k = Int(r.next() % 200)
            XCTAssertEqual(a << k, a * BigUInt(2).power(k))
            XCTAssertEqual((a << k) >> k, a)
            XCTAssertEqual(a >> k, a / BigUInt(2).power(k))
            XCTAssertEqual((a << k).trailingZeroBitCount, a.isZero ? 0 : a.trailingZeroBitCount + k)
            XCTAssertEqual((a ^ a), BigUInt())
            XCTAssertEqual((a | a) & a, a)
        }
        XCTAssertEqual((BigUInt(1) << 200).bitWidth, 201)
        XCTAssertEqual(BigInt(-5) >> 1, BigInt(-3))
    }

    func testDecimalStrings() {
        XCTAssertEqual(String(BigUInt(1) << 200), "1606938044258990275541962092341162602522202993782792835301376")
        XCTAssertEqual(String(BigUInt(10).power(40) - 1), String(repeating: "9", count: 40))
        XCTAssertEqual(String(BigInt(-1) * BigInt(BigUInt(1) << 64)), "-18446744073709551616")
        XCTAssertEqual(String(BigUInt(255) << 64, radix: 16), "ff0000000000000000")
        XCTAssertEqual(BigUInt(12).greatestCommonDivisor(with: BigUInt(18)), BigUInt(6))
    }

    func testDoubleRounding() {
        // ties to even at 2^53 + 1 and 2^64 + 2^11 (halfway), beyond 64 bits with sticky bits
        XCTAssertEqual(Double(BigUInt((1 << 53) + 1)), 9007199254740992)
        XCTAssertEqual(Double((BigUInt(1) << 64) + BigUInt(1 << 11)), 18446744073709551616)
        XCTAssertEqual(Double((BigUInt(1) << 64) + BigUInt(1 << 11) + 1), 18446744073709555712)
        XCTAssertEqual(Double(BigUInt(1) << 1100), .infinity)
        XCTAssertEqual(BigUInt(exactly: 1e30).map { String($0) }, "1000000000000000019884624838656")
        XCTAssertNil(BigUInt(exactly: 0.5))
        XCTAssertEqual(BigInt(exactly: -3.0), BigInt(-3))
    }
}

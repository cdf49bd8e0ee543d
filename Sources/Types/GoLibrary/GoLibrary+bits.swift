// Package math/bits in Go, over the natives for 64-bit words (OnesCount,
// LeadingZeros64, TrailingZeros, Len, Reverse8, RotateLeft32, Add64,
// Mul64): the narrower and wider forms, Sub, and Div/Rem by restoring
// division of the 128-bit dividend, with Go's runtime-error panics for a
// zero divisor and a quotient that overflows.
extension GoLibrary {
    static let bits = #"""
package bits

type runtimeErr string

func (e runtimeErr) Error() string { return "runtime error: " + string(e) }
func (e runtimeErr) RuntimeError() {}

var (
	divideError   error = runtimeErr("integer divide by zero")
	overflowError error = runtimeErr("integer overflow")
)

func LeadingZeros(x uint) int     { return 64 - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len(uint(x)) }
func LeadingZeros16(x uint16) int { return 16 - Len(uint(x)) }
func LeadingZeros32(x uint32) int { return 32 - Len(uint(x)) }

func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return TrailingZeros(uint(x))
}

func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return TrailingZeros(uint(x))
}

func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return TrailingZeros(uint(x))
}

func TrailingZeros64(x uint64) int { return TrailingZeros(uint(x)) }

func OnesCount8(x uint8) int   { return OnesCount(uint(x)) }
func OnesCount16(x uint16) int { return OnesCount(uint(x)) }
func OnesCount32(x uint32) int { return OnesCount(uint(x)) }
func OnesCount64(x uint64) int { return OnesCount(uint(x)) }

func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

func Reverse(x uint) uint { return uint(Reverse64(uint64(x))) }

func Reverse16(x uint16) uint16 {
	return uint16(Reverse8(uint8(x)))<<8 | uint16(Reverse8(uint8(x>>8)))
}

func Reverse32(x uint32) uint32 {
	return uint32(Reverse16(uint16(x)))<<16 | uint32(Reverse16(uint16(x>>16)))
}

func Reverse64(x uint64) uint64 {
	return uint64(Reverse32(uint32(x)))<<32 | uint64(Reverse32(uint32(x>>32)))
}

func ReverseBytes(x uint) uint { return uint(ReverseBytes64(uint64(x))) }

func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

func ReverseBytes32(x uint32) uint32 {
	return uint32(ReverseBytes16(uint16(x)))<<16 | uint32(ReverseBytes16(uint16(x>>16)))
}

func ReverseBytes64(x uint64) uint64 {
	return uint64(ReverseBytes32(uint32(x)))<<32 | uint64(ReverseBytes32(uint32(x>>32)))
}

func Len8(x uint8) int           { return Len(uint(x)) }
func Len16(x uint16) (n int)     { return Len(uint(x)) }
func Len32(x uint32) (n int)     { return Len(uint(x)) }
func Len64(x uint64) (n int)     { return Len(uint(x)) }

func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	s := uint64(x) + uint64(y) + uint64(carry)
	return uint32(s), uint32(s >> 32)
}

func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	return diff, ((^x & y) | (^(x ^ y) & diff)) >> 31
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	return diff, ((^x & y) | (^(x ^ y) & diff)) >> 63
}

func Mul(x, y uint) (hi, lo uint) {
	h, l := Mul64(uint64(x), uint64(y))
	return uint(h), uint(l)
}

func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

func Div(hi, lo, y uint) (quo, rem uint) {
	q, r := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(q), uint(r)
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	z := uint64(hi)<<32 | uint64(lo)
	return uint32(z / uint64(y)), uint32(z % uint64(y))
}

// Div64: (hi, lo) / y one quotient bit at a time; the remainder stays below y.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	r := hi
	for i := 63; i >= 0; i-- {
		carry := r >> 63
		r = r<<1 | (lo>>uint(i))&1
		if carry != 0 || r >= y {
			r -= y
			quo |= 1 << uint(i)
		}
	}
	return quo, r
}

func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 {
	return uint32((uint64(hi)<<32 | uint64(lo)) % uint64(y))
}

func Rem64(hi, lo, y uint64) uint64 {
	_, rem := Div64(hi%y, lo, y)
	return rem
}
"""#
}

// run

// math/bits: every function at its edges (zero, all ones, one bit), Add/Sub carries and borrows, Mul/Div/Rem across 64 and 32 bits, and the panics of Div64 for a zero divisor and an overflowing quotient.

package main

import (
	"fmt"
	"math/bits"
)

func main() {
	for _, x := range []uint64{0, 1, 0x80, 0xF0F0, 0x12345678, 0x8000000000000000, ^uint64(0), 0x0123456789ABCDEF} {
		fmt.Println(bits.LeadingZeros64(x), bits.LeadingZeros32(uint32(x)), bits.LeadingZeros16(uint16(x)), bits.LeadingZeros8(uint8(x)), bits.LeadingZeros(uint(x)),
			bits.TrailingZeros64(x), bits.TrailingZeros32(uint32(x)), bits.TrailingZeros16(uint16(x)), bits.TrailingZeros8(uint8(x)),
			bits.OnesCount64(x), bits.OnesCount32(uint32(x)), bits.OnesCount16(uint16(x)), bits.OnesCount8(uint8(x)),
			bits.Len64(x), bits.Len32(uint32(x)), bits.Len16(uint16(x)), bits.Len8(uint8(x)))
		fmt.Printf("%x %x %x %x %x\n", bits.RotateLeft64(x, 12), bits.RotateLeft64(x, -4), bits.RotateLeft32(uint32(x), 5), bits.RotateLeft16(uint16(x), -3), bits.RotateLeft8(uint8(x), 9))
		fmt.Printf("%x %x %x %x %x\n", bits.Reverse64(x), bits.Reverse32(uint32(x)), bits.Reverse16(uint16(x)), bits.Reverse8(uint8(x)), bits.Reverse(uint(x)))
		fmt.Printf("%x %x %x %x\n", bits.ReverseBytes64(x), bits.ReverseBytes32(uint32(x)), bits.ReverseBytes16(uint16(x)), bits.ReverseBytes(uint(x)))
	}
	s, c := bits.Add64(^uint64(0), 1, 0)
	d, b := bits.Sub64(0, 1, 0)
	s32, c32 := bits.Add32(^uint32(0), 1, 1)
	d32, b32 := bits.Sub32(5, 7, 1)
	fmt.Println(s, c, d, b, s32, c32, d32, b32)
	hi, lo := bits.Mul64(^uint64(0), ^uint64(0))
	h32, l32 := bits.Mul32(0xFFFFFFFF, 3)
	fmt.Println(hi, lo, h32, l32)
	q, r := bits.Div64(hi-1, lo, ^uint64(0))
	q32, r32 := bits.Div32(2, 7, 9)
	fmt.Println(q, r, q32, r32, bits.Rem64(100, 7, 13), bits.Rem32(5, 5, 3), bits.Rem(1, 2, 3))
	for _, y := range []uint64{0, 3} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Div64(5, 0, y))
		}()
	}
}

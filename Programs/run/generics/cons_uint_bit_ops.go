// run

// Bitwise generics over ~uint8|~uint16|~uint32|~uint64: PopCount, bit reversal, rotations, MaxOf via ^T(0), bit width via size probing, overflow wraparound in generic code, and signed shifts over ~int8|~int16|~int32.

package main

import (
	"fmt"
	"math/bits"
)

type Unsigned interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Signed interface{ ~int8 | ~int16 | ~int32 }

func MaxOf[T Unsigned]() T { return ^T(0) }

func Width[T Unsigned]() int {
	n := 0
	for v := MaxOf[T](); v != 0; v >>= 1 {
		n++
	}
	return n
}

func PopCount[T Unsigned](x T) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

func Reverse[T Unsigned](x T) T {
	var r T
	for range Width[T]() {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func RotateLeft[T Unsigned](x T, k int) T {
	w := Width[T]()
	k = ((k % w) + w) % w
	return x<<k | x>>(w-k)
}

func SetBits[T Unsigned](positions ...int) T {
	var x T
	for _, p := range positions {
		x |= T(1) << p
	}
	return x
}

func Binary[T Unsigned](x T) string { return fmt.Sprintf("%0*b", Width[T](), x) }

func SumWrap[T Unsigned | Signed](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func ArithShift[T Signed](x T, n uint) (T, T) { return x >> n, x << n }

type Flags uint16
type Octet uint8

func main() {
	fmt.Println(MaxOf[uint8](), MaxOf[uint16](), MaxOf[uint32](), MaxOf[uint64](), MaxOf[Flags]())
	fmt.Println(Width[Octet](), Width[uint16](), Width[uint32](), Width[uint64]())
	for _, x := range []uint32{0, 1, 0xF0F0, 0xFFFFFFFF, 0x80000001} {
		fmt.Print(PopCount(x), "/", bits.OnesCount32(x), " ")
	}
	fmt.Println()
	fmt.Println(Binary(Octet(0b00010110)), Binary(Reverse(Octet(0b00010110))))
	fmt.Println(Reverse(uint32(1)) == 1<<31, Reverse(uint64(0x0F)) == bits.Reverse64(0x0F), Reverse(uint16(0x1234)) == bits.Reverse16(0x1234))
	fmt.Println(Binary(RotateLeft(Octet(0b10000011), 1)), Binary(RotateLeft(Octet(0b10000011), -1)), RotateLeft(uint32(0x12345678), 8) == bits.RotateLeft32(0x12345678, 8))
	f := SetBits[Flags](0, 3, 15)
	fmt.Printf("%v %#x %s %d\n", f, f, Binary(f), PopCount(f))
	fmt.Println(SumWrap[uint8](200, 100), SumWrap(Octet(255), 1), SumWrap[int8](100, 100), SumWrap[int16](-32768, -1))
	r8, l8 := ArithShift[int8](-64, 2)
	fmt.Println(r8, l8)
	fmt.Println(ArithShift(int16(-1), 15))
	r32, l32 := ArithShift[int32](1<<30, 1)
	fmt.Println(r32, l32)
	var m Flags = 0xFFFF
	m &^= SetBits[Flags](1, 2, 3)
	fmt.Println(Binary(m), m^MaxOf[Flags](), -m, ^m)
	fmt.Printf("%T %T\n", Reverse(Octet(1)), SumWrap[int8]())
}

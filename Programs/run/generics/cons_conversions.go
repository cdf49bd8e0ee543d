// run

// Conversions between type parameters and constants through constraints: T(x) with numeric unions, overflow wraparound, float truncation.

package main

import (
	"fmt"
	"math"
)

type Int interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Float interface{ ~float32 | ~float64 }

func Conv[To, From Int | Float](x From) To { return To(x) }

func Wrap[T Int](x T) T { return x + 1 }

func Halve[T Int | Float](x T) T { return x / 2 }

func FromInt[T Int | Float](n int) T { return T(n) }

func Max[T Int]() T {
	var z T
	m := ^z
	if m < 0 {
		for bits := 8; ; bits *= 2 {
			v := T(1) << (bits - 1)
			if v < 0 {
				return ^v
			}
		}
	}
	return m
}

type Byte uint8

func main() {
	fmt.Println(Conv[int8](200), Conv[uint8](-1), Conv[int16](70000), Conv[uint32](int64(-1)))
	fmt.Println(Conv[int](3.99), Conv[int](-3.99), Conv[float32](1.0/3.0), Conv[float64](float32(0.1)))
	fmt.Println(Wrap(int8(127)), Wrap(uint8(255)), Wrap(Byte(254)), Wrap(int64(math.MaxInt64)))
	fmt.Println(Halve(7), Halve(7.0), Halve(int8(-7)), Halve(uint16(9)), Halve(float32(1)))
	fmt.Println(FromInt[float64](3)/2, FromInt[int8](130), FromInt[Byte](513))
	fmt.Println(Max[int8](), Max[uint16](), Max[int32](), Max[uint64](), Max[int64]())
	fmt.Printf("%T %T\n", Conv[Byte](3.0), Halve(Byte(4)))
}

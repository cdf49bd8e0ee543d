// run

// Inference from untyped constants: mixed kinds pick the "largest" default type (int < rune < float64 < complex128), typed arguments win over untyped ones, constant expressions and shifts, named types, and %T of every result.

package main

import (
	"cmp"
	"fmt"
)

type Num interface {
	~int | ~int8 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~complex128
}

func Max[T cmp.Ordered](a, b T) T {
	if b > a {
		return b
	}
	return a
}

func Scale[T Num](k T, xs ...T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = k * x
	}
	return out
}

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[T any](a, b T) [2]T { return [2]T{a, b} }

func Show[T any](v T) string { return fmt.Sprintf("%v:%T", v, v) }

type Meters float64
type Level int8

const Big = 1 << 40
const Third = 1.0 / 3

func main() {
	fmt.Println(Show(Sum(1, 2, 3)), Show(Sum(1, 2.5)), Show(Sum(1, 'a')), Show(Sum('a', 1.5)), Show(Sum(1, 2i)))
	fmt.Println(Show(Pair(1, 'x')), Show(Pair(2.0, 3)), Show(Pair("a", "b")), Show(Pair(1e3, 'z')))
	var m Meters = 2
	fmt.Println(Show(Sum(m, 1, 0.5)), Show(Sum(1, m)), Show(Sum[Level](1, 2, 120)))
	var f32 float32 = 0.5
	fmt.Println(Show(Sum(f32, 1, Third)), Show(Sum(Third, 1)), Show(Sum(Big, 1)), Show(Sum(int64(1), Big)))
	fmt.Println(Show(Sum(1<<3, 7&3, 10%4)), Show(Sum(1.5*2, 1)), Show(Sum('a'-'A', 0)))
	const typed int32 = 5
	fmt.Println(Show(Sum(typed, 1)), Show(Sum(1, typed)), Show(Pair(uint(3), 4)))
	fmt.Println(Show(Max(3, 7)), Show(Max("go", "swift")), Show(Max(2, 'a')), Show(Max(Level(1), 1)), Show(Max(1, 0.5)))
	fmt.Println(Show(Scale(2, 1.5, 3)), Show(Scale(1i, 1, 2)), Show(Scale[Meters](0.5, 4)))
	fmt.Println(Show(Sum[float64]()), Show(Sum[complex128]()), Show(Pair[any](1, "x")))
	s := 1 << 3 // an untyped constant shift in a short var decl is int
	fmt.Println(Show(Sum(s, 1)), Show(Pair(Level(-1), -128)))
}

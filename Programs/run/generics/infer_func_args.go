// run

// Type inference from function-typed arguments, untyped constants, and partial explicit instantiation.

package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Convert[To, From any](xs []From, f func(From) To) []To { return Map(xs, f) }

func Apply[T any](f func(T) T, x T, n int) T {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func Pick[T any](cond bool, a, b T) T {
	if cond {
		return a
	}
	return b
}

func double(x int) int { return 2 * x }

func main() {
	fmt.Println(Map([]int{1, 2, 3}, strconv.Itoa))
	fmt.Println(Map([]string{"1", "x", "3"}, func(s string) error { _, err := strconv.Atoi(s); return err }))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, "", func(a string, x int) string { return a + strconv.Itoa(x) }))
	fmt.Println(Reduce([]float64{1, 2, 3}, 0.5, func(a, x float64) float64 { return a * x }))
	r := Convert[float64]([]int{1, 2}, func(i int) float64 { return float64(i) + 0.5 })
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(Apply(double, 1, 10))
	fmt.Println(Apply(func(s string) string { return s + "ab" }, "", 3))
	x := Pick(true, 1, 2.5)
	fmt.Printf("%v %T\n", x, x)
	y := Pick(false, 'a', 2)
	fmt.Printf("%v %T\n", y, y)
	var f32 float32 = 1.5
	z := Pick(false, f32, 3)
	fmt.Printf("%v %T\n", z, z)
	m := Map[int, int]
	fmt.Println(m([]int{5, 6}, double))
}

// errorcheck -0 -m -l

// closures capturing type-parameter values, by value and by reference.

package main

import "fmt"

func Const[T any](v T) func() T {
	return func() T { return v } // ERROR "func literal escapes to heap$"
}

func Counter[T int | float64](step T) func() T {
	var total T // ERROR "moved to heap: total$"
	return func() T { // ERROR "func literal escapes to heap$"
		total += step
		return total
	}
}

func Apply[T any](v T, f func(T) T) T {
	return f(v)
}

func Twice[T any](v T, f func(T) T) T {
	g := func(x T) T { return f(f(x)) } // ERROR "func literal does not escape$"
	return g(v)
}

func Latest[T any](xs []T) T {
	var last T
	each := func() { // ERROR "func literal does not escape$"
		for _, x := range xs {
			last = x
		}
	}
	each()
	return last
}

func main() {
	c := Const("k")
	n := Counter(2)
	n()
	off := 10
	r := Apply(1, func(x int) int { return x + off }) // ERROR "func literal does not escape$"
	t := Twice(3.0, func(x float64) float64 { return x * 2 }) // ERROR "func literal does not escape$"
	l := Latest([]string{"a", "b"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	fmt.Println(c(), n(), r, t, l) // ERROR "\.\.\. argument does not escape$" "c\(\) escapes to heap$" "n\(\) escapes to heap$" "r escapes to heap$" "t escapes to heap$" "l escapes to heap$"
}

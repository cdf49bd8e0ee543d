// errorcheck -0 -m -l

// higher-order generic helpers: Reduce, Filter in place, and a func-typed accumulator.

package main

import "fmt"

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func FilterInPlace[T any](xs []T, keep func(T) bool) []T {
	out := xs[:0]
	for _, x := range xs {
		if keep(x) {
			out = append(out, x) // ERROR "append escapes to heap$"
		}
	}
	return out
}

func Ptrs[T any](xs []T) []*T {
	out := make([]*T, len(xs)) // ERROR "make\(\[\]\*go\.shape\.string, len\(xs\)\) escapes to heap$"
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}

func main() {
	xs := []int{1, 2, 3, 4} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sum := Reduce(xs, 0, func(a, x int) int { return a + x }) // ERROR "func literal does not escape$"
	strs := Reduce(xs, "", func(a string, x int) string { return a + fmt.Sprint(x) }) // ERROR "a does not escape$" "a \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "\.\.\. argument does not escape$" "x escapes to heap$" "func literal does not escape$"
	evens := FilterInPlace(xs, func(x int) bool { return x%2 == 0 }) // ERROR "func literal does not escape$"
	ps := Ptrs([]string{"a", "b"}) // ERROR "\[\]string\{\.\.\.\} escapes to heap$"
	fmt.Println(sum, strs, evens, *ps[0]) // ERROR "\.\.\. argument does not escape$" "sum escapes to heap$" "strs escapes to heap$" "evens escapes to heap$" "\*ps\[0\] escapes to heap$"
}

// errorcheck -0 -m -l

// functions returning iter.Seq and iter.Seq2 built from generic values.

package main

import (
	"fmt"
	"iter"
)

func Values[T any](xs []T) iter.Seq[T] {
	return func(yield func(T) bool) { // ERROR "func literal escapes to heap$"
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) { // ERROR "func literal escapes to heap$"
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func Repeat[T any](v T, n int) iter.Seq[T] {
	return func(yield func(T) bool) { // ERROR "func literal escapes to heap$"
		for i := 0; i < n; i++ {
			if !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) { // ERROR "func literal escapes to heap$"
		seq(func(v T) bool { return yield(f(v)) }) // ERROR "func literal escapes to heap$"
	}
}

func Collect[T any](seq iter.Seq[T]) []T {
	var out []T // ERROR "moved to heap: out$" "moved to heap: out$"
	for v := range seq { // ERROR "moved to heap: #state1$" "func literal escapes to heap$" "moved to heap: #state1$" "func literal escapes to heap$"
		out = append(out, v) // ERROR "append escapes to heap$" "append escapes to heap$"
	}
	return out
}

func main() {
	xs := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	doubled := Collect(Map(Values(xs), func(x int) int { return 2 * x })) // ERROR "func literal escapes to heap$"
	words := Collect(Repeat("go", 2))
	n := 0 // ERROR "moved to heap: n$"
	for i, x := range Enumerate(xs) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		n += i * x
	}
	fmt.Println(doubled, words, n) // ERROR "\.\.\. argument does not escape$" "doubled escapes to heap$" "words escapes to heap$" "n escapes to heap$"
}

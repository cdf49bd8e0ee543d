// errorcheck

package main

type Pair[A, B any] struct {
	First  A
	Second B
}

func Same[T any](p Pair[T, T]) T { return p.First }

func main() {
	_ = Same(Pair[int, int]{1, 2})
	_ = Same(Pair[int, string]{1, "x"}) // ERROR "in call to Same, type Pair\[int, string\] of Pair\[int, string\]\{…\} does not match inferred type"
}

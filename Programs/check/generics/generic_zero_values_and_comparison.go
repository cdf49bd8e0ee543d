// run

package main

import "fmt"

type Opt[T comparable] struct {
	v   T
	set bool
}

func Some[T comparable](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) Or(d T) T {
	if o.set {
		return o.v
	}
	return d
}

func IsZero[T comparable](x T) bool {
	var z T
	return x == z
}

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Some(3).Or(9), Opt[string]{}.Or("def"))
	fmt.Println(IsZero(0), IsZero("x"), IsZero(Opt[int]{}), IsZero[any](nil), IsZero[error](nil))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]any{1, "b"}, any("b")), Index([]float64{1}, 2))
	fmt.Println(Some(1) == Some(1), Some(1) == Opt[int]{v: 1})
}

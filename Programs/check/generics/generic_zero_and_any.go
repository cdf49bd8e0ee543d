// run

package main

import "fmt"

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	var z T
	return v == z
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]     { return Opt[T]{} }

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func main() {
	fmt.Printf("%q %v %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil, Zero[[]int]() == nil)
	fmt.Println(IsZero(0), IsZero("x"), IsZero(struct{ a int }{}))
	fmt.Println(Some(5).Or(1), None[int]().Or(1))
}

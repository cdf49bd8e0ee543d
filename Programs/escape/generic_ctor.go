// errorcheck -0 -m -l

// generic constructors returning &T{...} and new(T), kept local or returned.

package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Opt[T any] struct {
	val T
	set bool
}

func NewPair[K comparable, V any](k K, v V) *Pair[K, V] {
	return &Pair[K, V]{Key: k, Val: v} // ERROR "&Pair\[go\.shape\.string,go\.shape\.int\]\{\.\.\.\} escapes to heap$"
}

func Some[T any](v T) *Opt[T] {
	return &Opt[T]{val: v, set: true} // ERROR "&Opt\[go\.shape\.float64\]\{\.\.\.\} escapes to heap$"
}

func Zero[T any]() *T {
	return new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
}

func Fill[T any](v T) T {
	p := &Opt[T]{val: v} // ERROR "&Opt\[go\.shape\.string\]\{\.\.\.\} does not escape$"
	p.set = true
	return p.val
}

func Make[T any]() *T {
	var t T // ERROR "moved to heap: t$"
	return &t
}

func main() {
	p := NewPair("a", 1)
	o := Some(2.5)
	z := Zero[int]()
	*z = 4
	f := Fill("x")
	m := Make[bool]()
	q := &Pair[int, int]{1, 2} // ERROR "&Pair\[int,int\]\{\.\.\.\} does not escape$"
	fmt.Println(p.Key, o.val, *z, f, *m, q.Val) // ERROR "\.\.\. argument does not escape$" "p\.Key escapes to heap$" "o\.val escapes to heap$" "\*z escapes to heap$" "f escapes to heap$" "\*m escapes to heap$" "q\.Val escapes to heap$"
}

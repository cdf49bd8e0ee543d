// errorcheck -0 -m -l

// generic value types passed and returned by value, with pointer fields leaking through results.

package main

import "fmt"

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] {
	return Pair[A, B]{a, b}
}

func (p Pair[A, B]) Swap() Pair[B, A] {
	return Pair[B, A]{p.Second, p.First}
}

func FirstOf[A, B any](p Pair[A, B]) A {
	return p.First
}

func PtrPair[T any](a, b *T) Pair[*T, *T] {
	return Pair[*T, *T]{a, b}
}

var keep *int

func main() {
	p := MakePair(1, "one")
	q := p.Swap()
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	pp := PtrPair(&x, &y)
	keep = FirstOf(pp)
	fmt.Println(q.First, FirstOf(p), *pp.Second) // ERROR "\.\.\. argument does not escape$" "q\.First escapes to heap$" "FirstOf\[go\.shape\.int,go\.shape\.string\]\(&\.dict\.FirstOf\[int,string\], p\) escapes to heap$" "\*pp\.Second escapes to heap$"
}

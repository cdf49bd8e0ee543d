// errorcheck -0 -m -l

// generic functions taking and returning pointers to type-parameter values.

package main

import "fmt"

func Deref[T any](p *T) T {
	return *p
}

func Ident[T any](p *T) *T {
	return p
}

func Store[T any](p *T, v T) {
	*p = v
}

func AddrOf[T any](v T) *T { // ERROR "moved to heap: v$"
	return &v
}

func Swap[T any](a, b *T) {
	*a, *b = *b, *a
}

func Pick[T any](cond bool, a, b *T) *T {
	if cond {
		return a
	}
	return b
}

func main() {
	x := 1
	y := 2
	Swap(&x, &y)
	Store(&x, 5)
	z := Deref(&y)
	p := Ident(&z)
	q := AddrOf("s")
	s, t := "a", "b"
	r := Pick(x > y, &s, &t)
	fmt.Println(x, *p, *q, *r) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$" "\*p escapes to heap$" "\*q escapes to heap$" "\*r escapes to heap$"
}

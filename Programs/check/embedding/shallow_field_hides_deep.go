// run

package main

import "fmt"

type A struct{ X int }

func (A) Hello() string { return "A" }

type B struct {
	A
	X string
}

type C struct {
	B
}

func (C) Hello() string { return "C" }

type D struct {
	C
	B
}

func main() {
	c := C{B{A{1}, "two"}}
	fmt.Println(c.X, c.A.X, c.Hello(), c.B.Hello())
	d := D{c, B{A{5}, "bx"}}
	fmt.Println(d.Hello(), d.A.X, d.C.X, d.X)
	var h interface{ Hello() string } = d
	fmt.Println(h.Hello())
}

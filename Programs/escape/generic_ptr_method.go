// errorcheck -0 -m -l

// methods on generic types with pointer receivers: receivers stored, returned or only read.

package main

import "fmt"

type Cell[T any] struct {
	v    T
	peer *Cell[T]
}

var lastInt *Cell[int]

func (c *Cell[T]) Get() T          { return c.v }
func (c *Cell[T]) Set(v T)         { c.v = v }
func (c *Cell[T]) Self() *Cell[T]  { return c }
func (c *Cell[T]) Link(o *Cell[T]) { c.peer = o }
func (c *Cell[T]) Addr() *T        { return &c.v }

func (c *Cell[T]) Remember() {
	if p, ok := any(c).(*Cell[int]); ok {
		lastInt = p
	}
}

func main() {
	a := Cell[int]{v: 1}
	b := Cell[int]{v: 2} // ERROR "moved to heap: b$"
	a.Link(&b)
	a.Set(3)
	c := &Cell[string]{v: "x"} // ERROR "&Cell\[string\]\{\.\.\.\} does not escape$"
	d := c.Self()
	e := &Cell[int]{} // ERROR "&Cell\[int\]\{\} escapes to heap$"
	e.Remember()
	fmt.Println(a.Get(), *a.Addr(), d.Get()) // ERROR "\.\.\. argument does not escape$" "\(\*Cell\[go\.shape\.int\]\)\.Get\(a, &\.dict\.Cell\[int\]\) escapes to heap$" "\*\(\*Cell\[go\.shape\.int\]\)\.Addr\(a, &\.dict\.Cell\[int\]\) escapes to heap$" "\(\*Cell\[go\.shape\.string\]\)\.Get\(d, &\.dict\.Cell\[string\]\) escapes to heap$"
}

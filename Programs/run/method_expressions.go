// run

// Method expressions: on plain types (value and pointer receivers, called directly or
// taken as values) and on generic instances.
package main

import "fmt"

type C[T any] struct{ v T }

func (c C[T]) Get() T       { return c.v }
func (c *C[T]) Set(v T)     { c.v = v }
func (c C[T]) Pair(o T) [2]T { return [2]T{c.v, o} }

func main() {
	plainExprs()
	get := C[int].Get
	fmt.Println(get(C[int]{5}))
	set := (*C[string]).Set
	c := &C[string]{"a"}
	set(c, "b")
	fmt.Println(c.v, C[string].Get(*c))
	pair := C[float64].Pair
	fmt.Println(pair(C[float64]{1.5}, 2))
}

type P struct{ x int }

func (p P) Val() int      { return p.x }
func (p *P) Inc(n int)    { p.x += n }

func plainExprs() {
	p := P{1}
	(*P).Inc(&p, 4)
	fmt.Println(P.Val(p), (*P).Val(&p))
	f := P.Val
	fmt.Println(f(P{9}))
}


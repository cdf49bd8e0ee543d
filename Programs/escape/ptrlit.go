// errorcheck -0 -m -l

// &T{} composite literals.

package p

type T struct {
	a, b int
	p    *int
}

var g *T

func f() *T {
	return &T{a: 1} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func h() int {
	t := &T{} // ERROR "&T\{\} does not escape$"
	return t.a
}

func k(p *int) { // ERROR "leaking param: p$"
	g = &T{p: p} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

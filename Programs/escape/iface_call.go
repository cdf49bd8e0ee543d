// errorcheck -0 -m -l

// calling a method through an interface: receiver and arguments escape.

package p

type I interface {
	M(p *int) int
}

func f(i I, x *int) int { // ERROR "leaking param: i$" "leaking param: x$"
	return i.M(x)
}

type T struct{ a int }

func (t *T) M(p *int) int { return t.a + *p } // ERROR "t does not escape$" "p does not escape$"

func h() int {
	t := &T{} // ERROR "&T\{\} escapes to heap$"
	y := 1 // ERROR "moved to heap: y$"
	return f(t, &y)
}

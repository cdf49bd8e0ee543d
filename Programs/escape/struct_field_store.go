// errorcheck -0 -m -l

// storing through a pointer field loses track: to the heap.

package p

type T struct{ p *int }

func f(t *T, x *int) { // ERROR "t does not escape$" "leaking param: x$"
	t.p = x
}

func h(x *int) int { // ERROR "x does not escape$"
	var t T
	t.p = x
	return *t.p
}

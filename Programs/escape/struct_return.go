// errorcheck -0 -m -l

// returning structs holding pointers.

package p

type T struct {
	p *int
	n int
}

func f(p *int) T { // ERROR "leaking param: p to result ~r0 level=0$"
	return T{p: p}
}

func h() T {
	x := 1 // ERROR "moved to heap: x$"
	return T{p: &x}
}

// errorcheck -0 -m -l

// tags carry leaks through a chain of calls.

package p

var g *int

func leak(p *int) { g = p } // ERROR "leaking param: p$"

func pass(p *int) { leak(p) } // ERROR "leaking param: p$"

func keep(p *int) int { return *p } // ERROR "p does not escape$"

func f() {
	x := 1 // ERROR "moved to heap: x$"
	pass(&x)
}

func h() int {
	y := 1
	return keep(&y)
}

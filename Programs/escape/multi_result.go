// errorcheck -0 -m -l

// functions with several results.

package p

func two(p, q *int) (*int, *int) { // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"
	return q, p
}

var g *int

func f() {
	x, y := 1, 2 // ERROR "moved to heap: y$"
	a, b := two(&x, &y)
	g = a
	_ = b
}

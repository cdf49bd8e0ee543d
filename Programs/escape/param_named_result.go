// errorcheck -0 -m -l

// leaks to named results use the result's name.

package p

func f(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func g(p *int, q *int) (x, y *int) { // ERROR "leaking param: p to result y level=0$" "leaking param: q to result x level=0$"
	return q, p
}

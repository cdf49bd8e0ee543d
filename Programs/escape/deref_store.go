// errorcheck -0 -m -l

// assignments through pointer dereferences flow to the heap.

package p

func f(pp **int, p *int) { // ERROR "pp does not escape$" "leaking param: p$"
	*pp = p
}

func h(p *int) int { // ERROR "leaking param: p$"
	var q *int
	r := &q
	*r = p
	return *q
}

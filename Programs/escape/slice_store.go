// errorcheck -0 -m -l

// storing into a slice element flows to the heap.

package p

func f(s []*int, p *int) { // ERROR "s does not escape$" "leaking param: p$"
	s[0] = p
}

func h(p *int) int { // ERROR "p does not escape$"
	var a [2]*int
	a[0] = p
	return *a[0]
}

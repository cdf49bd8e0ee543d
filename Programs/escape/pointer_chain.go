// errorcheck -0 -m -l

// dereference levels: **p and leaks at level 2.

package p

var g *int

func f(ppp ***int) { // ERROR "leaking param content: ppp$"
	g = **ppp
}

func h(pp **int) **int { // ERROR "leaking param: pp to result ~r0 level=0$"
	return pp
}

func k(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

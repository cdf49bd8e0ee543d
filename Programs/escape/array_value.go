// errorcheck -0 -m -l

// arrays are values: indexing does not dereference.

package p

func f(a [2]*int) *int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[0]
}

func h(p *[2]*int) *int { // ERROR "leaking param: p to result ~r0 level=1$"
	return p[1]
}

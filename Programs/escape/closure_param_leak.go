// errorcheck -0 -m -l

// parameters captured by escaping closures.

package p

func f(p *int) func() int { // ERROR "leaking param: p$"
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

func h(s []int) func() { // ERROR "leaking param: s$"
	return func() { s[0] = 1 } // ERROR "func literal escapes to heap$"
}

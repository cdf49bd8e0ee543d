// errorcheck -0 -m -l

// parameters flowing to results: level 0 and 1.

package p

func f(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func g(p **int) *int { // ERROR "leaking param: p to result ~r0 level=1$"
	return *p
}

func h(a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	if *a > *b {
		return a
	}
	return b
}

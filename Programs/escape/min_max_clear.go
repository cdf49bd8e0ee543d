// errorcheck -0 -m -l

// min, max and clear.

package p

func f(a, b string) string { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	return min(a, b)
}

func h(m map[string]int) { // ERROR "m does not escape$"
	clear(m)
}

func k(s []*int) { // ERROR "s does not escape$"
	clear(s)
}

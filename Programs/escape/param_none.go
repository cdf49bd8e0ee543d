// errorcheck -0 -m -l

// parameters that do not escape.

package p

func f(p *int) int { // ERROR "p does not escape$"
	return *p
}

func g(s []int) int { // ERROR "s does not escape$"
	return len(s) + s[0]
}

func h(m map[int]int, c chan int) int { // ERROR "m does not escape$" "c does not escape$"
	return m[1] + len(c)
}

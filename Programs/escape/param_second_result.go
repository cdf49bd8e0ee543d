// errorcheck -0 -m -l

// a parameter leaking to the second result is ~r1.

package p

func f(p *int) (int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return 1, p
}

func g(p []int) (n int, s []int) { // ERROR "leaking param: p to result s level=0$"
	return len(p), p[1:]
}

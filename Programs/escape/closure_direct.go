// errorcheck -0 -m -l

// a literal called where it is written.

package p

func f() int {
	x := 1
	return func() int { return x + 1 }() // ERROR "func literal does not escape$"
}

func h(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return func(q *int) *int { return q }(p) // ERROR "leaking param: q to result ~r0 level=0$" "func literal does not escape$"
}

// errorcheck -0 -m -l

// literals that capture nothing are functions of their own.

package p

var g func(*int)

func f() {
	g = func(p *int) {} // ERROR "p does not escape$" "func literal escapes to heap$"
}

func h() int {
	fn := func(a, b int) int { return a + b } // ERROR "func literal does not escape$"
	return fn(1, 2)
}

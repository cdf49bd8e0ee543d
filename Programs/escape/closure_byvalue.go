// errorcheck -0 -m -l

// small never-reassigned variables are captured by value.

package p

func f() func() int {
	x := 1
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func h() int {
	y := 2
	fn := func() int { return y * 2 } // ERROR "func literal does not escape$"
	return fn()
}

// errorcheck -0 -m -l

// reassigned variables are captured by reference.

package p

func f() func() int {
	x := 1 // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}

func h() int {
	y := 0
	inc := func() { y++ } // ERROR "func literal does not escape$"
	inc()
	return y
}

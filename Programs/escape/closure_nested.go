// errorcheck -0 -m -l

// nested closures capture through their parents.

package p

func f() func() func() int {
	x := 1
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { return x } // ERROR "func literal escapes to heap$"
	}
}

func h() int {
	y := 0
	func() { // ERROR "func literal does not escape$"
		func() { y++ }() // ERROR "func literal does not escape$"
	}()
	return y
}

// errorcheck -0 -m -l

// closure results flowing back to the caller.

package p

func f() *int {
	x := 1 // ERROR "moved to heap: x$"
	get := func() *int { return &x } // ERROR "func literal does not escape$"
	return get()
}

func h() int {
	y := 1
	get := func() *int { return &y } // ERROR "func literal does not escape$"
	return *get()
}

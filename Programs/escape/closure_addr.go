// errorcheck -0 -m -l

// closures that take a captured variable's address.

package p

var g *int

func f() {
	x := 1 // ERROR "moved to heap: x$"
	func() { g = &x }() // ERROR "func literal does not escape$"
}

func h() int {
	y := 1
	p := func() *int { return &y }() // ERROR "func literal does not escape$"
	return *p
}

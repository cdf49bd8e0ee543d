// errorcheck -0 -m -l

// an address assigned to a variable declared outside the loop.

package p

func f(n int) *int {
	var p *int
	for i := 0; i < n; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return p
}

func h(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return *p
}

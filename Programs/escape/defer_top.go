// errorcheck -0 -m -l

// defer at the top level of a function does not escape.

package p

func f() int {
	x := 1
	defer func() { // ERROR "func literal does not escape$"
		x++
	}()
	return x
}

func cleanup(p *int) {} // ERROR "p does not escape$"

func h(p *int) { // ERROR "p does not escape$"
	defer cleanup(p)
}

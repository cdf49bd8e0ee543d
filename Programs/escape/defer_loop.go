// errorcheck -0 -m -l

// defer inside a loop escapes.

package p

func cleanup(p *int) {} // ERROR "p does not escape$"

func f(ps []*int) { // ERROR "leaking param content: ps$"
	for _, p := range ps {
		defer cleanup(p)
	}
}

func h(n int) {
	for i := 0; i < n; i++ {
		defer func() {}() // ERROR "func literal escapes to heap$"
	}
}

// errorcheck -0 -m -l

// ranging over a slice of pointers.

package p

var g *int

func f(s []*int) { // ERROR "leaking param content: s$"
	for _, p := range s {
		g = p
	}
}

func h(s []*int) int { // ERROR "s does not escape$"
	n := 0
	for _, p := range s {
		n += *p
	}
	return n
}

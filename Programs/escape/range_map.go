// errorcheck -0 -m -l

// ranging over a map.

package p

var g *int

func f(m map[string]*int) { // ERROR "leaking param content: m$"
	for _, v := range m {
		g = v
	}
}

func h(m map[*int]int) int { // ERROR "m does not escape$"
	n := 0
	for k := range m {
		n += *k
	}
	return n
}

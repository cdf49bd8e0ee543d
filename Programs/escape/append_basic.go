// errorcheck -0 -m -l

// append: the appended values escape when the element has pointers.

package p

var g []*int

func f(s []*int, p *int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$" "leaking param: p$"
	return append(s, p) // ERROR "append escapes to heap$"
}

func h(s []int, x int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, x) // ERROR "append escapes to heap$"
}

func k(p *int) { // ERROR "leaking param: p$"
	g = append(g, p) // ERROR "append escapes to heap$"
}

// errorcheck -0 -m -l

// parameters stored in globals leak to the heap.

package p

var g *int
var gs []int

func f(p *int) { // ERROR "leaking param: p$"
	g = p
}

func h(s []int) { // ERROR "leaking param: s$"
	gs = s
}

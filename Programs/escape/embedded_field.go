// errorcheck -0 -m -l

// selectors through embedded fields.

package p

type Inner struct{ p *int }

type Outer struct {
	Inner
	q *int
}

type PtrOuter struct {
	*Inner
}

var g *int

func f(o Outer) { // ERROR "leaking param: o$"
	g = o.p
}

func h(o *PtrOuter) { // ERROR "leaking param content: o$"
	g = o.p
}

func k(o *Outer) *int { // ERROR "leaking param: o to result ~r0 level=1$"
	return o.Inner.p
}

// errorcheck -0 -m -l

// value receivers.

package p

type T struct {
	a int
	p *int
}

var g *int

func (t T) Leak() { g = t.p } // ERROR "leaking param: t$"
func (t T) Sum() int { return t.a } // ERROR "t does not escape$"

func f(t *T) { // ERROR "leaking param content: t$"
	t.Leak()
}

func h(t *T) int { // ERROR "t does not escape$"
	return t.Sum()
}

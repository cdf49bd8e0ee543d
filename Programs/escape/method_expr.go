// errorcheck -0 -m -l

// method expressions T.M and (*T).M.

package p

type T struct{ p *int }

var g *int

func (t *T) Keep() { g = t.p } // ERROR "leaking param content: t$"
func (t T) Ptr() *int { return t.p } // ERROR "leaking param: t to result ~r0 level=0$"

func f(t *T) { // ERROR "leaking param content: t$"
	(*T).Keep(t)
}

func h(t T) *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return T.Ptr(t)
}

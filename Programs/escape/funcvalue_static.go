// errorcheck -0 -m -l

// a local function variable assigned once is a static callee.

package p

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func f() int {
	x := 1
	g := id
	return *g(&x)
}

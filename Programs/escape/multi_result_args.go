// errorcheck -0 -m -l

// f(g()) with several results.

package p

func pair(p *int) (*int, int) { return p, 1 } // ERROR "leaking param: p to result ~r0 level=0$"

func use(p *int, n int) int { return *p + n } // ERROR "p does not escape$"

func f() int {
	x := 1
	return use(pair(&x))
}

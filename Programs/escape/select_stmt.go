// errorcheck -0 -m -l

// select with send and receive cases.

package p

func f(c chan *int, d chan *int, p *int) *int { // ERROR "c does not escape$" "d does not escape$" "leaking param: p$"
	select {
	case c <- p:
		return nil
	case v := <-d:
		return v
	}
}

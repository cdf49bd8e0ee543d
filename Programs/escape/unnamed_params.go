// errorcheck -0 -m -l

// unnamed and blank parameters get no diagnostic.

package p

func f(*int, []byte) {}

func h(_ *int, p *int) int { // ERROR "p does not escape$"
	return *p
}

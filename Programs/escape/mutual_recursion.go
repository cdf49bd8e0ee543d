// errorcheck -0 -m -l

// mutually recursive functions form one batch.

package p

func even(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return p
	}
	return odd(p, n-1)
}

func odd(p *int, n int) *int { // ERROR "leaking param: p$"
	if n == 0 {
		return nil
	}
	return even(p, n-1)
}

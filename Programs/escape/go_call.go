// errorcheck -0 -m -l

// go f(args): arguments are evaluated into an escaping wrapper.

package p

func work(p *int) {} // ERROR "p does not escape$"

func f(p *int) { // ERROR "leaking param: p$"
	go work(p)
}

func h() {
	x := 1 // ERROR "moved to heap: x$"
	go work(&x)
}

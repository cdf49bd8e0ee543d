// errorcheck -0 -m -l

// calling an unknown function value: arguments escape.

package p

func f(fn func(*int) int, x *int) int { // ERROR "fn does not escape$" "leaking param: x$"
	return fn(x)
}

func h(fn func() *int) *int { // ERROR "fn does not escape$"
	return fn()
}

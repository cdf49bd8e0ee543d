// errorcheck -0 -m -l

// panic's argument escapes.

package p

type E struct{ msg string }

func f(x int) {
	panic(x) // ERROR "x escapes to heap$"
}

func h(e *E) { // ERROR "leaking param: e$"
	panic(e)
}

func k() {
	panic("boom") // ERROR "\"boom\" escapes to heap$"
}

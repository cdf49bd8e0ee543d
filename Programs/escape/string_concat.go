// errorcheck -0 -m -l

// string concatenation allocates unless it stays local.

package p

var g string

func f(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func h(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b + "!" // ERROR "a \+ b \+ \"!\" does not escape$"
	return len(s)
}

func k(a string) { // ERROR "a does not escape$"
	g = "x" + a // ERROR "\"x\" \+ a escapes to heap$"
}

// errorcheck -0 -m -l

// append(s, t...) with and without pointer elements.

package p

func f(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...) // ERROR "append escapes to heap$"
}

func h(a, b []*int) []*int { // ERROR "leaking param content: a$" "leaking param: a to result ~r0 level=0$" "leaking param content: b$"
	return append(a, b...) // ERROR "append escapes to heap$"
}

func k(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...) // ERROR "append escapes to heap$"
}

// errorcheck -0 -m -l

// composite literals with elided types: {…} for a pointer element is &T{…}.

package p

type T struct{ p *int }

var sink []*T

func f(x *int) { // ERROR "leaking param: x$"
	sink = []*T{{p: x}, {}} // ERROR "\[\]\*T\{\.\.\.\} escapes to heap$" "&T\{\.\.\.\} escapes to heap$" "&T\{\} escapes to heap$"
}

func g(x *int) int { // ERROR "leaking param: x$"
	m := map[string]*T{"a": {p: x}} // ERROR "map\[string\]\*T\{\.\.\.\} does not escape$" "&T\{\.\.\.\} escapes to heap$"
	return len(m)
}

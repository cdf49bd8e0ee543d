// errorcheck -0 -m -l

// conversion to an interface stored in a global escapes.

package p

var sink interface{}

type T struct{ a, b int }

func f(x int, t T, s string) { // ERROR "leaking param: s$"
	sink = x // ERROR "x escapes to heap$"
	sink = t // ERROR "t escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
}

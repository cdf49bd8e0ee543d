// errorcheck -0 -m -l

// the implicit ... slice of a user variadic function.

package p

func sum(xs ...int) int { // ERROR "xs does not escape$"
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

var g []*int

func keep(ps ...*int) { g = ps } // ERROR "leaking param: ps$"

func f() int {
	return sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
}

func h() {
	x := 1 // ERROR "moved to heap: x$"
	keep(&x) // ERROR "\.\.\. argument escapes to heap$"
}

func k(xs []int) int { // ERROR "xs does not escape$"
	return sum(xs...)
}

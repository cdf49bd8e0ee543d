// errorcheck -0 -m -l

// results at level 1 through a call.

package p

func first(s []*int) *int { return s[0] } // ERROR "leaking param: s to result ~r0 level=1$"

func f() *int {
	x := 1 // ERROR "moved to heap: x$"
	s := []*int{&x} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return first(s)
}

// errorcheck -0 -m -l

// slice literals: stack unless they escape.

package p

var g []int

func f() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0]
}

func h() {
	g = []int{4, 5} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func k() []int {
	return []int{6} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

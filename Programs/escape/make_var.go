// errorcheck -0 -m -l

// make with a non-constant size: does not escape when local (Go 1.25+).

package p

func f(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

func h(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func k(n, m int) int {
	s := make([]byte, n, m) // ERROR "make\(\[\]byte, n, m\) does not escape$"
	return cap(s)
}

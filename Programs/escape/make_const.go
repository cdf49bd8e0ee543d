// errorcheck -0 -m -l

// make with a constant size.

package p

var g []int

func f() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func h() {
	g = make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
}

func k() []byte {
	return make([]byte, 5, 20) // ERROR "make\(\[\]byte, 5, 20\) escapes to heap$"
}

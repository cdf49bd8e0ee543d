// errorcheck -0 -m -l

// variables over 128 bytes are captured by reference.

package p

func f() func() int {
	var a [20]int // ERROR "moved to heap: a$"
	return func() int { return a[0] } // ERROR "func literal escapes to heap$"
}

func h() func() int {
	var a [16]int
	return func() int { return a[0] } // ERROR "func literal escapes to heap$"
}

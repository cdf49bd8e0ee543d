// errorcheck -0 -m -l

// make larger than 64 KiB goes to the heap.

package p

func f() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	return len(s)
}

func h() int {
	s := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	return len(s)
}

func k() int {
	s := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return len(s)
}

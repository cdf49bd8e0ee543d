// errorcheck -0 -m -l

// make of zero-sized elements goes to the heap.

package p

func f(n int) int {
	s := make([]struct{}, n) // ERROR "make\(\[\]struct \{\}, n\) escapes to heap$"
	return len(s)
}

func h() int {
	s := make([][0]int, 4) // ERROR "make\(\[\]\[0\]int, 4\) escapes to heap$"
	return len(s)
}

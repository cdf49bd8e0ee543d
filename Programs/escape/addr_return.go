// errorcheck -0 -m -l

// returning a local's address moves it to the heap.

package p

func f() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func h() *[4]int {
	var a [4]int // ERROR "moved to heap: a$"
	return &a
}

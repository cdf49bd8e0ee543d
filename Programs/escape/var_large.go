// errorcheck -0 -m -l

// explicit variables over 128 KiB move to the heap.

package p

func f() int {
	var a [16385]int // ERROR "moved to heap: a$"
	a[1] = 2
	return a[1]
}

func h() int {
	var a [16384]int
	a[1] = 2
	return a[1]
}

// errorcheck -0 -m -l

// new and &T{} larger than 64 KiB go to the heap.

package p

type Big [9000]int

func f() int {
	p := new(Big) // ERROR "new\(Big\) escapes to heap$"
	return p[0]
}

func h() int {
	p := &Big{} // ERROR "&Big\{\} escapes to heap$"
	return p[1]
}

func k() int {
	p := new([8000]int) // ERROR "new\(\[8000\]int\) does not escape$"
	return p[2]
}

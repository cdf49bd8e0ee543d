// errorcheck -0 -m -l

// the address of a local stored in a global moves it to the heap.

package p

var g *int

func f(x int) { // ERROR "moved to heap: x$"
	g = &x
}

func h() {
	y := 1 // ERROR "moved to heap: y$"
	g = &y
}

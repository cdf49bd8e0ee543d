// errorcheck -0 -m -l

// slicing an array takes its address.

package p

var g []int

func f() int {
	var a [4]int
	s := a[:]
	return len(s)
}

func h() {
	var a [4]int // ERROR "moved to heap: a$"
	g = a[1:]
}

func k(p *[4]int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p[:]
}

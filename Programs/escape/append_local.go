// errorcheck -0 -m -l

// append to a local slice.

package p

func f() int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	s = append(s, 1, 2) // ERROR "append does not escape$"
	return len(s)
}

func h(xs []int) int { // ERROR "xs does not escape$"
	var s []int
	for _, x := range xs {
		s = append(s, x) // ERROR "append does not escape$"
	}
	return len(s)
}

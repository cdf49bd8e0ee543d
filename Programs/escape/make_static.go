// errorcheck -0 -m -l

// a size held in a variable assigned once counts as constant.

package p

func f() int {
	n := 10
	s := make([]int, n) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func h() []int {
	n := 3
	return make([]int, n) // ERROR "make\(\[\]int, 3\) escapes to heap$"
}

func k() int {
	n := 10
	n++
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

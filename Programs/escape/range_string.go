// errorcheck -0 -m -l

// ranging over strings and integers.

package p

func f(s string) int { // ERROR "s does not escape$"
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return n
}

func h(n int) int {
	s := 0
	for i := range n {
		s += i
	}
	return s
}

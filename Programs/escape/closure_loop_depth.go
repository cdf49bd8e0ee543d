// errorcheck -0 -m -l

// a closure declared in a loop capturing an outer variable.

package p

func f(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		add := func() { total += i } // ERROR "func literal does not escape$"
		add()
	}
	return total
}

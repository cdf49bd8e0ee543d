// errorcheck -0 -m -l

// an address used within the same iteration stays local.

package p

func f(n int) int {
	sum := 0
	for i := 0; i < n; i++ {
		x := i
		p := &x
		sum += *p
	}
	return sum
}

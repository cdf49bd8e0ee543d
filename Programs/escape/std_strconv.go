// errorcheck -0 -m -l

// strconv package tags.

package p

import "strconv"

func f(n int) string {
	return strconv.Itoa(n)
}

func h(s string) (int, error) { // ERROR "s does not escape$"
	return strconv.Atoi(s)
}

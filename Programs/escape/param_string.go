// errorcheck -0 -m -l

// strings are pointers: string parameters leak or not.

package p

var g string

func f(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func h(s string) { // ERROR "leaking param: s$"
	g = s
}

func k(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

// errorcheck -0 -m -l

// conversions of slices to arrays and array pointers.

package p

func f(s []int) [2]int { // ERROR "s does not escape$"
	return [2]int(s)
}

func h(s []int) *[2]int { // ERROR "leaking param: s to result ~r0 level=0$"
	return (*[2]int)(s)
}

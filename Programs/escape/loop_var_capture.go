// errorcheck -0 -m -l

// Go 1.22 loop variables captured per iteration.

package p

var fs []func() int

func f() {
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

func h(xs []int) { // ERROR "xs does not escape$"
	for _, x := range xs {
		fs = append(fs, func() int { return x }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

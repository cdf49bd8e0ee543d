// errorcheck -0 -m -l

// taking the address of a loop variable.

package p

var g []*int

func f() {
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		g = append(g, &i) // ERROR "append escapes to heap$"
	}
}

func h(xs []int) { // ERROR "xs does not escape$"
	for _, x := range xs { // ERROR "moved to heap: x$"
		g = append(g, &x) // ERROR "append escapes to heap$"
	}
}

// errorcheck -0 -m -l

// Go 1.22 per-iteration variables: modified in the body, several variables, range keys, maps, goroutines.

package p

var fs []func() int
var ps []*int

func a() {
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
		i++
	}
}

func b() {
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		ps = append(ps, &i) // ERROR "append escapes to heap$"
	}
}

func c() {
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		fs = append(fs, func() int { return i + j }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

func d(xs []int) { // ERROR "xs does not escape$"
	for i := range xs {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

func e(xs [][2]int) { // ERROR "xs does not escape$"
	for _, x := range xs {
		fs = append(fs, func() int { return x[0] }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
}

func f(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		func() { s += i }() // ERROR "func literal does not escape$"
	}
	return s
}

func g(m map[string]int) { // ERROR "m does not escape$"
	for k, v := range m {
		go func() { _ = k; _ = v }() // ERROR "func literal escapes to heap$"
	}
}

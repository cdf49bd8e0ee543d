// errorcheck -0 -m -l

// range over functions: gc's rewrite of the loop body into a closure over #stateN.

package p

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) { // ERROR "yield does not escape$" "func literal escapes to heap$"
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Pairs(yield func(int, string) bool) { // ERROR "yield does not escape$"
	yield(1, "a")
}

func sum() int {
	s := 0 // ERROR "moved to heap: s$"
	for x := range Count(3) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		s += x
	}
	for range Count(2) { // ERROR "moved to heap: #state2$" "func literal escapes to heap$"
	}
	return s
}

func local() int {
	t := 0
	for k, v := range Pairs { // ERROR "v does not escape$" "func literal does not escape$"
		t += k + len(v)
	}
	return t
}

func nobody() {
	n := 0
	for x := range Count(3) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		_ = x
	}
	_ = n
}

func Words(s []string) func(func(int, string) bool) { // ERROR "leaking param: s$"
	return func(yield func(int, string) bool) { // ERROR "yield does not escape$" "func literal escapes to heap$"
		for i, w := range s {
			if !yield(i, w) {
				return
			}
		}
	}
}

var sink []string

func collect(ws []string) int { // ERROR "leaking param: ws$"
	n := 0 // ERROR "moved to heap: n$"
	for i, w := range Words(ws) { // ERROR "leaking param: w$" "moved to heap: #state1$" "func literal escapes to heap$"
		if i > 2 {
			continue
		}
		sink = append(sink, w) // ERROR "append escapes to heap$"
		n++
	}
	return n
}

// errorcheck -0 -m -l

// range over functions with break and continue (the body closure returns false or true).

package p

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) { // ERROR "yield does not escape$" "func literal escapes to heap$"
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func firstBig(n int) int {
	found := -1 // ERROR "moved to heap: found$"
	for i := range count(n) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		if i > 2 {
			found = i
			break
		}
	}
	return found
}

func sumSwitch(n int) int {
	s := 0 // ERROR "moved to heap: s$"
	for i := range count(n) { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		switch {
		case i%2 == 0:
			continue
		case i > 7:
			break
		}
		s += i
	}
	return s
}

// errorcheck -0 -m -l

// map values read out are not tracked by key.

package p

func f(m map[string]*int) *int { // ERROR "m does not escape$"
	return m["a"]
}

func h(m map[string]*int) (*int, bool) { // ERROR "m does not escape$"
	v, ok := m["b"]
	return v, ok
}

// errorcheck -0 -m -l

// values and keys stored in a map escape.

package p

func f(m map[*int]*int, k *int, v *int) { // ERROR "m does not escape$" "leaking param: k$" "leaking param: v$"
	m[k] = v
}

func h(m map[string][]int, s []int) { // ERROR "m does not escape$" "leaking param: s$"
	m["x"] = s
}

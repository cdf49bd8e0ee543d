// errorcheck -0 -m -l

// map literals and make(map).

package p

var g map[string]int

func f() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func h() {
	g = map[string]int{} // ERROR "map\[string\]int\{\} escapes to heap$"
}

func k() map[int]int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap$"
	return m
}

func l() int {
	m := make(map[int]int, 10) // ERROR "make\(map\[int\]int, 10\) does not escape$"
	m[1] = 2
	return len(m)
}

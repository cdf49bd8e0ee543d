// errorcheck

package main

type T struct{ f int }

func main() {
	m := map[string]T{}
	m["a"].f = 1 // ERROR "cannot assign to struct field m\[\"a\"\]\.f in map"
}

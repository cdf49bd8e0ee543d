// errorcheck

package main

type T struct {
	A int
}

func main() {
	t := T{B: 1} // ERROR "unknown field B in struct literal of type T"
	_ = t
}

// errorcheck

package main

type T struct {
	A int
}

func main() {
	t := T{A: 1, A: 2} // ERROR "duplicate field name A in struct literal"
	_ = t
}

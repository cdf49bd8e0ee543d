// errorcheck

package main

type T struct {
	A, B int
}

func main() {
	t := T{A: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = t
}

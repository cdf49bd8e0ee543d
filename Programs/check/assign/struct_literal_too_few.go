// errorcheck

package main

type T struct {
	A, B int
}

func main() {
	t := T{1} // ERROR "too few values in struct literal of type T"
	_ = t
}

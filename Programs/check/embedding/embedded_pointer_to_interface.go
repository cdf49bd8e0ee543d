// errorcheck

package main

type I interface{ M() }

type P *int

type S struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

type T struct {
	P // ERROR "embedded field type cannot be a pointer"
}

func main() {
}

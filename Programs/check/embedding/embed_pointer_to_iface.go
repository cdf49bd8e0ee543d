// errorcheck

package main

type I interface{ M() }

type S struct {
	*I // ERROR "embedded field type cannot be a pointer to an interface"
}

func main() {
}

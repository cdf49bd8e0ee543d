// errorcheck

package main

type T int
type P *T

type S struct {
	P // ERROR "embedded field type cannot be a pointer"
}

func main() {
}

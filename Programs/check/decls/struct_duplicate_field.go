// errorcheck

package main

type T struct {
	a int
	a string // ERROR "a redeclared"
}

func main() {
}

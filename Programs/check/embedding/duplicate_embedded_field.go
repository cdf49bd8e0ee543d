// errorcheck

package main

type A struct{}

type S struct {
	A
	A int // ERROR "A redeclared"
}

func main() {
}

// errorcheck

package main

type A struct{}

type S1 struct {
	A
	*A // ERROR "A redeclared"
}

type S2 struct {
	A
	A int // ERROR "A redeclared"
}

func main() {
}

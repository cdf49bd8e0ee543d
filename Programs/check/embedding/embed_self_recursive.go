// errorcheck

package main

type A struct { // ERROR "invalid recursive type A"
	B
}

type B struct {
	A
}

type C struct {
	*C
}

func main() {
}

// errorcheck

package main

type T struct { // ERROR "invalid recursive type: T refers to itself"
	t T
}

func main() {
}

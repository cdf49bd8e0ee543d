// errorcheck

package main

type T[P any] struct {
	f T[P] // ERROR "invalid recursive type: T\[P\] refers to itself"
}

func main() {
}

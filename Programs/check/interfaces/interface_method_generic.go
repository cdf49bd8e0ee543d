// errorcheck

package main

type I interface {
	M[T any](T) // ERROR "interface method must have no type parameters" "undefined: T"
}

func main() {
}

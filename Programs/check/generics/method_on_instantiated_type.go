// errorcheck

package main

type Box[T any] struct{ v T }

// In a receiver, Box[int] declares a type parameter named int that
// shadows the predeclared type; it is not an instantiation.
func (b Box[int]) Get() int {
	return b.v + 1 // ERROR "invalid operation: b\.v \+ 1 \(mismatched types int /\* with int declared at \./method_on_instantiated_type\.go:9:13 \*/ and untyped int\)"
}

func main() {
}

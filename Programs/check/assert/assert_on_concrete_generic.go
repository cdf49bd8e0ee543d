// errorcheck

package main

type Box[T any] struct{ v T }

func main() {
	b := Box[int]{1}
	_ = b.(any) // ERROR "invalid operation: b \(variable of struct type Box\[int\]\) is not an interface"
}

// errorcheck

package main

type Number interface{ ~int | ~float64 }

func Add[T Number](a, b T) T { return a + b }

type Box[T any] struct{ v T }

func main() {
	_ = Add[Number](1, 2) // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	var b Box[Number] // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	_ = b
}

// errorcheck

package main

func Less[T comparable](a, b T) bool {
	return a < b // ERROR "invalid operation: a < b \(type parameter T cannot use operator <\)"
}

func Add[T comparable](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by comparable\)"
}

func main() {
	_ = Less(1, 2)
	_ = Add(1, 2)
}

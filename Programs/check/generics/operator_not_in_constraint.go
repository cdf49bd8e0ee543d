// errorcheck

package main

func add[T any](a, b T) T {
	return a + b // ERROR "invalid operation: operator \+ not defined on a \(variable of type T constrained by any\)"
}

func main() {
}

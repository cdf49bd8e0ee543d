// errorcheck

package main

type E interface {
	int
	string
}

func F[T E]() {}

func main() {
	F[int]() // ERROR "cannot satisfy E \(empty type set\)"
	F[string]() // ERROR "cannot satisfy E \(empty type set\)"
}

// errorcheck

package main

type Box[T any] struct{ v T }

func (b Box[T]) Map[T any](f func(T) T) Box[T] { // ERROR "T redeclared in this block"
	return b
}

func main() {
}

// errorcheck

package main

type Wrap[T any] struct {
	T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
}

func main() {
}

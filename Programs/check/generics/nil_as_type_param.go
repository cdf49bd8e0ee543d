// errorcheck

package main

func Zero[T any]() T {
	return nil // ERROR "cannot use nil as T value in return statement"
}

func IsNil[T any](x T) bool {
	return x == nil // ERROR "invalid operation: x == nil \(mismatched types T and untyped nil\)"
}

func main() {
	_ = Zero[int]()
	_ = IsNil(1)
}

// errorcheck

package main

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	var x int = Zero() // ERROR "in call to Zero, cannot infer T \(declared at \./infer_from_return_assign\.go:5:11\)"
	_ = x
}

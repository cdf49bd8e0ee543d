// errorcheck

package main

func id[T any](x T) T { return x }

func main() {
	_ = id[int, string](1) // ERROR "got 2 type arguments but want 1"
}

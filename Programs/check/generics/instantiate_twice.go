// errorcheck

package main

func Id[T any](x T) T { return x }

type Box[T any] struct{ v T }

func main() {
	f := Id[int]
	_ = f[int](1) // ERROR "cannot index f \(variable of type func\(x int\) int\)"
	var b Box[int]
	_ = b
}

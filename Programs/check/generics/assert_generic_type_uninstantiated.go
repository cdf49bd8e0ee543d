// errorcheck

package main

type List[T any] struct{ items []T }

func main() {
	var v any = List[int]{}
	_, ok := v.(List) // ERROR "cannot use generic type List\[T any\] without instantiation"
	_ = ok
}

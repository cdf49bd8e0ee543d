// errorcheck

package main

type Pair[A, B any] struct {
	a A
	b B
}

var p Pair[int] // ERROR "not enough type arguments for type Pair: have 1, want 2"

func main() {
	_ = p
}

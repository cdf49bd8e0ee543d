// errorcheck

package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Getter[T any] interface{ Get() T }

func main() {
	var g Getter[int]
	_ = g.(Box[string]) // ERROR "impossible type assertion: g\.\(Box\[string\]\)"
	_ = g.(Box[int])
	_ = g.(*Box[int])
}

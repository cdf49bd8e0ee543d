// errorcheck

package main

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

type Ints struct {
	List[int]
}

type Bad struct {
	List // ERROR "cannot use generic type List\[T any\] without instantiation"
}

func main() {
	var x Ints
	x.Push("a") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to x\.Push"
}

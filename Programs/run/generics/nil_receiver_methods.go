// run

// Pointer methods of generic types called through interfaces on nil pointers:
// the method runs with a nil receiver (as in Go); one that reads through it panics.
package main

import "fmt"

type G[T any] struct{ v T }

func (*G[T]) String() string { return "g" }
func (g *G[T]) Get() T       { return g.v }

type List[T any] struct{ next *List[T] }

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

type Lener interface{ Len() int }
type Getter[T any] interface{ Get() T }

type Outer struct{ *G[int] }

func main() {
	var g *G[int]
	fmt.Println(g, []fmt.Stringer{g})
	var l Lener = (*List[string])(nil)
	fmt.Println(l.Len(), Lener(&List[string]{next: &List[string]{}}).Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	var gt Getter[int] = g
	fmt.Println(gt.Get())
}

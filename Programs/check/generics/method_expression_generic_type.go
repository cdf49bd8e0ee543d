// errorcheck

package main

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func main() {
	f := Box[int].Get
	_ = f(Box[int]{1})
	g := Box.Get // ERROR "cannot use generic type Box without instantiation"
	_ = g
	_ = f(Box[string]{"s"}) // ERROR "cannot use Box\[string\]\{…\} \(value of struct type Box\[string\]\) as Box\[int\] value in argument to f"
}

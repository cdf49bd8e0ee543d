// errorcheck

package main

type Box[T any] struct{ v T }

func (b Box[T]) Get[T]() T { return b.v } // ERROR "syntax error: missing type constraint"

func (b Box[T any]) Set(v T) {} // ERROR "syntax error: unexpected name any, expected \]"

func main() {
}

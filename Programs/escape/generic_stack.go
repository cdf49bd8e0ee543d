// errorcheck -0 -m -l

// a generic Stack[T] backed by a slice, with pointer-receiver methods.

package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) {
	s.items = append(s.items, v) // ERROR "append escapes to heap$" "append escapes to heap$"
}

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "\(\*Stack\[go\.shape\.int\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$" "\(\*Stack\[go\.shape\.string\]\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$"
	return v, true
}

func (s *Stack[T]) Peek() *T {
	if len(s.items) == 0 {
		return nil
	}
	return &s.items[len(s.items)-1]
}

func (s *Stack[T]) Len() int {
	return len(s.items)
}

func main() {
	var ints Stack[int]
	ints.Push(1)
	ints.Push(2)
	v, ok := ints.Pop()
	strs := &Stack[string]{} // ERROR "&Stack\[string\]\{\} does not escape$"
	strs.Push("a")
	top := strs.Peek()
	fmt.Println(v, ok, *top, ints.Len(), strs.Len()) // ERROR "\.\.\. argument does not escape$" "v escapes to heap$" "ok escapes to heap$" "\*top escapes to heap$" "\(\*Stack\[go\.shape\.int\]\)\.Len\(ints, &\.dict\.Stack\[int\]\) escapes to heap$" "\(\*Stack\[go\.shape\.string\]\)\.Len\(strs, &\.dict\.Stack\[string\]\) escapes to heap$"
}

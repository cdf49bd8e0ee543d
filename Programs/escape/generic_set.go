// errorcheck -0 -m -l

// a generic Set[T] over a map, with an iterator method and a constructor from variadic values.

package main

import (
	"fmt"
	"iter"
)

type Set[T comparable] struct {
	m map[T]struct{}
}

func NewSet[T comparable](xs ...T) *Set[T] {
	s := &Set[T]{m: make(map[T]struct{}, len(xs))} // ERROR "&Set\[go\.shape\.int\]\{\.\.\.\} escapes to heap$" "make\(map\[go\.shape\.int\]struct \{\}, len\(xs\)\) escapes to heap$" "&Set\[go\.shape\.string\]\{\.\.\.\} escapes to heap$" "make\(map\[go\.shape\.string\]struct \{\}, len\(xs\)\) escapes to heap$"
	for _, x := range xs {
		s.m[x] = struct{}{}
	}
	return s
}

func (s *Set[T]) Add(x T) { s.m[x] = struct{}{} }

func (s *Set[T]) Has(x T) bool {
	_, ok := s.m[x]
	return ok
}

func (s *Set[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) { // ERROR "func literal escapes to heap$" "func literal escapes to heap$"
		for k := range s.m {
			if !yield(k) {
				return
			}
		}
	}
}

func main() {
	s := NewSet(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
	s.Add(4)
	n := 0 // ERROR "moved to heap: n$"
	for x := range s.All() { // ERROR "moved to heap: #state1$" "func literal escapes to heap$"
		n += x
	}
	w := NewSet[string]()
	w.Add("a")
	fmt.Println(n, s.Has(2), w.Has("a")) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$" "\(\*Set\[go\.shape\.int\]\)\.Has\(s, &\.dict\.Set\[int\], 2\) escapes to heap$" "\(\*Set\[go\.shape\.string\]\)\.Has\(w, &\.dict\.Set\[string\], \"a\"\) escapes to heap$"
}

// run

// Generic stack with push/pop/peek and a generic method Map with its own type parameter.

package main

import "fmt"

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Peek() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	return s.items[len(s.items)-1], true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Map[U any](f func(T) U) *Stack[U] {
	r := &Stack[U]{}
	for _, x := range s.items {
		r.Push(f(x))
	}
	return r
}

func main() {
	var s Stack[int]
	for i := 1; i <= 5; i++ {
		s.Push(i * i)
	}
	fmt.Println("len", s.Len())
	top, ok := s.Peek()
	fmt.Println("peek", top, ok)
	strs := s.Map(func(i int) string { return fmt.Sprintf("<%d>", i) })
	for strs.Len() > 0 {
		v, _ := strs.Pop()
		fmt.Print(v, " ")
	}
	fmt.Println()
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("pop", v)
	}
	v, ok := s.Pop()
	fmt.Printf("empty pop: %v %v\n", v, ok)
	var ps Stack[*Stack[int]]
	ps.Push(&s)
	inner, _ := ps.Peek()
	inner.Push(42)
	fmt.Println("inner len", s.Len())
}

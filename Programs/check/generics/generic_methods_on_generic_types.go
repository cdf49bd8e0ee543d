// run

package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

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

func (s Stack[T]) Map[U any](f func(T) U) Stack[U] {
	var r Stack[U]
	for _, v := range s.items {
		r.Push(f(v))
	}
	return r
}

func (s Stack[T]) Fold[A any](init A, f func(A, T) A) A {
	acc := init
	for _, v := range s.items {
		acc = f(acc, v)
	}
	return acc
}

func main() {
	var s Stack[int]
	for i := 1; i <= 4; i++ {
		s.Push(i * i)
	}
	strs := s.Map(func(n int) string { return strings.Repeat("*", n%5) })
	fmt.Println(strs.items)
	fmt.Println(s.Fold(0, func(a, b int) int { return a + b }))
	fmt.Println(s.Fold[string]("", func(a string, b int) string { return a + fmt.Sprint(b) }))
	v, ok := s.Pop()
	fmt.Println(v, ok, len(s.items))
}

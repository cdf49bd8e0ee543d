// run

package main

import "fmt"

type Set[T comparable] = map[T]struct{}

type Matrix[T any] [][]T

func NewMatrix[T any](r, c int) Matrix[T] {
	m := make(Matrix[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func (m Matrix[T]) Set(r, c int, v T) Matrix[T] {
	m[r][c] = v
	return m
}

func main() {
	s := Set[string]{"a": {}, "b": {}}
	_, ok := s["a"]
	fmt.Println(len(s), ok)
	m := NewMatrix[float64](2, 3).Set(1, 2, 9.5)
	fmt.Println(m)
	fmt.Printf("%T\n", m)
	type local = Matrix[bool]
	var l local = NewMatrix[bool](1, 1)
	fmt.Println(l)
}

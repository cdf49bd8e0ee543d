// run

// Generic interfaces used both as ordinary interface types and as constraints: Source[T] and Sink[T] with several implementations, [S Source[T], T any] functions with partial inference, a self-referential Cloner[T] constraint, and dynamic dispatch through interface values.

package main

import (
	"fmt"
	"strings"
)

type Source[T any] interface {
	Next() (T, bool)
}

type Sink[T any] interface {
	Put(T)
	Len() int
}

type sliceSource[T any] struct {
	xs []T
	i  int
}

func (s *sliceSource[T]) Next() (T, bool) {
	if s.i >= len(s.xs) {
		var zero T
		return zero, false
	}
	s.i++
	return s.xs[s.i-1], true
}

type countdown int

func (c *countdown) Next() (int, bool) {
	if *c <= 0 {
		return 0, false
	}
	*c--
	return int(*c) + 1, true
}

type bag[T any] struct{ items []T }

func (b *bag[T]) Put(v T)  { b.items = append(b.items, v) }
func (b *bag[T]) Len() int { return len(b.items) }

type joiner struct{ sb strings.Builder }

func (j *joiner) Put(s string) {
	if j.sb.Len() > 0 {
		j.sb.WriteString("+")
	}
	j.sb.WriteString(s)
}
func (j *joiner) Len() int { return len(j.sb.String()) }

// Copy is generic over the concrete source and sink types (static dispatch).
func Copy[S Source[T], K Sink[T], T any](src S, dst K, keep func(T) bool) int {
	n := 0
	for v, ok := src.Next(); ok; v, ok = src.Next() {
		if keep == nil || keep(v) {
			dst.Put(v)
			n++
		}
	}
	return n
}

// Drain uses the interface type directly (dynamic dispatch).
func Drain[T any](srcs ...Source[T]) []T {
	var out []T
	for _, s := range srcs {
		for v, ok := s.Next(); ok; v, ok = s.Next() {
			out = append(out, v)
		}
	}
	return out
}

type Cloner[T any] interface {
	Clone() T
}

type Doc struct {
	Title string
	Tags  []string
}

func (d *Doc) Clone() *Doc {
	return &Doc{d.Title, append([]string(nil), d.Tags...)}
}

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

func main() {
	b := &bag[int]{}
	cd := countdown(6)
	n := Copy(&cd, b, func(v int) bool { return v%2 == 0 })
	fmt.Println(n, b.items, b.Len())

	j := &joiner{}
	Copy[*sliceSource[string], *joiner](&sliceSource[string]{xs: []string{"a", "bb", "ccc"}}, j, nil)
	fmt.Println(j.sb.String(), j.Len())

	c2 := countdown(3)
	var srcs []Source[int] = []Source[int]{&sliceSource[int]{xs: []int{10, 20}}, &c2}
	fmt.Println(Drain(srcs...), Drain[string]())
	var sink Sink[int] = b
	Copy(&sliceSource[int]{xs: []int{7}}, sink, nil)
	fmt.Printf("%v %T %T\n", b.items, sink, srcs[1])

	docs := []*Doc{{"A", []string{"x"}}, {"B", nil}}
	cl := CloneAll(docs)
	cl[0].Tags[0] = "changed"
	cl[1].Title = "B2"
	fmt.Println(docs[0].Tags, docs[1].Title, cl[0].Tags, cl[1].Title, cl[0] != docs[0])
	_, isSrc := any(&c2).(Source[int])
	_, isStrSrc := any(&c2).(Source[string])
	fmt.Println(isSrc, isStrSrc)
}

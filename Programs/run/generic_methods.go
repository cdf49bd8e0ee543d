// run

// Methods with type parameters of their own (Go 1.27): on plain and generic
// types, value and pointer receivers, inferred and explicit type arguments,
// called from generic code, and chained.
package main

import (
	"fmt"
	"strconv"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) *List[T] { l.items = append(l.items, v); return l }

func (l List[T]) Map[U any](f func(T) U) List[U] {
	var out List[U]
	for _, v := range l.items {
		out.items = append(out.items, f(v))
	}
	return out
}

func (l List[T]) Fold[A any](acc A, f func(A, T) A) A {
	for _, v := range l.items {
		acc = f(acc, v)
	}
	return acc
}

type Registry struct{ names []string }

func (r *Registry) Add[T fmt.Stringer](vs ...T) {
	for _, v := range vs {
		r.names = append(r.names, v.String())
	}
}

func (r Registry) Pair[K comparable, V any](k K, v V) map[K]V { return map[K]V{k: v} }

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

func describe[T any](l List[T]) string {
	return l.Map(func(v T) string { return fmt.Sprint(v) }).Fold("", func(a string, s string) string { return a + "<" + s + ">" })
}

func main() {
	var l List[int]
	l.Push(1).Push(2).Push(3)
	sq := l.Map(func(v int) int { return v * v })
	fmt.Println(sq.items, l.Fold(0, func(a, v int) int { return a + v }))
	strs := l.Map[string](strconv.Itoa)
	fmt.Printf("%q %T\n", strs.items, strs)
	fmt.Println(describe(l), describe(strs))

	var r Registry
	r.Add(celsius(21.5), celsius(-3))
	r.Add[celsius]()
	fmt.Println(r.names, len(r.Pair("k", 3.5)), r.Pair[int, bool](1, true))
}

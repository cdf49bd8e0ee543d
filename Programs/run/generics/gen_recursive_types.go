// run

// Recursive generic types: rose tree Tree[T] with children []*Tree[T], generic Fold/Map producing another instantiation, depth-first iterator.

package main

import (
	"fmt"
	"iter"
	"strings"
)

type Rose[T any] struct {
	Val  T
	Kids []*Rose[T]
}

func R[T any](v T, kids ...*Rose[T]) *Rose[T] { return &Rose[T]{v, kids} }

func MapRose[T, U any](t *Rose[T], f func(T) U) *Rose[U] {
	out := &Rose[U]{Val: f(t.Val)}
	for _, k := range t.Kids {
		out.Kids = append(out.Kids, MapRose(k, f))
	}
	return out
}

func Fold[T, A any](t *Rose[T], f func(T, []A) A) A {
	var sub []A
	for _, k := range t.Kids {
		sub = append(sub, Fold(k, f))
	}
	return f(t.Val, sub)
}

func (t *Rose[T]) Walk() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		var rec func(*Rose[T], int) bool
		rec = func(n *Rose[T], d int) bool {
			if !yield(d, n.Val) {
				return false
			}
			for _, k := range n.Kids {
				if !rec(k, d+1) {
					return false
				}
			}
			return true
		}
		rec(t, 0)
	}
}

func main() {
	t := R(1, R(2, R(4), R(5)), R(3, R(6, R(7))))
	for d, v := range t.Walk() {
		fmt.Printf("%s%d\n", strings.Repeat("  ", d), v)
	}
	st := MapRose(t, func(i int) string { return strings.Repeat("*", i) })
	for d, v := range st.Walk() {
		if d > 1 {
			continue
		}
		fmt.Println(d, v)
	}
	sum := Fold(t, func(v int, kids []int) int {
		s := v
		for _, k := range kids {
			s += k
		}
		return s
	})
	depth := Fold(t, func(_ int, kids []int) int {
		m := 0
		for _, k := range kids {
			m = max(m, k)
		}
		return m + 1
	})
	repr := Fold(st, func(v string, kids []string) string {
		if len(kids) == 0 {
			return v
		}
		return v + "(" + strings.Join(kids, ",") + ")"
	})
	fmt.Println(sum, depth, repr)
	for d, v := range t.Walk() {
		if v == 6 {
			fmt.Println("found 6 at depth", d)
			break
		}
	}
}

// run

// Go 1.27 generic methods returning iterators: List[T].MapSeq[U], Reduce[A], FlatMap[U]; method values of generic methods with explicit instantiation.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type List[T any] struct{ xs []T }

func Of[T any](xs ...T) List[T] { return List[T]{xs} }

func (l List[T]) All() iter.Seq[T] { return slices.Values(l.xs) }

func (l List[T]) MapSeq[U any](f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for _, x := range l.xs {
			if !yield(f(x)) {
				return
			}
		}
	}
}

func (l List[T]) Reduce[A any](init A, f func(A, T) A) A {
	for _, x := range l.xs {
		init = f(init, x)
	}
	return init
}

func (l List[T]) FlatMap[U any](f func(T) []U) List[U] {
	var out []U
	for _, x := range l.xs {
		out = append(out, f(x)...)
	}
	return List[U]{out}
}

func (l *List[T]) AppendFrom[S any](src iter.Seq[S], conv func(S) T) int {
	n := 0
	for s := range src {
		l.xs = append(l.xs, conv(s))
		n++
	}
	return n
}

func main() {
	l := Of("a", "bb", "ccc")
	for n := range l.MapSeq(func(s string) int { return len(s) }) {
		fmt.Print(n, " ")
	}
	fmt.Println()
	fmt.Println(l.Reduce(0, func(a int, s string) int { return a + len(s) }))
	fmt.Println(l.Reduce("", func(a string, s string) string { return s + a }))
	fl := l.FlatMap(func(s string) []rune { return []rune(strings.ToUpper(s)) })
	fmt.Println(string(fl.xs))
	upper := l.MapSeq[string]
	fmt.Println(slices.Collect(upper(strings.ToUpper)))
	var nums List[float64]
	k := nums.AppendFrom(l.All(), func(s string) float64 { return float64(len(s)) * 1.5 })
	fmt.Println(k, nums.xs)
	k = nums.AppendFrom(slices.Values([]int{7, 8}), func(i int) float64 { return float64(i) })
	fmt.Println(k, nums.xs)
	for s := range Of(1, 2, 3, 4).MapSeq(func(i int) string { return strings.Repeat("#", i) }) {
		if len(s) == 3 {
			break
		}
		fmt.Println(s)
	}
}

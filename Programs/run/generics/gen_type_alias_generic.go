// run

// Generic type aliases (type A[T any] = ...) and non-generic aliases of instantiated types; identity of aliased types.

package main

import (
	"fmt"
	"iter"
	"slices"
)

type Pair[A, B any] struct {
	L A
	R B
}

type Twin[T any] = Pair[T, T]

type IntPair = Pair[int, int]

type Seq[T any] = iter.Seq[T]

type Set[T comparable] = map[T]bool

func Swap[T any](t Twin[T]) Twin[T] { return Twin[T]{t.R, t.L} }

func Evens(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func ToSet[T comparable](s Seq[T]) Set[T] {
	out := Set[T]{}
	for v := range s {
		out[v] = true
	}
	return out
}

func main() {
	t := Twin[string]{"a", "b"}
	fmt.Println(Swap(t))
	var p Pair[string, string] = t
	fmt.Printf("%T %v\n", p, p)
	ip := IntPair{1, 2}
	fmt.Printf("%T %v\n", ip, Swap(ip))
	fmt.Println(slices.Collect(Evens(9)))
	s := ToSet(Evens(7))
	fmt.Println(len(s), s[4], s[5])
	fmt.Printf("%T\n", s)
	var twins []Twin[float64]
	twins = append(twins, Pair[float64, float64]{1.5, 2.5})
	fmt.Println(twins)
}

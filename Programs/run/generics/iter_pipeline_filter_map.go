// run

// Iterator pipeline: generic Filter, Map, Take, Skip composed over iter.Seq; lazy evaluation visible via tracing.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[T any](s iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Skip[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range s {
			if i < n {
				i++
				continue
			}
			if !yield(v) {
				return
			}
		}
	}
}

func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	evens := Filter(Naturals(), func(n int) bool { return n%2 == 0 })
	sq := Map(evens, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(sq, 5)))
	fmt.Println(slices.Collect(Take(Skip(Naturals(), 10), 3)))
	traced := Map(Naturals(), func(n int) int { fmt.Print("m", n, " "); return n })
	got := slices.Collect(Take(Filter(traced, func(n int) bool { return n%3 == 0 }), 2))
	fmt.Println()
	fmt.Println(got)
	words := slices.Values(strings.Fields("alpha beta gamma delta epsilon zeta eta theta"))
	long := Map(Filter(words, func(s string) bool { return len(s) > 4 }), strings.ToUpper)
	for w := range long {
		fmt.Println(w)
	}
	fmt.Println(len(slices.Collect(Take(Naturals(), 0))))
	lens := Map(words, func(s string) int { return len(s) })
	total := 0
	for l := range lens {
		total += l
	}
	fmt.Println("total", total)
}

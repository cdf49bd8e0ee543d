// run

// Library of lazy iterator adapters (Filter, Map, Take, Zip, Chunk, Enumerate, FlatMap) over iter.Seq/iter.Seq2, composed into pipelines with call counting to prove laziness.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

func Filter[T any](s iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if keep(v) && !yield(v) {
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
			if i++; i == n {
				return
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		nb, stop := iter.Pull(b)
		defer stop()
		for va := range a {
			vb, ok := nb()
			if !ok || !yield(va, vb) {
				return
			}
		}
	}
}

func Chunk[T any](s iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := make([]T, 0, n)
		for v := range s {
			buf = append(buf, v)
			if len(buf) == n {
				if !yield(buf) {
					return
				}
				buf = make([]T, 0, n)
			}
		}
		if len(buf) > 0 {
			yield(buf)
		}
	}
}

func FlatMap[T, U any](s iter.Seq[T], f func(T) iter.Seq[U]) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range s {
			for u := range f(v) {
				if !yield(u) {
					return
				}
			}
		}
	}
}

func Naturals(counter *int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			*counter++
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	pulled := 0
	evens := Filter(Naturals(&pulled), func(n int) bool { return n%2 == 0 })
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)), "pulled", pulled)

	pulled = 0
	labels := Map(Take(Naturals(&pulled), 7), func(n int) string { return strings.Repeat("*", n%4) })
	for i, l := range Enumerate(labels) {
		fmt.Printf("%d:%q ", i, l)
	}
	fmt.Println("pulled", pulled)

	words := slices.Values(strings.Fields("the quick brown fox jumps over the lazy dog"))
	for w, n := range Zip(words, Naturals(new(int))) {
		if n > 4 {
			break
		}
		fmt.Print(n, "=", w, " ")
	}
	fmt.Println()

	for c := range Chunk(Take(Naturals(new(int)), 10), 4) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()

	letters := FlatMap(words, func(w string) iter.Seq[rune] { return slices.Values([]rune(w)) })
	fmt.Println(string(slices.Collect(Take(letters, 12))))
	longWords := slices.Sorted(Filter(words, func(s string) bool { return len(s) > 3 }))
	fmt.Println(longWords, slices.Compact(slices.Sorted(words)))
}

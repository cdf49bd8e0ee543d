// run

// Chain (concatenate) variadic sequences, Enumerate to iter.Seq2, Repeat, and Flatten of Seq[Seq[T]].

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Chain[T any](seqs ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range seqs {
			for v := range s {
				if !yield(v) {
					return
				}
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

func Repeat[T any](v T, n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		for range n {
			if !yield(v) {
				return
			}
		}
	}
}

func Flatten[T any](ss iter.Seq[iter.Seq[T]]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for s := range ss {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func main() {
	c := Chain(slices.Values([]int{1, 2}), Repeat(7, 3), slices.Values([]int{}), Repeat(0, 1))
	fmt.Println(slices.Collect(c))
	for i, s := range Enumerate(Chain(Repeat("a", 2), Repeat("b", 2))) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	for i, v := range Enumerate(c) {
		if i == 3 {
			fmt.Println("stop at index 3 value", v)
			break
		}
	}
	inner := []iter.Seq[string]{Repeat("x", 2), slices.Values([]string{"y", "z"}), Repeat("w", 0)}
	fmt.Println(slices.Collect(Flatten(slices.Values(inner))))
	m := maps.Collect(Enumerate(slices.Values([]string{"zero", "one", "two"})))
	fmt.Println(m[0], m[2], len(m))
	fmt.Println(slices.Collect(Chain[float64]()))
	idx := slices.Collect(maps.Keys(maps.Collect(Enumerate(Repeat(true, 4)))))
	slices.Sort(idx)
	fmt.Println(idx)
}

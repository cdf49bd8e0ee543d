// run

// Windowed iterator adapters: Pairwise (Seq2 of consecutive items), Window of size n (copying slices), Batch with remainder.

package main

import (
	"fmt"
	"iter"
	"slices"
)

func Pairwise[T any](s iter.Seq[T]) iter.Seq2[T, T] {
	return func(yield func(T, T) bool) {
		var prev T
		first := true
		for v := range s {
			if !first {
				if !yield(prev, v) {
					return
				}
			}
			prev, first = v, false
		}
	}
}

func Window[T any](s iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var buf []T
		for v := range s {
			buf = append(buf, v)
			if len(buf) > n {
				buf = buf[1:]
			}
			if len(buf) == n && !yield(slices.Clone(buf)) {
				return
			}
		}
	}
}

func Batch[T any](s iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var cur []T
		for v := range s {
			cur = append(cur, v)
			if len(cur) == n {
				if !yield(cur) {
					return
				}
				cur = nil
			}
		}
		if len(cur) > 0 {
			yield(cur)
		}
	}
}

func main() {
	temps := []float64{20.5, 21, 19.5, 22, 22, 25}
	for a, b := range Pairwise(slices.Values(temps)) {
		fmt.Printf("%.1f->%.1f (%+.1f)\n", a, b, b-a)
	}
	for w := range Window(slices.Values([]int{1, 2, 3, 4, 5, 6}), 3) {
		sum := 0
		for _, x := range w {
			sum += x
		}
		fmt.Println(w, sum)
	}
	fmt.Println(slices.Collect(Batch(slices.Values([]string{"a", "b", "c", "d", "e"}), 2)))
	fmt.Println(slices.Collect(Window(slices.Values([]int{1}), 2)))
	for b := range Batch(slices.Values([]int{1, 2, 3, 4, 5, 6, 7}), 3) {
		if b[0] > 3 {
			fmt.Println("break on", b)
			break
		}
		fmt.Println("batch", b)
	}
	n := 0
	for range Pairwise(slices.Values([]int{})) {
		n++
	}
	fmt.Println("pairs of empty:", n)
}

// run

// Nested generators: FlatMap over iter.Seq, Cartesian product as Seq2, lazily generated permutations and subsets, with an early break in the consumer stopping every level (per-level stop traces), and aliasing of a reused permutation buffer.

package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

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

func Product[A, B any](as iter.Seq[A], bs func() iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		for a := range as {
			for b := range bs() {
				if !yield(a, b) {
					return
				}
			}
		}
	}
}

// Permutations yields each permutation in a reused buffer; callers must copy.
func Permutations[T any](xs []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		buf := slices.Clone(xs)
		var rec func(k int) bool
		rec = func(k int) bool {
			if k == len(buf) {
				return yield(buf)
			}
			for i := k; i < len(buf); i++ {
				buf[k], buf[i] = buf[i], buf[k]
				if !rec(k + 1) {
					return false
				}
				buf[k], buf[i] = buf[i], buf[k]
			}
			return true
		}
		rec(0)
	}
}

func Subsets[T any](xs []T) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		for mask := 0; mask < 1<<len(xs); mask++ {
			var s []T
			for i, x := range xs {
				if mask&(1<<i) != 0 {
					s = append(s, x)
				}
			}
			if !yield(s) {
				return
			}
		}
	}
}

func Range(n int, trace *[]string, name string) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() { *trace = append(*trace, name+" stop") }()
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	words := slices.Values([]string{"go", "is", "fun"})
	letters := FlatMap(words, func(w string) iter.Seq[rune] {
		return func(yield func(rune) bool) {
			for _, r := range w {
				if !yield(r) {
					return
				}
			}
		}
	})
	fmt.Println(string(slices.Collect(letters)))

	for a, b := range Product(slices.Values([]string{"x", "y"}), func() iter.Seq[int] { return slices.Values([]int{1, 2, 3}) }) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()

	var trace []string
	pairs := 0
	for i, j := range Product(Range(4, &trace, "outer"), func() iter.Seq[int] { return Range(4, &trace, "inner") }) {
		pairs++
		if i*j == 2 {
			fmt.Println("found", i, j, "after", pairs)
			break
		}
	}
	fmt.Println(strings.Join(trace, ", "))

	var perms []string
	for p := range Permutations([]byte("abc")) {
		perms = append(perms, string(p))
	}
	fmt.Println(perms)
	n := 0
	for p := range Permutations([]int{1, 2, 3, 4, 5}) {
		n++
		if slices.Equal(p, []int{2, 1, 3, 4, 5}) {
			break
		}
	}
	fmt.Println("permutations visited:", n)
	kept := [][]int{}
	for p := range Permutations([]int{3, 1, 2}) {
		kept = append(kept, p) // aliasing the reused buffer
	}
	fmt.Println(kept)

	for s := range Subsets([]string{"a", "b", "c"}) {
		if len(s) == 2 {
			fmt.Print(s, " ")
		}
	}
	fmt.Println()
	total := 0
	for s := range FlatMap(Subsets([]int{1, 2, 3, 4}), func(s []int) iter.Seq[int] { return slices.Values(s) }) {
		total += s
	}
	fmt.Println("sum over all subsets:", total)
}

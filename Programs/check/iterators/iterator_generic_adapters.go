// run

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

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

func main() {
	words := strings.Fields("go is fun")
	for i, w := range Enumerate(slices.Values(words)) {
		fmt.Print(i, w, " ")
	}
	fmt.Println()
	for a, b := range Zip(slices.Values([]int{1, 2, 3}), slices.Values(words[:2])) {
		fmt.Print(a, b, " ")
	}
	fmt.Println()
	m := maps.Collect(Zip(slices.Values(words), slices.Values([]int{10, 20, 30})))
	fmt.Println(m["fun"], len(m))
	for w := range strings.SplitSeq("a,b,c", ",") {
		fmt.Print(w, ";")
	}
	fmt.Println()
	for i, r := range strings.Fields(" x  y ") {
		fmt.Print(i, r)
	}
	fmt.Println()
}

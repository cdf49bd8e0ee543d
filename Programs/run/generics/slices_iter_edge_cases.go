// run

// Edge cases of the slices iterator functions: Collect of an empty Seq is nil, Sorted of nothing, Chunk sub-slices with capped capacity (append does not clobber the source), Chunk panicking on n < 1, Backward/All with break, AppendSeq onto a shared prefix, and Values over a slice mutated mid-loop.

package main

import (
	"fmt"
	"iter"
	"slices"
)

func empty[T any]() iter.Seq[T] { return func(func(T) bool) {} }

func show[T any](name string, s []T) {
	fmt.Printf("%-14s %v len=%d cap=%d nil=%v\n", name, s, len(s), cap(s), s == nil)
}

func main() {
	show("Collect empty", slices.Collect(empty[int]()))
	show("Sorted empty", slices.Sorted(empty[string]()))
	show("AppendSeq nil", slices.AppendSeq([]int(nil), empty[int]()))
	show("Collect vals", slices.Collect(slices.Values([]int{})))

	src := []int{1, 2, 3, 4, 5, 6, 7}
	var chunks [][]int
	for c := range slices.Chunk(src, 3) {
		chunks = append(chunks, c)
	}
	fmt.Println(chunks, cap(chunks[0]), cap(chunks[1]), cap(chunks[2]))
	chunks[0] = append(chunks[0], 99) // capacity is capped, so this copies
	chunks[1][0] = -4                 // but elements are shared
	fmt.Println(src, chunks[0])
	for c := range slices.Chunk([]string{}, 2) {
		fmt.Println("never", c)
	}
	for c := range slices.Chunk([]byte("abc"), 10) {
		fmt.Printf("one chunk %q cap=%d\n", c, cap(c))
	}
	func() {
		defer func() { fmt.Println("Chunk(0) panic:", recover()) }()
		slices.Chunk(src, 0)
	}()

	for i, v := range slices.Backward([]string{"a", "b", "c", "d"}) {
		if i == 1 {
			break
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.All([]float64(nil)) {
		fmt.Println("never", i, v)
	}

	base := make([]int, 2, 10)
	base[0], base[1] = 1, 2
	x := slices.AppendSeq(base, slices.Values([]int{3, 4}))
	y := slices.AppendSeq(base, slices.Values([]int{30}))
	fmt.Println(x, y, "x shares storage with y:", &x[0] == &y[0], x[2])

	data := []int{1, 2, 3}
	seen := []int{}
	for v := range slices.Values(data) {
		if v == 1 {
			data[2] = 300
			data = append(data, 4) // the iterator keeps the original slice header
		}
		seen = append(seen, v)
	}
	fmt.Println(seen, data)
	fmt.Println(slices.Sorted(slices.Values([]string{"b", "a", "b"})), slices.Collect(slices.Values([]int{7}))[0])
	idx := slices.Collect(func(yield func(int) bool) {
		for i := range slices.All([]string{"x", "y", "z"}) {
			if !yield(i * 10) {
				return
			}
		}
	})
	fmt.Println(idx, slices.Repeat([]int{}, 5) == nil, len(slices.Repeat([]int{1, 2}, 0)))
}

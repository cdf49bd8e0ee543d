// run

// slices.Compact, CompactFunc, Chunk (iterator), Repeat, Concat, Grow/Clip, Equal/EqualFunc.

package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	xs := []int{1, 1, 2, 3, 3, 3, 1, 4, 4}
	fmt.Println(slices.Compact(slices.Clone(xs)))
	words := []string{"Go", "go", "GO", "swift", "Swift", "rust"}
	fmt.Println(slices.CompactFunc(slices.Clone(words), strings.EqualFold))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Println(c, len(c), cap(c))
	}
	n := 0
	for c := range slices.Chunk([]string{"a", "b", "c", "d"}, 2) {
		n++
		if c[0] == "c" {
			fmt.Println("break at chunk", n)
			break
		}
	}
	for c := range slices.Chunk([]int(nil), 2) {
		fmt.Println("never", c)
	}
	fmt.Println(slices.Repeat([]string{"ab", "c"}, 3))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}, []int{}))
	g := slices.Grow([]int{1, 2}, 10)
	fmt.Println(len(g), cap(g) >= 12)
	cl := slices.Clip(g)
	fmt.Println(len(cl), cap(cl))
	fmt.Println(slices.Equal([]int{1, 2}, []int{1, 2}), slices.Equal([]int{}, []int(nil)))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(i int, s string) bool { return fmt.Sprint(i) == s }))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for c := range slices.Chunk([]int{1}, 0) {
			fmt.Println(c)
		}
	}()
	chunks := slices.Collect(slices.Chunk([]byte("abcdefgh"), 3))
	for _, c := range chunks {
		fmt.Printf("%s|", c)
	}
	fmt.Println()
}

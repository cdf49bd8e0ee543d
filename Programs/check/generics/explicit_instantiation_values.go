// run

package main

import (
	"fmt"
	"slices"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Pair[K comparable, V any] struct {
	K K
	V V
}

func main() {
	maxInt := Max[int]
	maxStr := Max[string]
	fmt.Printf("%T %v %v\n", maxInt, maxInt(3, 9), maxStr("a", "b"))
	conv := Map[int, string]
	fmt.Println(conv([]int{1, 2}, strconv.Itoa))
	var f func([]string, func(string) int) []int = Map
	fmt.Println(f([]string{"a", "bcd"}, func(s string) int { return len(s) }))
	fmt.Println(Max(1, 2.5), Max("x", "y"))
	ps := []Pair[string, int]{{"b", 2}, {"a", 1}, {"c", 0}}
	slices.SortFunc(ps, func(a, b Pair[string, int]) int { return a.V - b.V })
	fmt.Println(ps)
	idx := slices.IndexFunc(ps, func(p Pair[string, int]) bool { return p.K == "b" })
	fmt.Println(idx, slices.Contains([]string{"x"}, "x"))
}

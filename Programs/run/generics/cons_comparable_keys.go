// run

// comparable constraint: Index, Count, Dedup, GroupBy with struct/array/interface keys; comparing interface values.

package main

import (
	"fmt"
	"slices"
)

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Counts[T comparable](xs []T) map[T]int {
	m := map[T]int{}
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Dedup[T comparable](xs []T) []T {
	seen := make(map[T]bool)
	var out []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) (map[K][]T, []K) {
	g := map[K][]T{}
	var order []K
	for _, x := range xs {
		k := key(x)
		if _, ok := g[k]; !ok {
			order = append(order, k)
		}
		g[k] = append(g[k], x)
	}
	return g, order
}

type P struct {
	X, Y int
}

func Eq[T comparable](a, b T) bool { return a == b }

func main() {
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]P{{1, 2}}, P{2, 1}))
	c := Counts([]P{{1, 1}, {2, 2}, {1, 1}})
	fmt.Println(c[P{1, 1}], c[P{2, 2}], c[P{3, 3}], len(c))
	fmt.Println(Dedup([]int{3, 1, 3, 2, 1, 4}))
	fmt.Println(Dedup([][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}}))
	var ifs []any = []any{1, "1", 1, 1.0, "1", P{1, 1}, P{1, 1}}
	fmt.Println(Dedup(ifs))
	fmt.Println(Eq[any](1, 1), Eq[any](1, int64(1)), Eq[any](nil, nil))
	g, order := GroupBy([]string{"apple", "avocado", "banana", "blueberry", "cherry", "apricot"},
		func(s string) byte { return s[0] })
	for _, k := range order {
		fmt.Printf("%c: %v\n", k, g[k])
	}
	g2, o2 := GroupBy([]int{1, 2, 3, 4, 5, 6, 7}, func(n int) bool { return n%3 == 0 })
	for _, k := range o2 {
		fmt.Println(k, g2[k])
	}
	fmt.Println(slices.Index([]error{nil, fmt.Errorf("x")}, nil))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(Eq[any]([]int{1}, []int{1}))
	}()
}

// run

// Local (non-generic) type declarations inside generic functions that mention the type parameter; closures over T.

package main

import (
	"fmt"
	"sort"
)

func Ranked[T any](xs []T, score func(T) int) []string {
	type item struct {
		v T
		s int
	}
	items := make([]item, len(xs))
	for i, x := range xs {
		items[i] = item{x, score(x)}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].s > items[j].s })
	var out []string
	for _, it := range items {
		out = append(out, fmt.Sprintf("%v(%d)", it.v, it.s))
	}
	return out
}

func Tagged[T any](v T) string {
	type tag struct{ val T }
	return fmt.Sprintf("%+v", tag{v})
}

func MakeAcc[T ~int | ~string]() (func(T), func() T) {
	var total T
	return func(v T) { total += v }, func() T { return total }
}

func main() {
	fmt.Println(Ranked([]string{"go", "swift", "c", "rust"}, func(s string) int { return len(s) }))
	fmt.Println(Ranked([]int{3, -7, 5}, func(i int) int { return i * i }))
	fmt.Println(Tagged(42), Tagged("s"), Tagged([]int{1}))
	add, get := MakeAcc[int]()
	for i := range 5 {
		add(i)
	}
	fmt.Println(get())
	adds, gets := MakeAcc[string]()
	adds("ab")
	adds("cd")
	fmt.Println(gets())
}

// run

package main

import (
	"fmt"
	"sort"
)

type Key struct {
	A string
	B int
}

func Counts[T comparable](xs []T) map[T]int {
	m := make(map[T]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Dedup[T comparable](xs []T) []T {
	seen := map[T]bool{}
	var r []T
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			r = append(r, x)
		}
	}
	return r
}

func main() {
	c := Counts([]Key{{"a", 1}, {"b", 2}, {"a", 1}})
	fmt.Println(c[Key{"a", 1}], c[Key{"b", 2}], c[Key{"c", 3}])
	var ifaces []any = []any{1, "1", 1, 2.0, "1"}
	fmt.Println(Dedup(ifaces))
	arr := Counts([][2]int{{1, 2}, {1, 2}, {2, 1}})
	keys := make([]string, 0)
	for k, v := range arr {
		keys = append(keys, fmt.Sprint(k, "=", v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
}

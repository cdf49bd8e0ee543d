// run

package main

import "fmt"

type Key interface {
	comparable
	~string | ~int
}

type ID string

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Count[K Key](ks []K) map[K]int {
	m := make(map[K]int)
	for _, k := range ks {
		m[k]++
	}
	return m
}

type Point struct{ X, Y int }

func main() {
	fmt.Println(Index([]string{"a", "b"}, "b"))
	fmt.Println(Index([]Point{{1, 2}, {3, 4}}, Point{3, 4}))
	var e1, e2 any = 1, "x"
	fmt.Println(Index([]any{e1, e2}, "x"))
	c := Count([]ID{"a", "b", "a"})
	fmt.Println(c["a"], c["b"], len(c))
}

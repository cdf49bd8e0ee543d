// run

package main

import (
	"cmp"
	"fmt"
	"slices"
)

func MaxOf[T cmp.Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

type byLen []string

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple"), MaxOf(1.5, -2))
	words := []string{"banana", "kiwi", "apple", "fig"}
	slices.SortFunc(words, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), cmp.Compare(a, b))
	})
	fmt.Println(words)
	fmt.Println(slices.Max([]int{4, 8, 1}), slices.Index(words, "kiwi"), slices.Contains(words, "x"))
}

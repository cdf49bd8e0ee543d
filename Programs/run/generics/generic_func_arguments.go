// run

// Generic functions passed as values without type arguments: their type
// arguments come from the parameter they are passed to (Apply(3, Double)),
// also for the standard library's (cmp.Compare to slices.SortFunc).
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func Double[T ~int | ~string](v T) T { return v + v }
func Apply[T, U any](x T, f func(T) U) U { return f(x) }
func Map[T, U any](s []T, f func(T) U) []U {
	var out []U
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}
func Identity[T any](v T) T { return v }

func main() {
	fmt.Println(Apply(3, Double), Apply("ab", Double))
	fmt.Println(Map([]int{1, 2}, Double), Map([]string{"x"}, strings.ToUpper))
	var c func(int, int) int = cmp.Compare
	fmt.Println(c(1, 2), slices.IsSortedFunc([]int{1, 2}, cmp.Compare))
	s := []string{"b", "a", "c"}
	slices.SortFunc(s, cmp.Compare)
	fmt.Println(s, Map(s, Identity))
}

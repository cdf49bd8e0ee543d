// run

// Generic type implementing sort.Interface (SortBy[T]); sort.Sort/Stable/IsSorted; sort.Search with generic wrapper.

package main

import (
	"fmt"
	"sort"
)

type SortBy[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (s SortBy[T]) Len() int           { return len(s.xs) }
func (s SortBy[T]) Less(i, j int) bool { return s.less(s.xs[i], s.xs[j]) }
func (s SortBy[T]) Swap(i, j int)      { s.xs[i], s.xs[j] = s.xs[j], s.xs[i] }

func Sort[T any](xs []T, less func(a, b T) bool) {
	sort.Sort(SortBy[T]{xs, less})
}

func Stable[T any](xs []T, less func(a, b T) bool) {
	sort.Stable(SortBy[T]{xs, less})
}

func Search[T any](xs []T, pred func(T) bool) int {
	return sort.Search(len(xs), func(i int) bool { return pred(xs[i]) })
}

type card struct {
	rank int
	suit byte
}

func main() {
	cards := []card{{10, 'h'}, {2, 's'}, {10, 'c'}, {5, 'd'}, {2, 'h'}, {14, 's'}, {5, 's'}}
	Stable(cards, func(a, b card) bool { return a.rank < b.rank })
	for _, c := range cards {
		fmt.Printf("%d%c ", c.rank, c.suit)
	}
	fmt.Println()
	Stable(cards, func(a, b card) bool { return a.suit < b.suit })
	for _, c := range cards {
		fmt.Printf("%d%c ", c.rank, c.suit)
	}
	fmt.Println()
	words := []string{"kiwi", "fig", "banana", "apple", "date"}
	Sort(words, func(a, b string) bool { return len(a) < len(b) || (len(a) == len(b) && a < b) })
	fmt.Println(words)
	fmt.Println(sort.IsSorted(SortBy[string]{words, func(a, b string) bool { return a < b }}))
	nums := []int{1, 3, 5, 7, 9, 11}
	fmt.Println(Search(nums, func(n int) bool { return n >= 6 }), Search(nums, func(n int) bool { return n > 100 }))
	var si sort.Interface = SortBy[float64]{[]float64{3, 1, 2}, func(a, b float64) bool { return a > b }}
	sort.Sort(si)
	fmt.Println(si.(SortBy[float64]).xs, si.Len())
}

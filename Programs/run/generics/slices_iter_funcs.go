// run

// slices.All, Values, Backward, Collect, AppendSeq, Sorted, SortedFunc, SortedStableFunc over iterators.

package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

func main() {
	s := []string{"delta", "alpha", "charlie", "bravo"}
	for i, v := range slices.All(s) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(s) {
		fmt.Print(i, ":", v, " ")
		if i == 1 {
			break
		}
	}
	fmt.Println()
	fmt.Println(slices.Sorted(slices.Values(s)))
	fmt.Println(s)
	byLen := slices.SortedFunc(slices.Values(s), func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(byLen)
	stable := slices.SortedStableFunc(slices.Values([]string{"bb", "a", "cc", "d", "eee", "ff"}),
		func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(stable)
	acc := slices.AppendSeq([]string{"start"}, slices.Values(s[:2]))
	fmt.Println(acc)
	up := slices.Collect(func(yield func(string) bool) {
		for _, w := range s {
			if !yield(strings.ToUpper(w[:1])) {
				return
			}
		}
	})
	fmt.Println(up, len(up))
	empty := slices.Collect(slices.Values([]int{}))
	fmt.Println(empty == nil, len(empty))
	rev := slices.Collect(func(yield func(int) bool) {
		for _, v := range slices.Backward([]int{1, 2, 3}) {
			if !yield(v * 100) {
				return
			}
		}
	})
	fmt.Println(rev)
}

// run

// goto out of range-over-func bodies: to a label after the loop, out of two nested bodies, from a body to a label in the enclosing body; the iterators stop and their defers run.

package main

import (
	"fmt"
	"slices"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq", n, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (res string) {
	for i := range seq(5) {
		for j := range seq(5) {
			if i*j == target {
				res = fmt.Sprint(i, j)
				goto found
			}
			if j > 3 {
				goto next
			}
		}
	next:
		fmt.Println("next after", i)
	}
	return "none"
found:
	return "found " + res
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(100))
	n := 0
	for v := range slices.Values([]int{1, 2, 3, 4}) {
		if v == 3 {
			goto out
		}
		n += v
	}
out:
	fmt.Println("n", n)
}

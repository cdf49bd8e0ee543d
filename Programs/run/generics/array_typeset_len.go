// run

// len of a type parameter whose type set holds arrays of different lengths:
// each instance knows its own.
package main

import "fmt"

func Len[A ~[2]int | ~[3]int](a A) int { return len(a) }

type Pair [2]int

func Sum[A ~[2]int | ~[3]int](a A) int {
	s := 0
	for i := 0; i < len(a); i++ {
		s += a[i]
	}
	return s
}

func main() {
	fmt.Println(Len([2]int{}), Len([3]int{}), Len(Pair{}))
	fmt.Println(Sum(Pair{3, 4}), Sum([3]int{1, 2, 3}))
}

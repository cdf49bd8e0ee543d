// run

// break/continue inside range-over-func; iterator observes yield returning false and runs cleanup.

package main

import (
	"fmt"
	"iter"
)

func Traced(name string, xs []int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "cleanup")
		for _, x := range xs {
			if !yield(x) {
				fmt.Println(name, "stopped at", x)
				return
			}
		}
		fmt.Println(name, "exhausted")
	}
}

func main() {
	for x := range Traced("A", []int{1, 2, 3, 4, 5}) {
		if x%2 == 0 {
			continue
		}
		fmt.Println("A got", x)
	}
	for x := range Traced("B", []int{10, 20, 30, 40}) {
		if x == 30 {
			break
		}
		fmt.Println("B got", x)
	}
	sum := 0
	for x := range Traced("C", []int{5, 6, 7}) {
		sum += x
		if sum > 100 {
			break
		}
	}
	fmt.Println("sum", sum)
	for x := range Traced("D", nil) {
		fmt.Println("D never", x)
	}
	i := 0
	for x := range Traced("E", []int{1, 1, 2, 3, 5, 8, 13}) {
		i++
		switch {
		case x < 3:
			continue
		case x > 5:
			break
		default:
			fmt.Println("E switch", x)
		}
		if x == 8 {
			break
		}
	}
	fmt.Println("iterations", i)
}

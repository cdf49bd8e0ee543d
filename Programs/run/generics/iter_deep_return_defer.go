// run

// Return of multiple values from three nested range-over-func loops with defers at each level and in iterators; order of cleanup.

package main

import (
	"fmt"
	"iter"
)

func Upto(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("    close", name)
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (a, b, c int, ok bool) {
	defer fmt.Println("  find returns")
	for i := range Upto("i", 4) {
		defer fmt.Println("  defer i", i)
		for j := range Upto("j", 4) {
			for k := range Upto("k", 4) {
				if i*16+j*4+k == target {
					defer fmt.Println("  defer at hit")
					return i, j, k, true
				}
			}
		}
	}
	return 0, 0, 0, false
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(100))
}

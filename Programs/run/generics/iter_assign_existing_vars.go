// run

// Range over functions assigning to existing variables (for k, v = range seq): locals, a global, a variable captured by a closure in the body; the last values stay after break.

package main

import (
	"fmt"
	"maps"
	"slices"
)

var gk string

func main() {
	var i, v int
	for i, v = range slices.All([]int{10, 20, 30}) {
		if v == 20 {
			break
		}
	}
	fmt.Println(i, v)
	var k string
	var n int
	for k, n = range maps.All(map[string]int{"only": 7}) {
	}
	fmt.Println(k, n)
	for gk = range maps.Keys(map[string]bool{"g": true}) {
	}
	fmt.Println(gk)
	var last int
	for last = range func(yield func(int) bool) {
		for j := 0; j < 5; j++ {
			if !yield(j * j) {
				return
			}
		}
	} {
		f := func() int { return last }
		if f() > 5 {
			break
		}
	}
	fmt.Println(last)
	var x int
	for _, x = range slices.All([]int{4, 5}) {
	}
	fmt.Println(x)
}

// run

package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped at", i)
				return
			}
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2) && yield("c", 3)
}

func thrice(yield func() bool) {
	for i := 0; i < 3; i++ {
		if !yield() {
			return
		}
	}
}

func main() {
	for i := range count(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range count(10) {
		if i == 2 {
			break
		}
	}
	for k, v := range pairs {
		fmt.Print(k, v, ";")
	}
	fmt.Println()
	for k := range pairs {
		fmt.Print(k)
	}
	fmt.Println()
	n := 0
	for range thrice {
		n++
	}
	fmt.Println(n)
}

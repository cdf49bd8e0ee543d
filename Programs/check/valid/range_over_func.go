// run

package main

import (
	"fmt"
	"iter"
)

func Count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  stopped at", i)
				return
			}
		}
	}
}

func Pairs(s []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Nothing(yield func() bool) {
	yield()
	yield()
}

func main() {
	for i := range Count(10) {
		if i == 3 {
			break
		}
		fmt.Println(i)
	}
	for i, s := range Pairs([]string{"a", "b"}) {
		fmt.Println(i, s)
	}
	n := 0
	for range Nothing {
		n++
	}
	fmt.Println("nothing yielded", n)
	for i := range Count(3) {
		if i == 1 {
			continue
		}
		fmt.Println("cont", i)
	}
	fmt.Println(find())
}

func find() int {
	for i := range Count(100) {
		if i*i > 50 {
			return i
		}
	}
	return -1
}

// run

package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("seq done")
		for i := 1; i <= n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func find(target int) (idx int) {
	defer func() { fmt.Println("find returns", idx) }()
	for i := range seq(5) {
		if i == target {
			return i * 10
		}
	}
	return -1
}

func main() {
	fmt.Println(find(3))
	fmt.Println(find(9))
outer:
	for i := range seq(3) {
		for j := range seq(3) {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	fmt.Println("end")
}

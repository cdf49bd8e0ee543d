// run

// defer inside a range-over-func loop body: deferred calls run when the enclosing function returns, in LIFO order.

package main

import (
	"fmt"
	"iter"
)

func Seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			fmt.Println("  yield", i)
			if !yield(i) {
				return
			}
		}
		fmt.Println("  seq done")
	}
}

func run(n, stop int) (out []int) {
	defer fmt.Println("run: outer defer")
	for i := range Seq(n) {
		defer func() {
			fmt.Println("deferred body", i)
			out = append(out, i*10)
		}()
		if i == stop {
			break
		}
	}
	fmt.Println("run: after loop")
	return nil
}

func nested() {
	for i := range Seq(2) {
		for j := range Seq(2) {
			defer fmt.Println("nested defer", i, j)
		}
	}
	fmt.Println("nested: end of function")
}

func main() {
	fmt.Println(run(3, 99))
	fmt.Println(run(5, 1))
	nested()
}

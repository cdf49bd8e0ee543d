// run

// defer in the body of a range over a function belongs to the enclosing
// function: it runs when that function returns (after the loop, in LIFO
// order with the function's other defers), sees named results, and a panic
// in the body is recovered by such a defer; nested loops share the frame.
package main

import (
	"fmt"
	"slices"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func deferInBody() (out string) {
	defer func() { out += " [outer defer]" }()
	for i := range seq(3) {
		defer func() { out += fmt.Sprint(" d", i) }()
		fmt.Println("  body", i)
	}
	fmt.Println("  after loop")
	return "result"
}

func nested() {
	for i := range seq(2) {
		for j := range slices.Values([]string{"a", "b"}) {
			defer fmt.Println("  deferred", i, j)
		}
	}
	fmt.Println("  nested loops over")
}

func recovered() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range seq(5) {
		defer func() {
			if i == 3 {
				fmt.Println("  cleanup for", i)
			}
		}()
		if i == 3 {
			panic("three")
		}
	}
	return nil
}

func earlyReturn() int {
	for i := range seq(10) {
		defer fmt.Println("  unwinding", i)
		if i == 2 {
			return i * 100
		}
	}
	return -1
}

func main() {
	fmt.Println(deferInBody())
	nested()
	fmt.Println(recovered())
	fmt.Println(earlyReturn())
}

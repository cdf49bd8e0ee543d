// run

package main

import (
	"fmt"
	"iter"
)

func Grid(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for r := range n {
			for c := range n {
				if !yield(r, c) {
					return
				}
			}
		}
	}
}

func deferInLoop() {
	for r, c := range Grid(2) {
		defer fmt.Println("deferred", r, c)
	}
	fmt.Println("loop done")
}

func main() {
outer:
	for _, row := range [][]int{{1, 2}, {3, 4}} {
		for r, c := range Grid(3) {
			if c == 2 {
				continue outer
			}
			if r == 1 {
				break outer
			}
			fmt.Println(row, r, c)
		}
	}
	deferInLoop()
	defer func() { fmt.Println("recovered:", recover()) }()
	for r := range Grid(2) {
		if r == 1 {
			panic("in loop body")
		}
	}
}

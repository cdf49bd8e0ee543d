// run

// Labeled break and continue out of nested range-over-func loops, mixing with ordinary for loops.

package main

import (
	"fmt"
	"iter"
)

func Range(lo, hi int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := lo; i < hi; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Grid(w, h int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				if !yield(x, y) {
					return
				}
			}
		}
	}
}

func main() {
outer:
	for i := range Range(0, 5) {
		for j := range Range(0, 5) {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	found := false
search:
	for a := range Range(1, 20) {
		for b := range Range(a, 20) {
			for c := range Range(b, 30) {
				if a*a+b*b == c*c && a > 6 {
					fmt.Println("triple", a, b, c)
					found = true
					break search
				}
			}
		}
	}
	fmt.Println("found", found)

	count := 0
rows:
	for x, y := range Grid(4, 4) {
		for k := 0; k < 3; k++ {
			if k == x {
				continue rows
			}
			if y == 3 {
				break rows
			}
			count++
		}
	}
	fmt.Println("count", count)

L1:
	for i := 0; i < 3; i++ {
		for v := range Range(10, 13) {
			if v == 11 && i == 1 {
				continue L1
			}
			if i == 2 {
				break L1
			}
			fmt.Println("plain-outer", i, v)
		}
	}
}

// run

// Misc control flow inside range-over-func bodies: goto within body, switch with fallthrough, break from select, labeled continue of inner plain loop.

package main

import (
	"fmt"
	"iter"
)

func N(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func main() {
	for i := range N(4) {
		tries := 0
	retry:
		tries++
		if tries < i {
			goto retry
		}
		fmt.Println("i", i, "tries", tries)
	}
	for i := range N(5) {
		switch i {
		case 1:
			fmt.Print("one ")
			fallthrough
		case 2:
			fmt.Print("one-or-two ")
		case 3:
			fmt.Print("three ")
			continue
		default:
			fmt.Print("other ")
		}
		fmt.Println("| after switch", i)
	}
	fmt.Println()
	ch := make(chan int, 3)
	for i := range N(3) {
		ch <- i * 10
	}
	close(ch)
	got := 0
	for i := range N(10) {
		select {
		case v, ok := <-ch:
			if !ok {
				fmt.Println("closed at", i)
				break
			}
			got += v
			continue
		}
		if i > 4 {
			break
		}
	}
	fmt.Println("got", got)
	for i := range N(3) {
	inner:
		for j := 0; j < 3; j++ {
			for k := range N(3) {
				if k > j {
					continue inner
				}
				if j == 2 && i == 1 {
					break inner
				}
				fmt.Print(i, j, k, " ")
			}
		}
	}
	fmt.Println()
}

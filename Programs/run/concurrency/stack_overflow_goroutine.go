// run

// Runaway recursion in a goroutine hits Go's 1 GB stack limit: "runtime: goroutine stack exceeds 1000000000-byte limit", "fatal error: stack overflow".
package main

import (
	"fmt"
	"os"
)

type tree struct {
	left, right *tree
}

// count never reaches a nil child: the tree is a cycle
func (t *tree) count() int {
	if t == nil {
		return 0
	}
	return 1 + t.left.count() + t.right.count()
}

func main() {
	// a finite tree first
	leaf := &tree{}
	ok := &tree{left: leaf, right: &tree{left: &tree{}}}
	fmt.Println("finite tree:", ok.count())

	// a bounded deep recursion is fine in a goroutine
	done := make(chan int)
	go func() {
		var f func(int) int
		f = func(n int) int {
			if n == 0 {
				return 0
			}
			return f(n-1) + 1
		}
		done <- f(200000)
	}()
	fmt.Println("bounded:", <-done)

	// a cycle: recursion never ends
	cyc := &tree{}
	cyc.left = cyc
	go func() {
		defer fmt.Println("deferred calls do not run on a fatal error")
		defer func() {
			fmt.Println("recover cannot catch it:", recover())
		}()
		fmt.Println("cycle count:", cyc.count())
		done <- 0
	}()
	fmt.Fprintln(os.Stderr, "waiting for the cycle")
	<-done
	fmt.Println("not reached")
}

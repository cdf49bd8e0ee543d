// run

// a type switch's per-clause variable captured by a closure.
package main

import "fmt"

type obj struct{ n int }

func main() {
	target := obj{42}
	var x any = &target // does not escape: x's data word is target's frame address
	switch v := x.(type) {
	case *obj:
		func() { fmt.Println(v.n) }() // v is captured: gosub gives the type switch's v a heap cell
	}
}

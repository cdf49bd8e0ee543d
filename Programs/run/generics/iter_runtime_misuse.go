// run

// Iterator misuse: continuing to call yield after it returned false; the runtime panic is recovered and its message printed.

package main

import (
	"fmt"
	"iter"
)

func Bad() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			yield(i)
		}
	}
}

func Good() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Printf("%s: is runtime error: %T\n", name, e != nil)
			}
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	try("bad-full", func() {
		for x := range Bad() {
			fmt.Println("bad-full got", x)
		}
	})
	try("bad-break", func() {
		for x := range Bad() {
			fmt.Println("bad-break got", x)
			if x == 1 {
				break
			}
		}
	})
	try("good-break", func() {
		for x := range Good() {
			if x == 1 {
				break
			}
		}
	})
}

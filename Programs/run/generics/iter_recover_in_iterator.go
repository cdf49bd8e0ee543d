// run

// An iterator that recovers a panic from the loop body: Go reports a runtime error; also an iterator whose own defer observes the body panic and re-panics.

package main

import (
	"fmt"
	"iter"
)

func Swallowing() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("  iterator swallowed:", r)
			}
		}()
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Observing() iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("  iterator saw:", r)
				panic(fmt.Sprint("rethrown: ", r))
			}
		}()
		for i := 0; i < 3; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run(name string, seq iter.Seq[int]) {
	defer func() {
		fmt.Println(name, "caller recovered:", recover())
	}()
	for x := range seq {
		fmt.Println(name, "body", x)
		if x == 1 {
			panic("boom")
		}
	}
	fmt.Println(name, "loop finished normally")
}

func main() {
	run("observing", Observing())
	run("swallowing", Swallowing())
}

// run

// Basic range-over-func: iter.Seq and iter.Seq2 counters, ranging with no vars, one var, both vars; empty sequences.

package main

import (
	"fmt"
	"iter"
)

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Squares(n int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for i := 1; i <= n; i++ {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func Letters(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, r := range s {
			if !yield(i, string(r)) {
				return
			}
		}
	}
}

func Nothing[T any]() iter.Seq[T] { return func(func(T) bool) {} }

func main() {
	for i := range Count(4) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 0
	for range Count(7) {
		n++
	}
	fmt.Println("ticks", n)
	for k, v := range Squares(5) {
		fmt.Printf("%d^2=%d\n", k, v)
	}
	for k := range Squares(3) {
		fmt.Print(k, ";")
	}
	fmt.Println()
	for i, s := range Letters("aé日") {
		fmt.Println(i, s)
	}
	for x := range Nothing[string]() {
		fmt.Println("never", x)
	}
	var f func(func(int) bool) = Count(2)
	for v := range f {
		fmt.Println("plain func type", v)
	}
	for _, v := range Squares(2) {
		fmt.Println("value only", v)
	}
}

// run

// iter.Pull and iter.Pull2: values on demand, stop before the end, next
// after the end, a panic in the iterator reaching the caller of next, and
// zipping two sequences.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  count cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(count(5))
	for i := 0; i < 3; i++ {
		v, ok := next()
		fmt.Println(v, ok)
	}
	stop()
	fmt.Println(next())
	stop()

	next2, stop2 := iter.Pull(count(2))
	fmt.Println(next2())
	fmt.Println(next2())
	fmt.Println(next2())
	fmt.Println(next2())
	stop2()

	_, stop3 := iter.Pull(count(2))
	stop3()

	for a, b := range zip(slices.Values([]string{"a", "b", "c"}), count(10)) {
		fmt.Println(a, b)
	}

	n4, s4 := iter.Pull2(maps.All(map[string]int{"k": 1}))
	fmt.Println(n4())
	fmt.Println(n4())
	s4()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n, s := iter.Pull(func(yield func(int) bool) {
			yield(1)
			panic("iterator failed")
		})
		defer s()
		fmt.Println(n())
		fmt.Println(n())
	}()
}

// run

// iter.Pull: manual next/stop, calling next after exhaustion, calling stop early and twice, merging two sorted sequences.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

func Merge[T cmp.Ordered](a, b iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		va, oka := na()
		vb, okb := nb()
		for oka || okb {
			if !okb || (oka && va <= vb) {
				if !yield(va) {
					return
				}
				va, oka = na()
			} else {
				if !yield(vb) {
					return
				}
				vb, okb = nb()
			}
		}
	}
}

func Counter(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  counter cleanup")
		for i := range n {
			if !yield(i) {
				fmt.Println("  counter asked to stop")
				return
			}
		}
	}
}

func main() {
	next, stop := iter.Pull(Counter(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	v, ok := next()
	fmt.Println("after end:", v, ok)
	stop()

	next2, stop2 := iter.Pull(Counter(10))
	a, _ := next2()
	b, _ := next2()
	fmt.Println("partial", a, b)
	stop2()
	stop2()
	c, ok := next2()
	fmt.Println("after stop:", c, ok)

	_, stop3 := iter.Pull(Counter(5))
	stop3()
	fmt.Println("stopped before start")

	fmt.Println(slices.Collect(Merge(slices.Values([]int{1, 4, 9, 10}), slices.Values([]int{2, 3, 11}))))
	fmt.Println(slices.Collect(Merge(slices.Values([]string{"b", "d"}), slices.Values([]string(nil)))))
}

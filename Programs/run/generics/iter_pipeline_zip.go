// run

// Zip of two iter.Seq via iter.Pull producing iter.Seq2; uneven lengths; stop semantics.

package main

import (
	"fmt"
	"iter"
	"slices"
)

func Zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			va, ok1 := na()
			vb, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(va, vb) {
				return
			}
		}
	}
}

func Gen(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  gen", name, "finished")
		for i := 0; i < n; i++ {
			if !yield(i * 10) {
				return
			}
		}
	}
}

func main() {
	for a, b := range Zip(Gen("x", 3), slices.Values([]string{"p", "q", "r", "s"})) {
		fmt.Println(a, b)
	}
	fmt.Println("--")
	for a, b := range Zip(Gen("long", 100), Gen("short", 2)) {
		fmt.Println(a, b)
	}
	fmt.Println("--")
	for a, b := range Zip(Gen("l", 5), Gen("r", 5)) {
		if a >= 20 {
			break
		}
		fmt.Println(a + b)
	}
	fmt.Println("--")
	type pt struct{ x, y float64 }
	var pts []pt
	for x, y := range Zip(slices.Values([]float64{1, 2, 3}), slices.Values([]float64{0.5, 1.5})) {
		pts = append(pts, pt{x, y})
	}
	fmt.Println(pts)
}

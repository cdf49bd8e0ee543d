// run

// Ranging directly over method values whose signature is func(yield func(T) bool), on generic types with value and pointer receivers.

package main

import "fmt"

type Ring[T any] struct {
	xs    []T
	start int
}

func (r Ring[T]) Each(yield func(T) bool) {
	for i := range r.xs {
		if !yield(r.xs[(r.start+i)%len(r.xs)]) {
			return
		}
	}
}

func (r *Ring[T]) Indexed(yield func(int, T) bool) {
	for i := range r.xs {
		if !yield(i, r.xs[(r.start+i)%len(r.xs)]) {
			return
		}
	}
}

func (r *Ring[T]) Rotate() { r.start = (r.start + 1) % len(r.xs) }

type Countdown int

func (c Countdown) Seq(yield func(int) bool) {
	for i := int(c); i > 0; i-- {
		if !yield(i) {
			return
		}
	}
}

func main() {
	r := &Ring[string]{xs: []string{"a", "b", "c", "d"}}
	for v := range r.Each {
		fmt.Print(v)
	}
	fmt.Println()
	r.Rotate()
	for i, v := range r.Indexed {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	each := r.Each
	r.Rotate()
	for v := range each {
		fmt.Print(v)
	}
	fmt.Println(" (bound before rotate)")
	for v := range r.Each {
		fmt.Print(v)
	}
	fmt.Println()
	for v := range Countdown(5).Seq {
		if v == 2 {
			break
		}
		fmt.Print(v, "..")
	}
	fmt.Println()
	f := (*Ring[string]).Indexed
	for i, v := range func(y func(int, string) bool) { f(r, y) } {
		if i == 1 {
			continue
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
}

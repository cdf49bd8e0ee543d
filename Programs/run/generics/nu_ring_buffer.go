// run

// Generic fixed-capacity ring buffer with overwrite-oldest semantics, All()/Backward() iterators, Push/Pop/At, a moving-average helper over a numeric constraint, and Pull-based comparison.

package main

import (
	"fmt"
	"iter"
	"slices"
)

type Ring[T any] struct {
	buf   []T
	head  int
	count int
	drops int
}

func NewRing[T any](capacity int) *Ring[T] { return &Ring[T]{buf: make([]T, capacity)} }
func (r *Ring[T]) Len() int { return r.count }
func (r *Ring[T]) Cap() int { return len(r.buf) }

func (r *Ring[T]) Push(vs ...T) {
	for _, v := range vs {
		r.buf[(r.head+r.count)%len(r.buf)] = v
		if r.count == len(r.buf) {
			r.head = (r.head + 1) % len(r.buf)
			r.drops++
		} else {
			r.count++
		}
	}
}

func (r *Ring[T]) Pop() (v T, ok bool) {
	if r.count == 0 {
		return
	}
	var zero T
	v, r.buf[r.head] = r.buf[r.head], zero
	r.head = (r.head + 1) % len(r.buf)
	r.count--
	return v, true
}

func (r *Ring[T]) At(i int) T {
	if i < 0 {
		i += r.count
	}
	if i < 0 || i >= r.count {
		panic(fmt.Sprintf("ring index %d out of range [0,%d)", i, r.count))
	}
	return r.buf[(r.head+i)%len(r.buf)]
}

func (r *Ring[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := 0; i < r.count && yield(i, r.At(i)); i++ {
		}
	}
}

func (r *Ring[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := r.count - 1; i >= 0 && yield(r.At(i)); i-- {
		}
	}
}

func (r *Ring[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) { r.All()(func(_ int, v T) bool { return yield(v) }) }
}

type Real interface{ ~float32 | ~float64 | ~int }

func MovingAvg[T Real](window int, xs iter.Seq[T]) iter.Seq[float64] {
	return func(yield func(float64) bool) {
		r := NewRing[T](window)
		var sum T
		for x := range xs {
			if r.Len() == r.Cap() {
				old, _ := r.Pop()
				sum -= old
			}
			r.Push(x)
			sum += x
			if !yield(float64(sum) / float64(r.Len())) {
				return
			}
		}
	}
}

func Equal[T comparable](a, b iter.Seq[T]) bool {
	na, sa := iter.Pull(a)
	defer sa()
	nb, sb := iter.Pull(b)
	defer sb()
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if !ok1 || !ok2 || x != y {
			return !ok1 && !ok2
		}
	}
}

func main() {
	r := NewRing[string](3)
	r.Push("a", "b")
	fmt.Println(slices.Collect(r.Values()), r.Len(), r.drops)
	r.Push("c", "d", "e")
	fmt.Println(slices.Collect(r.Values()), r.Len(), r.drops, r.At(-1), r.At(0))
	for i, v := range r.All() {
		fmt.Print(i, v, " ")
	}
	fmt.Println(slices.Collect(r.Backward()))
	v, ok := r.Pop()
	r.Push("f")
	fmt.Println(v, ok, slices.Collect(r.Values()), r.head)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = r.At(5)
	}()
	for v := range r.Backward() {
		if v == "e" {
			break
		}
		fmt.Println("newest before e:", v)
	}
	prices := []float64{10, 11, 12, 13, 20, 5, 5, 5}
	for avg := range MovingAvg(3, slices.Values(prices)) {
		fmt.Printf("%.3f ", avg)
	}
	fmt.Println()
	fmt.Println(slices.Collect(MovingAvg(2, slices.Values([]int{1, 2, 4, 8}))))
	x, y := NewRing[int](4), NewRing[int](2)
	x.Push(1, 2, 3, 4, 5, 6)
	y.Push(5, 6)
	fmt.Println(Equal(x.Values(), y.Values()))
	y.Push(7)
	x.Pop()
	x.Pop()
	x.Push(9)
	fmt.Println(slices.Collect(x.Values()), slices.Collect(y.Values()), Equal(x.Values(), y.Values()))
	events := NewRing[struct{ id int }](2)
	events.Push(struct{ id int }{1}, struct{ id int }{2}, struct{ id int }{3})
	fmt.Printf("%+v %d\n", slices.Collect(events.Values()), events.drops)
}

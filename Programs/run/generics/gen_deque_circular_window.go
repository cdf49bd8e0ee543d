// run

// Growable circular-slice Deque[T] with At/Rotate/iterators, used for a monotonic sliding-window maximum over ~int|~float64 values and a palindrome check over runes.

package main

import (
	"fmt"
	"iter"
)

type Deque[T any] struct {
	buf        []T
	head, size int
}

func (d *Deque[T]) grow() {
	nb := make([]T, max(4, 2*len(d.buf)))
	for i := range d.size {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque[T]) PushBack(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.size)%len(d.buf)] = v
	d.size++
}

func (d *Deque[T]) PushFront(v T) {
	if d.size == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.size++
}

// take removes the element in slot i, clearing the slot for the garbage collector.
func (d *Deque[T]) take(i int) (v T) {
	var zero T
	v, d.buf[i] = d.buf[i], zero
	d.size--
	return
}

func (d *Deque[T]) PopBack() T { return d.take((d.head + d.size - 1) % len(d.buf)) }

func (d *Deque[T]) PopFront() T {
	i := d.head
	d.head = (d.head + 1) % len(d.buf)
	return d.take(i)
}

func (d *Deque[T]) At(i int) T { return d.buf[(d.head+i)%len(d.buf)] }
func (d *Deque[T]) Front() T   { return d.At(0) }
func (d *Deque[T]) Back() T    { return d.At(d.size - 1) }
func (d *Deque[T]) Len() int   { return d.size }

func (d *Deque[T]) Rotate(n int) {
	if d.size == 0 {
		return
	}
	n %= d.size
	for ; n > 0; n-- {
		d.PushFront(d.PopBack())
	}
	for ; n < 0; n++ {
		d.PushBack(d.PopFront())
	}
}

func (d *Deque[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i := range d.size {
			if !yield(i, d.At(i)) {
				return
			}
		}
	}
}

func (d *Deque[T]) String() string {
	s := make([]T, 0, d.size)
	for _, v := range d.All() {
		s = append(s, v)
	}
	return fmt.Sprint(s)
}

type Number interface{ ~int | ~float64 }

// WindowMax keeps indices whose values are decreasing.
func WindowMax[T Number](xs []T, k int) []T {
	var dq Deque[int]
	var out []T
	for i, x := range xs {
		for dq.Len() > 0 && xs[dq.Back()] <= x {
			dq.PopBack()
		}
		dq.PushBack(i)
		if dq.Front() <= i-k {
			dq.PopFront()
		}
		if i >= k-1 {
			out = append(out, xs[dq.Front()])
		}
	}
	return out
}

func IsPalindrome(s string) bool {
	var d Deque[rune]
	for _, r := range s {
		if r != ' ' {
			d.PushBack(r)
		}
	}
	for d.Len() > 1 {
		if d.PopFront() != d.PopBack() {
			return false
		}
	}
	return true
}

type Celsius float64

func main() {
	var d Deque[string]
	for _, s := range []string{"c", "d", "e"} {
		d.PushBack(s)
	}
	d.PushFront("b")
	d.PushFront("a")
	fmt.Println(d.String(), d.Len(), len(d.buf), d.head)
	d.Rotate(2)
	fmt.Print("rotate 2: ", d.String())
	d.Rotate(-3)
	fmt.Println(", rotate -3:", d.String())
	fmt.Println(d.PopBack(), d.PopFront(), d.String())
	for i, v := range d.All() {
		if i == 2 {
			break
		}
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(WindowMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	wm := WindowMax([]Celsius{20.5, 19, 22.25, 21, 18, 17.5}, 2)
	fmt.Printf("%v %T\n", wm, wm)
	for _, s := range []string{"never odd or even", "golang", "", "a man a plan a canal panama", "été"} {
		fmt.Printf("%q %v\n", s, IsPalindrome(s))
	}
}

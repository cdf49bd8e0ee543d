// run

// Generic deque built on a doubly linked list of generic nodes; front/back ops and iterators both ways.

package main

import (
	"fmt"
	"iter"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type Deque[T any] struct {
	front, back *node[T]
	n           int
}

func (d *Deque[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: d.front}
	if d.front != nil {
		d.front.prev = nd
	} else {
		d.back = nd
	}
	d.front = nd
	d.n++
}

func (d *Deque[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: d.back}
	if d.back != nil {
		d.back.next = nd
	} else {
		d.front = nd
	}
	d.back = nd
	d.n++
}

func (d *Deque[T]) PopFront() (T, bool) {
	if d.front == nil {
		var z T
		return z, false
	}
	nd := d.front
	d.front = nd.next
	if d.front == nil {
		d.back = nil
	} else {
		d.front.prev = nil
	}
	d.n--
	return nd.val, true
}

func (d *Deque[T]) PopBack() (T, bool) {
	if d.back == nil {
		var z T
		return z, false
	}
	nd := d.back
	d.back = nd.prev
	if d.back == nil {
		d.front = nil
	} else {
		d.back.next = nil
	}
	d.n--
	return nd.val, true
}

func (d *Deque[T]) Forward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := d.front; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (d *Deque[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := d.n - 1
		for n := d.back; n != nil; n = n.prev {
			if !yield(i, n.val) {
				return
			}
			i--
		}
	}
}

func main() {
	var d Deque[rune]
	for _, r := range "hello" {
		d.PushBack(r)
	}
	d.PushFront('>')
	d.PushBack('<')
	for r := range d.Forward() {
		fmt.Printf("%c", r)
	}
	fmt.Println()
	for i, r := range d.Backward() {
		if i < 3 {
			break
		}
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	a, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Printf("%c %c %d\n", a, b, d.n)
	for d.n > 0 {
		if d.n%2 == 0 {
			v, _ := d.PopFront()
			fmt.Printf("F%c ", v)
		} else {
			v, _ := d.PopBack()
			fmt.Printf("B%c ", v)
		}
	}
	fmt.Println()
	_, ok := d.PopBack()
	fmt.Println("empty ok:", ok, d.front == nil, d.back == nil)
}

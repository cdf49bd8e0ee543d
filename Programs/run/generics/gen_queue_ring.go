// run

// Generic ring-buffer queue with growth, Len, and an All iterator.

package main

import (
	"fmt"
	"iter"
)

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) grow() {
	nb := make([]T, len(q.buf)*2+1)
	for i := 0; i < q.size; i++ {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf = nb
	q.head = 0
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, error) {
	var zero T
	if q.size == 0 {
		return zero, fmt.Errorf("queue empty")
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, nil
}

func (q *Queue[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for i := 0; i < q.size; i++ {
			if !yield(q.buf[(q.head+i)%len(q.buf)]) {
				return
			}
		}
	}
}

func main() {
	q := NewQueue[string](2)
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	v, _ := q.Dequeue()
	fmt.Println("deq", v)
	q.Enqueue("d")
	q.Enqueue("e")
	q.Enqueue("f")
	fmt.Println("cap", len(q.buf), "size", q.size)
	for x := range q.All() {
		fmt.Print(x, ",")
	}
	fmt.Println()
	for {
		v, err := q.Dequeue()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Println("got", v)
	}
	qi := NewQueue[[2]int](0)
	qi.Enqueue([2]int{1, 2})
	qi.Enqueue([2]int{3, 4})
	for p := range qi.All() {
		fmt.Println(p[0] + p[1])
	}
}

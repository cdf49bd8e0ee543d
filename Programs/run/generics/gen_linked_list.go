// run

// Generic singly linked list with Reverse, Filter, Find, and a recursive generic Fold function.

package main

import (
	"fmt"
	"strings"
)

type List[T any] struct {
	head *elem[T]
	size int
}

type elem[T any] struct {
	v    T
	next *elem[T]
}

func FromSlice[T any](xs ...T) *List[T] {
	l := &List[T]{}
	for i := len(xs) - 1; i >= 0; i-- {
		l.head = &elem[T]{xs[i], l.head}
		l.size++
	}
	return l
}

func (l *List[T]) Reverse() {
	var prev *elem[T]
	cur := l.head
	for cur != nil {
		nx := cur.next
		cur.next = prev
		prev = cur
		cur = nx
	}
	l.head = prev
}

func (l *List[T]) Filter(keep func(T) bool) *List[T] {
	out := &List[T]{}
	tail := &out.head
	for e := l.head; e != nil; e = e.next {
		if keep(e.v) {
			*tail = &elem[T]{v: e.v}
			tail = &(*tail).next
			out.size++
		}
	}
	return out
}

func (l *List[T]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	for e := l.head; e != nil; e = e.next {
		if e != l.head {
			sb.WriteString(" -> ")
		}
		fmt.Fprint(&sb, e.v)
	}
	sb.WriteString("]")
	return sb.String()
}

func foldNodes[T, A any](e *elem[T], acc A, f func(A, T) A) A {
	if e == nil {
		return acc
	}
	return foldNodes(e.next, f(acc, e.v), f)
}

func Find[T comparable](l *List[T], target T) int {
	i := 0
	for e := l.head; e != nil; e = e.next {
		if e.v == target {
			return i
		}
		i++
	}
	return -1
}

func main() {
	l := FromSlice(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	ev := l.Filter(func(x int) bool { return x%2 == 0 })
	fmt.Println(ev, ev.size)
	sum := foldNodes(l.head, 0, func(a, x int) int { return a + x })
	fmt.Println("sum", sum)
	s := foldNodes(l.head, "", func(a string, x int) string { return a + fmt.Sprint(x) })
	fmt.Println("concat", s)
	fmt.Println(Find(l, 1), Find(l, 7))
	words := FromSlice("go", "swift", "rust")
	fmt.Println(words, Find(words, "rust"))
	empty := FromSlice[float64]()
	fmt.Println(empty, empty.size, foldNodes(empty.head, 1.5, func(a, x float64) float64 { return a * x }))
}

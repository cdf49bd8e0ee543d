// errorcheck -0 -m -l

// a generic linked list of *node[T]: nodes allocated per push, walked by pointer.

package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &node[T]{val: v, next: l.head} // ERROR "&node\[go\.shape\.int\]\{\.\.\.\} escapes to heap$" "&node\[go\.shape\.string\]\{\.\.\.\} escapes to heap$"
	l.size++
}

func (l *List[T]) Front() *T {
	if l.head == nil {
		return nil
	}
	return &l.head.val
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Reverse[T any](l *List[T]) *List[T] {
	out := &List[T]{} // ERROR "&List\[go\.shape\.int\]\{\} escapes to heap$"
	for n := l.head; n != nil; n = n.next {
		out.PushFront(n.val)
	}
	return out
}

func main() {
	var l List[int]
	l.PushFront(1)
	l.PushFront(2)
	total := 0
	l.Each(func(v int) { total += v }) // ERROR "func literal does not escape$"
	r := Reverse(&l)
	ws := List[string]{}
	ws.PushFront("w")
	fmt.Println(total, *r.Front(), *ws.Front(), r.size) // ERROR "\.\.\. argument does not escape$" "total escapes to heap$" "\*\(\*List\[go\.shape\.int\]\)\.Front\(r, &\.dict\.List\[int\]\) escapes to heap$" "\*\(\*List\[go\.shape\.string\]\)\.Front\(ws, &\.dict\.List\[string\]\) escapes to heap$" "r\.size escapes to heap$"
}

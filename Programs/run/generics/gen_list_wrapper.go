// run

// Typed generic wrapper around container/list with All/Backward iterators, InsertSorted, and removing during iteration safely.

package main

import (
	"cmp"
	"container/list"
	"fmt"
	"iter"
)

type TList[T any] struct{ l *list.List }

func NewTList[T any](xs ...T) TList[T] {
	t := TList[T]{list.New()}
	for _, x := range xs {
		t.l.PushBack(x)
	}
	return t
}

func (t TList[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := t.l.Front(); e != nil; e = e.Next() {
			if !yield(e.Value.(T)) {
				return
			}
		}
	}
}

func (t TList[T]) Backward() iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := t.l.Back(); e != nil; e = e.Prev() {
			if !yield(e.Value.(T)) {
				return
			}
		}
	}
}

func (t TList[T]) RemoveIf(f func(T) bool) int {
	n := 0
	for e := t.l.Front(); e != nil; {
		next := e.Next()
		if f(e.Value.(T)) {
			t.l.Remove(e)
			n++
		}
		e = next
	}
	return n
}

func InsertSorted[T cmp.Ordered](t TList[T], v T) {
	for e := t.l.Front(); e != nil; e = e.Next() {
		if v < e.Value.(T) {
			t.l.InsertBefore(v, e)
			return
		}
	}
	t.l.PushBack(v)
}

func main() {
	t := NewTList(5, 1, 4)
	for x := range t.All() {
		fmt.Print(x, " ")
	}
	fmt.Println()
	s := NewTList[int]()
	for _, v := range []int{7, 3, 9, 1, 3} {
		InsertSorted(s, v)
	}
	for x := range s.Backward() {
		fmt.Print(x, " ")
	}
	fmt.Println(s.l.Len())
	fmt.Println("removed", s.RemoveIf(func(x int) bool { return x == 3 }))
	for x := range s.All() {
		fmt.Print(x, " ")
		if x >= 7 {
			break
		}
	}
	fmt.Println()
	words := NewTList("x", "yy", "zzz")
	words.l.PushFront("w")
	for w := range words.All() {
		fmt.Print(w, ";")
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		bad := NewTList[string]()
		bad.l.PushBack(42)
		for v := range bad.All() {
			fmt.Println("never", v)
		}
	}()
}

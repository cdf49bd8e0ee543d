// run

package main

import (
	"cmp"
	"fmt"
)

type Pair[K cmp.Ordered, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func MaxPair[K cmp.Ordered, V any](ps ...Pair[K, V]) Pair[K, V] {
	best := ps[0]
	for _, p := range ps[1:] {
		if cmp.Compare(p.Key, best.Key) > 0 {
			best = p
		}
	}
	return best
}

func main() {
	fmt.Println(Pair[string, int]{"a", 1})
	fmt.Println(MaxPair(Pair[int, string]{3, "c"}, Pair[int, string]{7, "g"}, Pair[int, string]{5, "e"}))
	var l List[Pair[string, bool]]
	l.Add(Pair[string, bool]{"x", true})
	l.Add(Pair[string, bool]{"y", false})
	l.Each(func(p Pair[string, bool]) { fmt.Println(p) })
	fmt.Println(l.size)
}

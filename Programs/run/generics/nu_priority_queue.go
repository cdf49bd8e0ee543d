// run

// Generic priority queue over container/heap parameterised by a cmp-style less function; task scheduling with ties broken by sequence number.

package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"strings"
)

type inner[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (h *inner[T]) Len() int           { return len(h.items) }
func (h *inner[T]) Less(i, j int) bool { return h.less(h.items[i], h.items[j]) }
func (h *inner[T]) Swap(i, j int)      { h.items[i], h.items[j] = h.items[j], h.items[i] }
func (h *inner[T]) Push(x any)         { h.items = append(h.items, x.(T)) }
func (h *inner[T]) Pop() any {
	n := len(h.items)
	x := h.items[n-1]
	var zero T
	h.items[n-1] = zero
	h.items = h.items[:n-1]
	return x
}

type PQ[T any] struct{ h *inner[T] }

func NewPQ[T any](compare func(a, b T) int, init ...T) *PQ[T] {
	h := &inner[T]{items: append([]T(nil), init...), less: func(a, b T) bool { return compare(a, b) < 0 }}
	heap.Init(h)
	return &PQ[T]{h}
}

func (q *PQ[T]) Push(v T)  { heap.Push(q.h, v) }
func (q *PQ[T]) Pop() T    { return heap.Pop(q.h).(T) }
func (q *PQ[T]) Len() int  { return q.h.Len() }
func (q *PQ[T]) Peek() T   { return q.h.items[0] }
func (q *PQ[T]) Drain() []T {
	var out []T
	for q.Len() > 0 {
		out = append(out, q.Pop())
	}
	return out
}

type Task struct {
	Name     string
	Priority int
	Seq      int
}

func (t Task) String() string { return fmt.Sprintf("%s(p%d#%d)", t.Name, t.Priority, t.Seq) }

func byPriority(a, b Task) int {
	return cmp.Or(cmp.Compare(b.Priority, a.Priority), cmp.Compare(a.Seq, b.Seq))
}

func main() {
	ints := NewPQ(cmp.Compare[int], 5, 1, 9, 3, 7)
	ints.Push(4)
	ints.Push(0)
	fmt.Println("peek", ints.Peek())
	fmt.Println(ints.Drain())

	words := NewPQ(func(a, b string) int {
		return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
	})
	for _, w := range strings.Fields("pear fig banana kiwi apple date plum") {
		words.Push(w)
	}
	fmt.Println(words.Drain())

	seq := 0
	tasks := NewPQ(byPriority)
	add := func(name string, p int) {
		seq++
		tasks.Push(Task{name, p, seq})
	}
	add("backup", 1)
	add("deploy", 5)
	add("email", 3)
	add("hotfix", 5)
	add("lint", 1)
	for i := 0; i < 2; i++ {
		t := tasks.Pop()
		fmt.Println("run", t)
		if t.Name == "deploy" {
			add("notify", 4)
			add("rollback-check", 5)
		}
	}
	fmt.Println("remaining", tasks.Len())
	for tasks.Len() > 0 {
		fmt.Println("run", tasks.Pop())
	}

	floats := NewPQ(func(a, b float64) int { return cmp.Compare(b, a) }, 2.5, -1, 3.25, 0)
	fmt.Println(floats.Drain())
}

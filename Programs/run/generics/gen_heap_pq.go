// run

// Hand-written generic binary heap parameterized by a less func; priority queue of structs, heap sort.

package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

func (h *Heap[T]) Len() int { return len(h.data) }

type Task struct {
	Name string
	Pri  int
	Seq  int
}

func HeapSort[T cmp.Ordered](xs []T) []T {
	h := NewHeap(func(a, b T) bool { return a < b })
	for _, x := range xs {
		h.Push(x)
	}
	out := make([]T, 0, len(xs))
	for h.Len() > 0 {
		out = append(out, h.Pop())
	}
	return out
}

func main() {
	pq := NewHeap(func(a, b Task) bool {
		if a.Pri != b.Pri {
			return a.Pri > b.Pri
		}
		return a.Seq < b.Seq
	})
	tasks := []struct {
		n string
		p int
	}{{"write", 2}, {"test", 5}, {"deploy", 1}, {"review", 5}, {"plan", 3}, {"lint", 2}}
	for i, t := range tasks {
		pq.Push(Task{t.n, t.p, i})
	}
	for pq.Len() > 0 {
		t := pq.Pop()
		fmt.Printf("%-7s pri=%d seq=%d\n", t.Name, t.Pri, t.Seq)
	}
	fmt.Println(HeapSort([]int{9, -3, 7, 0, 7, 2, 100, -50}))
	fmt.Println(HeapSort([]string{"delta", "alpha", "charlie", "bravo"}))
	fmt.Println(HeapSort([]float64{2.5, -0.5, 1e3, 3.25}))
}

// run

// Hand-written generic binary heaps: MinHeap/MaxHeap over a ~int|~float64 constraint sharing one implementation through a generic less strategy type, used for running median and top-k.

package main

import (
	"fmt"
	"slices"
)

type Num interface {
	~int | ~int64 | ~float64
}

type Order[T Num] interface {
	Less(a, b T) bool
}

type Asc[T Num] struct{}
type Desc[T Num] struct{}

func (Asc[T]) Less(a, b T) bool  { return a < b }
func (Desc[T]) Less(a, b T) bool { return a > b }

type Heap[T Num, O Order[T]] struct {
	data []T
	ord  O
}

func (h *Heap[T, O]) Len() int { return len(h.data) }
func (h *Heap[T, O]) Top() T   { return h.data[0] }

func (h *Heap[T, O]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.ord.Less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T, O]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.ord.Less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.ord.Less(h.data[r], h.data[m]) {
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

type MinHeap[T Num] = Heap[T, Asc[T]]
type MaxHeap[T Num] = Heap[T, Desc[T]]

type Median[T Num] struct {
	lo MaxHeap[T]
	hi MinHeap[T]
}

func (m *Median[T]) Add(v T) {
	if m.lo.Len() == 0 || v <= m.lo.Top() {
		m.lo.Push(v)
	} else {
		m.hi.Push(v)
	}
	if m.lo.Len() > m.hi.Len()+1 {
		m.hi.Push(m.lo.Pop())
	} else if m.hi.Len() > m.lo.Len() {
		m.lo.Push(m.hi.Pop())
	}
}

func (m *Median[T]) Get() float64 {
	if m.lo.Len() > m.hi.Len() {
		return float64(m.lo.Top())
	}
	return (float64(m.lo.Top()) + float64(m.hi.Top())) / 2
}

func TopK[T Num](xs []T, k int) []T {
	var h MinHeap[T]
	for _, x := range xs {
		h.Push(x)
		if h.Len() > k {
			h.Pop()
		}
	}
	out := make([]T, 0, h.Len())
	for h.Len() > 0 {
		out = append(out, h.Pop())
	}
	slices.Reverse(out)
	return out
}

type Score int64

func main() {
	var mh MinHeap[int]
	var xh MaxHeap[float64]
	for _, v := range []int{5, 3, 8, 1, 9, 2, 7} {
		mh.Push(v)
		xh.Push(float64(v) / 2)
	}
	var a []int
	var b []float64
	for mh.Len() > 0 {
		a = append(a, mh.Pop())
		b = append(b, xh.Pop())
	}
	fmt.Println(a, b)

	var med Median[int]
	for _, v := range []int{5, 15, 1, 3, 8, 7, 9, 10, 20, 2} {
		med.Add(v)
		fmt.Print(med.Get(), " ")
	}
	fmt.Println()

	scores := []Score{120, 45, 300, 300, 87, 210, 15, 99}
	top := TopK(scores, 3)
	fmt.Printf("%v %T\n", top, top)
	fmt.Println(TopK([]float64{0.5, -1, 2.25, 2.25, 1e3}, 10))
	var fm Median[float64]
	for _, v := range []float64{1.5, 2.5, -0.5} {
		fm.Add(v)
	}
	fmt.Println(fm.Get(), fmt.Sprintf("%T", fm.lo))
}

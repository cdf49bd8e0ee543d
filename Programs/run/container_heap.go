// run

// container/heap: an IntHeap (Init, Push, Pop), a priority queue updating items' index fields through Swap, Fix after a priority change, Remove from the middle; the order of equal priorities is Go's.

package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int           { return len(pq) }
func (pq PQ) Less(i, j int) bool { return pq[i].priority > pq[j].priority }
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*pq = old[:n-1]
	return it
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	fmt.Println(*h)
	heap.Push(h, 0)
	fmt.Println(*h, (*h)[0])
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 3, "fig": 1}
	names := []string{"banana", "apple", "pear", "kiwi", "fig"}
	pq := make(PQ, 0)
	for _, n := range names {
		heap.Push(&pq, &Item{value: n, priority: items[n]})
	}
	for i, it := range pq {
		fmt.Println(i, it.value, it.priority, it.index)
	}
	fig := pq[len(pq)-1]
	fig.priority = 10
	heap.Fix(&pq, fig.index)
	removed := heap.Remove(&pq, 2).(*Item)
	fmt.Println("removed", removed.value, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s:%d ", it.value, it.priority)
	}
	fmt.Println()
}

// run

// Cond: a bounded queue with Wait in a for loop on both sides; 3 producers, 2 consumers, all items once.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func NewQueue(max int) *Queue {
	q := &Queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	if len(q.items) > q.max {
		panic("overfull")
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(2)
	var producers, consumers sync.WaitGroup
	for p := range 3 {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for i := range 20 {
				q.Put(p*100 + i)
			}
		}()
	}
	results := make([][]int, 2)
	for c := range 2 {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				results[c] = append(results[c], v)
			}
		}()
	}
	producers.Wait()
	q.Close()
	consumers.Wait()

	all := append(slices.Clone(results[0]), results[1]...)
	slices.Sort(all)
	fmt.Println("received", len(all))
	fmt.Println("first", all[:5], "last", all[len(all)-5:])
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println("sum", sum, "distinct", len(slices.Compact(all)))
	// each consumer saw each producer's items in order
	for _, r := range results {
		last := map[int]int{0: -1, 1: -1, 2: -1}
		for _, v := range r {
			if v%100 <= last[v/100] {
				fmt.Println("out of order", v)
			}
			last[v/100] = v % 100
		}
	}
	v, ok := q.Get()
	fmt.Println("after close:", v, ok)
}

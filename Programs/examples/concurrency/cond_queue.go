// A bounded queue built with sync.Cond.
//
// Producers Put and consumers Get through a queue that holds at most 3
// items. Two condition variables share the queue's Mutex: Put waits on
// notFull while the queue is full, Get waits on notEmpty while it is empty,
// and each side Signals the other after changing the queue. Wait is always
// called in a `for` loop that re-checks the condition, because another
// goroutine may get there first between the Signal and the wake-up.
// Close Broadcasts so that every waiting consumer wakes up and sees the end.
//
// Look for: all 30 items delivered exactly once, the queue never over its
// capacity, and each consumer seeing each producer's items in order (the
// queue is FIFO). With `if` instead of `for` around Wait, a consumer could
// wake to an empty queue and fail; without Broadcast in Close, consumers
// waiting on an empty queue would sleep forever.
package main

import (
	"fmt"
	"sync"
)

type queue struct {
	mu                sync.Mutex
	notFull, notEmpty *sync.Cond
	items             []int
	capacity, maxSeen int
	closed            bool
}

func newQueue(capacity int) *queue {
	q := &queue{capacity: capacity}
	q.notFull = sync.NewCond(&q.mu)
	q.notEmpty = sync.NewCond(&q.mu)
	return q
}

func (q *queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.capacity {
		q.notFull.Wait() // unlocks mu while waiting, relocks before returning
	}
	q.items = append(q.items, v)
	q.maxSeen = max(q.maxSeen, len(q.items))
	q.notEmpty.Signal()
}

// Get returns the oldest item, or ok == false once the queue is closed and empty.
func (q *queue) Get() (v int, ok bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v, q.items = q.items[0], q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := newQueue(3)
	var producers, consumers sync.WaitGroup
	for p := 1; p <= 3; p++ {
		producers.Add(1)
		go func() {
			defer producers.Done()
			for i := range 10 {
				q.Put(p*100 + i) // item 203 is producer 2's fourth item
			}
		}()
	}
	got := make([][]int, 2) // got[c]: what consumer c received, in order
	for c := range got {
		consumers.Add(1)
		go func() {
			defer consumers.Done()
			for v, ok := q.Get(); ok; v, ok = q.Get() {
				got[c] = append(got[c], v)
			}
		}()
	}
	producers.Wait()
	q.Close()
	consumers.Wait()

	seen, sum, inOrder := map[int]int{}, 0, true
	for _, items := range got {
		last := map[int]int{} // producer -> last item seen from it
		for _, v := range items {
			seen[v]++
			sum += v
			if prev, ok := last[v/100]; ok && prev > v {
				inOrder = false
			}
			last[v/100] = v
		}
	}
	fmt.Println("items received:", len(got[0])+len(got[1]), "distinct:", len(seen), "sum:", sum)
	fmt.Println("queue length never above capacity 3:", q.maxSeen <= 3) // maxSeen itself varies
	fmt.Println("each consumer saw each producer's items in order:", inOrder)
}

// Output:
// items received: 30 distinct: 30 sum: 6135
// queue length never above capacity 3: true
// each consumer saw each producer's items in order: true

// run

// A reusable (cyclic) barrier built on sync.Cond.Broadcast with a generation counter: 5 workers through 6 phases, nobody starts phase p+1 before all finished phase p, exactly one leader per phase; a start gate, and waiters that re-check their predicate after a Broadcast that does not satisfy it.
package main

import (
	"fmt"
	"sync"
)

type barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func newBarrier(n int) *barrier {
	b := &barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// Await blocks until all parties have arrived; the last one to arrive is the leader.
func (b *barrier) Await(onTrip func(gen int)) (leader bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		if onTrip != nil {
			onTrip(gen)
		}
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return true
	}
	for gen == b.generation {
		b.cond.Wait()
	}
	return false
}

func main() {
	const workers, phases = 5, 6
	b := newBarrier(workers)
	var mu sync.Mutex
	done := make([]int, phases)    // workers that finished each phase
	leaders := make([]int, phases) // leaders per phase
	violations := 0
	var trips []int
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range phases {
				mu.Lock()
				if p > 0 && done[p-1] != workers {
					violations++ // started phase p before everyone finished p-1
				}
				done[p]++
				mu.Unlock()
				if b.Await(func(gen int) { trips = append(trips, gen) }) {
					mu.Lock()
					leaders[p]++
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("finished per phase:", done)
	fmt.Println("leaders per phase:", leaders)
	fmt.Println("trips:", trips, "generation:", b.generation, "violations:", violations)

	// a start gate: workers wait on a Cond until main flips `open` and broadcasts
	var gmu sync.Mutex
	gate := sync.NewCond(&gmu)
	open := false
	arrived, passed := 0, 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			gmu.Lock()
			arrived++
			gate.Broadcast() // tell main another one is here
			for !open {
				gate.Wait()
			}
			passed++
			gmu.Unlock()
		}()
	}
	gmu.Lock()
	for arrived < 8 {
		gate.Wait()
	}
	fmt.Println("arrived before opening:", arrived, "passed:", passed)
	open = true
	gate.Broadcast()
	gmu.Unlock()
	wg.Wait()
	fmt.Println("passed after opening:", passed)

	// Broadcasts that do not satisfy the predicate: each waiter wakes, re-checks, and waits again;
	// main raises the level only once all 3 are waiting, so there are exactly 3 wakeups per waiter
	var qmu sync.Mutex
	q := sync.NewCond(&qmu)      // level changes
	arrive := sync.NewCond(&qmu) // a waiter is about to wait
	level, waiting := 0, 0
	wakeups := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			qmu.Lock()
			defer qmu.Unlock()
			for level < 3 {
				waiting++
				arrive.Signal()
				q.Wait()
				wakeups[i]++
			}
		}()
	}
	for i := 1; i <= 3; i++ {
		qmu.Lock()
		for waiting < 3 {
			arrive.Wait()
		}
		waiting = 0
		level = i
		q.Broadcast()
		qmu.Unlock()
	}
	wg.Wait()
	fmt.Println("final level:", level, "wakeups per waiter:", wakeups)
}

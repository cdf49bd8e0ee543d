// run

// A buffered channel as a counting semaphore: never more than `limit` workers inside, tracked under a Mutex; every job runs once.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type tracker struct {
	mu       sync.Mutex
	inFlight int
	maxSeen  int
	done     []bool
}

func (t *tracker) enter() {
	t.mu.Lock()
	t.inFlight++
	t.maxSeen = max(t.maxSeen, t.inFlight)
	t.mu.Unlock()
}

func (t *tracker) leave(job int) {
	t.mu.Lock()
	t.inFlight--
	t.done[job] = true
	t.mu.Unlock()
}

func run(jobs, limit int) *tracker {
	t := &tracker{done: make([]bool, jobs)}
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{} // acquire
			defer func() { <-sem }()
			t.enter()
			for range 3 {
				runtime.Gosched() // give others a chance to pile up
			}
			t.leave(j)
		}()
	}
	wg.Wait()
	return t
}

func main() {
	for _, limit := range []int{1, 3, 8} {
		t := run(50, limit)
		all := true
		for _, d := range t.done {
			all = all && d
		}
		fmt.Printf("limit %d: max in flight <= limit: %v, at least one: %v, all done: %v, in flight now: %d\n",
			limit, t.maxSeen <= limit, t.maxSeen >= 1, all, t.inFlight)
	}

	// acquiring without blocking: TryAcquire via select
	sem := make(chan struct{}, 2)
	try := func() bool {
		select {
		case sem <- struct{}{}:
			return true
		default:
			return false
		}
	}
	fmt.Println(try(), try(), try())
	<-sem
	fmt.Println(try(), len(sem))

	// the limit-1 semaphore works as a mutex
	lock := make(chan struct{}, 1)
	counter := 0
	var wg sync.WaitGroup
	for range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lock <- struct{}{}
			counter++
			<-lock
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)
}

// run

// A worker pool whose shared state is guarded by a Mutex used only through a sync.Locker variable.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Result struct {
	Job, Worker, Value int
}

type Collector struct {
	lock    sync.Locker
	results []Result
	perW    map[int]int
}

func (c *Collector) Add(r Result) {
	c.lock.Lock()
	defer c.lock.Unlock()
	c.results = append(c.results, r)
	c.perW[r.Worker]++
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	var mu sync.Mutex
	c := &Collector{lock: &mu, perW: map[int]int{}}
	jobs := make(chan int)
	var wg sync.WaitGroup
	const workers = 4
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				c.Add(Result{Job: j, Worker: w, Value: collatz(j)})
			}
		}()
	}
	for j := 1; j <= 40; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()

	slices.SortFunc(c.results, func(a, b Result) int { return a.Job - b.Job })
	total, done := 0, 0
	for _, r := range c.results {
		total += r.Value
	}
	for _, n := range c.perW {
		done += n
	}
	fmt.Println("jobs", len(c.results), "done", done, "steps", total)
	for _, r := range c.results[:5] {
		fmt.Printf("job %d: %d steps\n", r.Job, r.Value)
	}
	best := slices.MaxFunc(c.results, func(a, b Result) int { return a.Value - b.Value })
	fmt.Printf("longest: job %d with %d steps\n", best.Job, best.Value)

	// the Locker really is the Mutex: holding mu blocks Add
	mu.Lock()
	added := make(chan bool)
	go func() { c.Add(Result{Job: 99}); added <- true }()
	fmt.Println("TryLock while held:", mu.TryLock())
	mu.Unlock()
	<-added
	fmt.Println("after release:", len(c.results))

	// swapping in an RWMutex's write side through the same interface
	var rw sync.RWMutex
	c.lock = &rw
	c.Add(Result{Job: 100})
	fmt.Println("with RWMutex:", len(c.results), "TryRLock:", rw.TryRLock())
	rw.RUnlock()
}

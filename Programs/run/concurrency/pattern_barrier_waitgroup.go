// run

// A barrier built from one sync.WaitGroup reused across rounds: no worker starts round r+1 before all finished round r.
package main

import (
	"fmt"
	"sync"
)

const workers, rounds = 5, 6

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	grid := make([]int, workers) // each worker's own cell
	var roundSums []int
	violations := 0
	finished := make([]int, workers) // last round each worker finished
	for i := range finished {
		finished[i] = -1
	}

	for r := range rounds {
		wg.Add(workers) // reuse: the counter is back at zero after each Wait
		for w := range workers {
			go func() {
				defer wg.Done()
				// every worker must have finished the previous round
				mu.Lock()
				for _, f := range finished {
					if f < r-1 {
						violations++
					}
				}
				mu.Unlock()
				grid[w] += (r + 1) * (w + 1)
				mu.Lock()
				finished[w] = r
				mu.Unlock()
			}()
		}
		wg.Wait()
		for i := range finished {
			if finished[i] != r {
				violations++
			}
		}
		// between rounds main sees a consistent grid
		s := 0
		for _, v := range grid {
			s += v
		}
		roundSums = append(roundSums, s)
	}
	fmt.Println("sums after each round:", roundSums)
	fmt.Println("grid:", grid)
	fmt.Println("barrier violations:", violations)

	// a two-phase round inside goroutines: an inner WaitGroup as a barrier between phases
	var phase1, phase2 sync.WaitGroup
	results := make([]int, workers)
	var ordered []string
	for range 2 {
		phase1.Add(workers)
		phase2.Add(workers)
		for w := range workers {
			go func() {
				results[w]++
				phase1.Done()
				phase1.Wait() // all phase-1 writes happen before any phase-2 read
				s := 0
				for _, v := range results {
					s += v
				}
				mu.Lock()
				ordered = append(ordered, fmt.Sprint(s))
				mu.Unlock()
				phase2.Done()
			}()
		}
		phase2.Wait()
	}
	fmt.Println("phase-2 views:", ordered)
}

// Fan-out, fan-in.
//
// Fan-out: one channel of jobs is read by 4 worker goroutines at once, so
// the jobs are spread over the workers (which worker gets which job is up to
// the scheduler). Fan-in: merge copies the 4 workers' output channels into a
// single channel, and closes it only when every copier has finished; a
// WaitGroup counts the copiers and one extra goroutine waits on it and then
// closes the merged channel, which ends main's `for range` loop.
//
// Look for: all 12 results, printed sorted by input because they arrive in
// no particular order. Without the WaitGroup, main's range loop would never
// end (deadlock), or closing the channel too early would make a copier panic
// with "send on closed channel".
package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	n, steps int
}

// collatz counts the steps to reach 1 from n: a small piece of CPU work.
func collatz(n int) int {
	steps := 0
	for ; n != 1; steps++ {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
	}
	return steps
}

func worker(jobs <-chan int) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for n := range jobs {
			out <- result{n: n, steps: collatz(n)}
		}
	}()
	return out
}

// merge fans in: one copier goroutine per input channel, all sending to out.
func merge(ins ...<-chan result) <-chan result {
	out := make(chan result)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range in {
				out <- r
			}
		}()
	}
	go func() {
		wg.Wait() // every copier is done: nobody sends to out any more
		close(out)
	}()
	return out
}

func main() {
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for n := 1; n <= 12; n++ {
			jobs <- n * 7
		}
	}()

	var outs []<-chan result
	for range 4 {
		outs = append(outs, worker(jobs)) // fan-out
	}

	var results []result
	for r := range merge(outs...) { // fan-in; ends when merge closes its channel
		results = append(results, r)
	}

	sort.Slice(results, func(i, j int) bool { return results[i].n < results[j].n })
	for _, r := range results {
		fmt.Printf("collatz(%3d) = %3d steps\n", r.n, r.steps)
	}
	fmt.Println("merged channel closed after", len(results), "results")
}

// Output:
// collatz(  7) =  16 steps
// collatz( 14) =  17 steps
// collatz( 21) =   7 steps
// collatz( 28) =  18 steps
// collatz( 35) =  13 steps
// collatz( 42) =   8 steps
// collatz( 49) =  24 steps
// collatz( 56) =  19 steps
// collatz( 63) = 107 steps
// collatz( 70) =  14 steps
// collatz( 77) =  22 steps
// collatz( 84) =   9 steps
// merged channel closed after 12 results

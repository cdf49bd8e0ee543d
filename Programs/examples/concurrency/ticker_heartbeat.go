// A worker with a heartbeat.
//
// The worker does 5 jobs of 20ms each. While it works, a time.Ticker fires
// every 5ms and the worker sends a heartbeat, so a supervisor can tell a
// slow worker from a dead one. The heartbeat send is non-blocking (select
// with default into a buffer of 1): a busy supervisor misses beats instead
// of stalling the worker. The supervisor closes done after the 5th result;
// the worker selects on done, stops its ticker (defer) and returns.
//
// How many heartbeats arrive depends on timing, so the program prints only
// facts that do not: the results in order, that some heartbeats came, and
// that the worker stopped. Without done the worker would wait forever for
// work that never comes, and wg.Wait() would deadlock; without
// ticker.Stop() a long-lived program would keep an unused ticker running.
package main

import (
	"fmt"
	"sync"
	"time"
)

// worker returns why it stopped.
func worker(done <-chan struct{}, results chan<- int, heartbeat chan<- struct{}) string {
	ticker := time.NewTicker(5 * time.Millisecond)
	defer ticker.Stop()
	job := 1
	work := time.After(20 * time.Millisecond) // job 1 finishes then
	for {
		select {
		case <-done:
			return fmt.Sprintf("done closed after %d jobs", job-1)
		case <-ticker.C:
			select {
			case heartbeat <- struct{}{}:
			default: // the previous beat has not been read yet: skip this one
			}
		case <-work:
			select {
			case results <- job * job:
			case <-done:
				return "done closed while sending a result"
			}
			job++
			if job <= 5 {
				work = time.After(20 * time.Millisecond)
			} else {
				work = nil // a nil channel is never ready: no more jobs
			}
		}
	}
}

func main() {
	done := make(chan struct{})
	results := make(chan int)
	heartbeat := make(chan struct{}, 1)
	var wg sync.WaitGroup
	var stopped string
	wg.Add(1)
	go func() {
		defer wg.Done()
		stopped = worker(done, results, heartbeat)
	}()

	var got []int
	beats := 0
	for len(got) < 5 {
		select {
		case r := <-results:
			got = append(got, r)
		case <-heartbeat:
			beats++
		}
	}
	close(done)
	wg.Wait()

	fmt.Println("results:", got)
	fmt.Printf("got all %d results\n", len(got))
	fmt.Println("heartbeats > 0:", beats > 0)
	fmt.Println("worker stopped:", stopped)
}

// Output:
// results: [1 4 9 16 25]
// got all 5 results
// heartbeats > 0: true
// worker stopped: done closed after 5 jobs

// run

// A worker pool: jobs with varying sleeps finish out of order; results are collected in job order.
package main

import (
	"fmt"
	"sync"
	"time"
)

type job struct {
	id    int
	delay time.Duration
}

type result struct {
	id     int
	square int
	worker int
}

func worker(w int, jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(j.delay)
		results <- result{j.id, j.id * j.id, w}
	}
}

func main() {
	delays := []int{30, 5, 20, 10, 1, 25, 15, 5, 10, 1}
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	go func() {
		for i, d := range delays {
			jobs <- job{i, time.Duration(d) * time.Millisecond}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	// collect by id, print in job order
	byID := make([]result, len(delays))
	count := 0
	usedWorkers := map[int]bool{}
	for r := range results {
		byID[r.id] = r
		usedWorkers[r.worker] = true
		count++
	}
	for _, r := range byID {
		fmt.Printf("job %d -> %d\n", r.id, r.square)
	}
	fmt.Println("results:", count, "workers used > 1:", len(usedWorkers) > 1)

	// ordered collection with per-job result channels (futures)
	futures := make([]chan string, 5)
	sem := make(chan struct{}, 2) // at most two at a time
	for i := range futures {
		futures[i] = make(chan string, 1)
		go func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			time.Sleep(time.Duration(25-5*i) * time.Millisecond)
			futures[i] <- fmt.Sprintf("item%d", i)
		}()
	}
	for _, f := range futures {
		fmt.Print(<-f, " ")
	}
	fmt.Println()

	// a pool where the first two jobs are forced to finish in reverse order
	first := make(chan string, 2)
	var wg2 sync.WaitGroup
	for i, d := range []time.Duration{60 * time.Millisecond, 10 * time.Millisecond} {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			time.Sleep(d)
			first <- fmt.Sprint("job", i)
		}()
	}
	wg2.Wait()
	close(first)
	for s := range first {
		fmt.Print(s, " ")
	}
	fmt.Println()
}

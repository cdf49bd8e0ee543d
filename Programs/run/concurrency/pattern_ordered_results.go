// run

// Ordered results from unordered workers: each job gets its own result channel, and the collector reads them in submission order.
package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

type job struct {
	id     int
	input  string
	result chan string // buffered 1: the worker never waits for the collector
}

func worker(jobs <-chan job, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		// later jobs are quicker, so they tend to finish first
		time.Sleep(time.Duration(5-j.id%5) * time.Millisecond)
		j.result <- fmt.Sprintf("%d:%s", j.id, strings.ToUpper(j.input))
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again")
	jobs := make(chan job)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go worker(jobs, &wg)
	}

	// the queue of per-job channels, in submission order
	order := make(chan chan string, len(words))
	go func() {
		for i, w := range words {
			j := job{i, w, make(chan string, 1)}
			order <- j.result
			jobs <- j
		}
		close(order)
		close(jobs)
	}()

	var out []string
	for rc := range order {
		out = append(out, <-rc)
	}
	wg.Wait()
	fmt.Println(strings.Join(out, " "))

	// the same with a slice of futures
	futures := make([]<-chan int, 8)
	for i := range futures {
		c := make(chan int, 1)
		futures[i] = c
		go func() {
			time.Sleep(time.Duration(8-i) * time.Millisecond)
			c <- i * i
		}()
	}
	for _, f := range futures {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
}

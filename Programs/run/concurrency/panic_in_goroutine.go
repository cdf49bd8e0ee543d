// run

// An unrecovered panic in any goroutine ends the whole program: its own defers run, main's do not, "panic: ..." then exit 2.
package main

import (
	"fmt"
	"sync"
)

type jobError struct {
	job  int
	what string
}

func (e *jobError) Error() string { return fmt.Sprintf("job %d: %s", e.job, e.what) }

func process(job int) int {
	if job == 3 {
		panic(&jobError{job, "cannot process"})
	}
	return job * job
}

func main() {
	defer fmt.Println("main's defer: never printed")

	// earlier goroutines finish normally
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = process(i)
		}()
	}
	wg.Wait()
	fmt.Println("results:", results)

	start := make(chan struct{})
	go func() {
		defer fmt.Println("worker's first defer runs last")
		defer func() {
			fmt.Println("worker's second defer runs first, without recovering")
		}()
		<-start
		process(3)
		fmt.Println("not reached")
	}()
	fmt.Println("starting job 3")
	close(start)
	select {} // main would wait forever; the panic ends the program
}

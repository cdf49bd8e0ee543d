// run

// A worker returning without wg.Done leaves main in [sync.WaitGroup.Wait]; a range over a nil channel and an all-nil select join the deadlock.
package main

import (
	"fmt"
	"sync"
)

type task struct {
	id   int
	skip bool
}

func main() {
	tasks := []task{{1, false}, {2, false}, {3, true}, {4, false}}
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for _, t := range tasks {
		wg.Add(1)
		go func() {
			if t.skip {
				return // bug: no wg.Done on this path
			}
			defer wg.Done()
			mu.Lock()
			sum += t.id
			mu.Unlock()
		}()
	}

	// a consumer of a channel that was never made
	var feed chan int
	ready := make(chan bool)
	go func() {
		ready <- true
		for v := range feed {
			fmt.Println("never", v)
		}
	}()

	// a select whose cases are all nil channels blocks forever, reported as [select]
	go func() {
		var in chan string
		var out chan int
		ready <- true
		select {
		case s := <-in:
			fmt.Println("never", s)
		case out <- 1:
			fmt.Println("never")
		}
	}()
	<-ready
	<-ready

	// three of the four tasks are done
	for {
		mu.Lock()
		s := sum
		mu.Unlock()
		if s == 1+2+4 {
			break
		}
	}
	fmt.Println("sum so far:", 1+2+4)
	fmt.Println("waiting for the WaitGroup")
	wg.Wait()
	fmt.Println("not reached")
}

// run

// Closing a channel twice panics with "close of closed channel" (exit 2); the second close here comes from another goroutine.
package main

import (
	"fmt"
	"sync"
)

type stopper struct {
	once sync.Once
	ch   chan struct{}
}

// Stop is safe to call many times: the Once guards close.
func (s *stopper) Stop() { s.once.Do(func() { close(s.ch) }) }

func main() {
	s := &stopper{ch: make(chan struct{})}
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Stop()
		}()
	}
	wg.Wait()
	<-s.ch
	fmt.Println("ten Stops, one close")

	// without the Once: the second close crashes the program
	c := make(chan int, 1)
	c <- 5
	close(c)
	fmt.Println("first close; value still there:", <-c)
	done := make(chan bool)
	go func() {
		defer fmt.Println("goroutine's deferred call runs")
		fmt.Println("closing again")
		close(c)
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}

// run

// time.AfterFunc: f runs in its own goroutine after d; Stop prevents it; Stop/Reset results.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// f runs later, in another goroutine: main keeps going meanwhile
	done := make(chan string)
	t := time.AfterFunc(20*time.Millisecond, func() { done <- "ran" })
	fmt.Println("scheduled")
	fmt.Println(<-done)
	fmt.Println("stop after run:", t.Stop())

	// the AfterFunc timer's C is nil
	fmt.Println("C is nil:", t.C == nil)

	// Stop before it runs prevents it
	var mu sync.Mutex
	ran := false
	t2 := time.AfterFunc(30*time.Millisecond, func() { mu.Lock(); ran = true; mu.Unlock() })
	fmt.Println("stop before run:", t2.Stop())
	time.Sleep(60 * time.Millisecond)
	mu.Lock()
	fmt.Println("stopped func ran:", ran)
	mu.Unlock()

	// Reset a stopped AfterFunc timer: it runs once more
	fmt.Println("reset stopped:", t2.Reset(10*time.Millisecond))
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	fmt.Println("after reset ran:", ran)
	mu.Unlock()

	// f runs in its own goroutine: it can block without stalling other timers
	block := make(chan bool)
	order := make(chan string, 3)
	time.AfterFunc(10*time.Millisecond, func() { order <- "blocker start"; <-block; order <- "blocker end" })
	time.AfterFunc(40*time.Millisecond, func() { order <- "second"; close(block) })
	fmt.Println(<-order)
	fmt.Println(<-order)
	fmt.Println(<-order)

	// several AfterFuncs run in deadline order
	var wg sync.WaitGroup
	results := make(chan int, 3)
	for _, ms := range []int{70, 10, 40} {
		wg.Add(1)
		time.AfterFunc(time.Duration(ms)*time.Millisecond, func() { results <- ms; wg.Done() })
	}
	wg.Wait()
	fmt.Println(<-results, <-results, <-results)

	// AfterFunc that reschedules itself until a count is reached
	count := 0
	fin := make(chan bool)
	var self *time.Timer
	self = time.AfterFunc(5*time.Millisecond, func() {
		count++
		if count < 4 {
			self.Reset(5 * time.Millisecond)
			return
		}
		fin <- true
	})
	<-fin
	fmt.Println("self-rescheduled runs:", count)
}

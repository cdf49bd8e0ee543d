// run

// Main blocks on channels that only timer-driven goroutines will feed: not a deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	// all goroutines are blocked (main on ch, the producer in Sleep), yet a timer is pending
	ch := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(20 * time.Millisecond)
			ch <- i * 10
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Println("got", v)
	}

	// only an AfterFunc can unblock main
	done := make(chan string)
	time.AfterFunc(30*time.Millisecond, func() { done <- "afterfunc delivered" })
	fmt.Println(<-done)

	// a mutex held across a sleep: main waits for the lock, not a deadlock
	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(30 * time.Millisecond)
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println("lock acquired after the holder slept")

	// a WaitGroup whose goroutines all sleep
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); time.Sleep(time.Duration(10*(i+1)) * time.Millisecond) }()
	}
	wg.Wait()
	fmt.Println("wait group done")

	// a sync.Cond signalled from a timer
	cond := sync.NewCond(&sync.Mutex{})
	ready := false
	time.AfterFunc(20*time.Millisecond, func() {
		cond.L.Lock()
		ready = true
		cond.L.Unlock()
		cond.Broadcast()
	})
	cond.L.Lock()
	for !ready {
		cond.Wait()
	}
	cond.L.Unlock()
	fmt.Println("cond signalled by a timer")

	// only a ticker feeds main, until main stops it
	tk := time.NewTicker(10 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Println("three ticks received")
}

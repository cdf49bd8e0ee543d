// run

// Cond.Signal wakes exactly one waiter at a time; Broadcast wakes all that are left.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	const n = 5
	waiting, woke := 0, 0
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			waiting++
			c.Wait() // no predicate: count every wakeup
			woke++
			mu.Unlock()
		}()
	}
	// wait until all are queued on the Cond (waiting++ and Wait happen under mu)
	for {
		mu.Lock()
		w := waiting
		mu.Unlock()
		if w == n {
			break
		}
		time.Sleep(time.Millisecond)
	}
	state := func(label string) {
		time.Sleep(25 * time.Millisecond)
		mu.Lock()
		fmt.Printf("%-12s woke=%d\n", label, woke)
		mu.Unlock()
	}
	state("start")
	c.Signal()
	state("signal 1")
	c.Signal()
	state("signal 2")
	c.Broadcast()
	wg.Wait()
	fmt.Printf("%-12s woke=%d\n", "broadcast", woke)

	// extra signals and broadcasts with no waiters do nothing
	c.Signal()
	c.Broadcast()
	fmt.Println("no waiters: fine")

	// Wait requires holding L; it reacquires L before returning
	held := make(chan bool)
	inside := make(chan bool)
	go func() {
		mu.Lock()
		inside <- true // mu is held until Wait releases it
		c.Wait()
		held <- !mu.TryLock()
		mu.Unlock()
	}()
	<-inside
	mu.Lock()
	c.Signal()
	mu.Unlock()
	fmt.Println("L held after Wait returns:", <-held)
}

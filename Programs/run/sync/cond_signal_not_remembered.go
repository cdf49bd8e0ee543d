// run

// A Cond signal or broadcast sent before anyone waits is lost: a later Wait still blocks.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)

	c.Signal()
	c.Broadcast()
	c.Signal()
	fmt.Println("signaled three times with no waiters")

	var woke atomic.Bool
	started := make(chan bool)
	done := make(chan bool)
	go func() {
		mu.Lock()
		started <- true
		c.Wait()
		woke.Store(true)
		mu.Unlock()
		done <- true
	}()
	<-started
	// the waiter holds mu until Wait releases it; taking mu means it is waiting
	mu.Lock()
	mu.Unlock()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("woke from an earlier signal:", woke.Load())

	c.Signal()
	<-done
	fmt.Println("woke from a signal after Wait:", woke.Load())

	// a Cond with its own Locker field set directly
	c2 := &sync.Cond{L: new(sync.Mutex)}
	n := 0
	go func() {
		c2.L.Lock()
		n = 42
		c2.L.Unlock()
		c2.Broadcast()
	}()
	c2.L.Lock()
	for n == 0 {
		c2.Wait()
	}
	fmt.Println("n =", n)
	c2.L.Unlock()
}

// run

// TryLock and TryRLock of RWMutex, and Mutex.TryLock, in each state of the lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("unlocked: TryRLock", rw.TryRLock())
	fmt.Println("read-locked once: TryRLock", rw.TryRLock())
	fmt.Println("read-locked twice: TryLock", rw.TryLock())
	rw.RUnlock()
	fmt.Println("read-locked once: TryLock", rw.TryLock())
	rw.RUnlock()
	fmt.Println("unlocked: TryLock", rw.TryLock())
	fmt.Println("write-locked: TryLock", rw.TryLock())
	fmt.Println("write-locked: TryRLock", rw.TryRLock())
	rw.Unlock()
	fmt.Println("unlocked again: TryLock", rw.TryLock())
	rw.Unlock()
	fmt.Println("unlocked again: TryRLock", rw.TryRLock())
	rw.RUnlock()

	// a failed try leaves the state alone
	rw.Lock()
	for range 3 {
		if rw.TryLock() || rw.TryRLock() {
			fmt.Println("unexpected success")
		}
	}
	rw.Unlock()
	rw.RLock()
	rw.RLock()
	fmt.Println("after two RLocks: TryLock", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("after both RUnlocks: TryLock", rw.TryLock())
	rw.Unlock()

	var mu sync.Mutex
	fmt.Println("mutex unlocked: TryLock", mu.TryLock())
	fmt.Println("mutex locked: TryLock", mu.TryLock())
	mu.Unlock()
	fmt.Println("mutex unlocked again: TryLock", mu.TryLock())
	mu.Unlock()

	// a try from another goroutine sees the lock held by main
	mu.Lock()
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("other goroutine TryLock of held mutex:", <-res)
	mu.Unlock()
	go func() {
		ok := mu.TryLock()
		if ok {
			mu.Unlock()
		}
		res <- ok
	}()
	fmt.Println("other goroutine TryLock of free mutex:", <-res)

	// TryLock in a spin loop until a holder lets go
	rw.RLock()
	go func() {
		n := 0
		for !rw.TryLock() {
			n++
			if n == 1 {
				res <- false
			}
		}
		rw.Unlock()
		res <- true
	}()
	fmt.Println("spinner first failed:", !<-res)
	rw.RUnlock()
	fmt.Println("spinner eventually got it:", <-res)
}

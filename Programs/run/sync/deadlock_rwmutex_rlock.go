// run

// RLock blocks behind a pending writer which waits for main's read lock; main waiting too: deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex

	// recursive read locking works while no writer is waiting
	rw.RLock()
	rw.RLock()
	fmt.Println("two read locks, TryLock:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()

	rw.RLock()
	ready := make(chan bool)
	go func() {
		ready <- true
		rw.Lock() // waits for main's read lock
		fmt.Println("not reached")
	}()
	<-ready
	time.Sleep(30 * time.Millisecond)
	fmt.Println("writer pending, TryRLock:", rw.TryRLock())
	fmt.Println("second RLock with a writer pending")
	rw.RLock() // blocked by the pending writer
	fmt.Println("not reached")
}

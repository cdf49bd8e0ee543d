// run

// RWMutex writer preference: a reader arriving while a writer waits blocks until the writer is done.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	logMu  sync.Mutex
	events []string
)

func record(s string) {
	logMu.Lock()
	events = append(events, s)
	logMu.Unlock()
}

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup

	rw.RLock()
	record("r1 acquired")

	wg.Add(1)
	go func() {
		defer wg.Done()
		record("w waiting")
		rw.Lock()
		record("w acquired")
		time.Sleep(30 * time.Millisecond)
		record("w releasing")
		rw.Unlock()
	}()
	time.Sleep(30 * time.Millisecond)

	wg.Add(1)
	go func() {
		defer wg.Done()
		record("r2 waiting")
		rw.RLock()
		record("r2 acquired")
		rw.RUnlock()
	}()
	time.Sleep(30 * time.Millisecond)

	// r1 still holds the read lock; r2 must not have got in beside it
	record("r1 releasing")
	rw.RUnlock()
	wg.Wait()

	for i, e := range events {
		fmt.Println(i, e)
	}
	// a TryRLock while a writer waits also fails
	rw.RLock()
	done := make(chan bool)
	go func() {
		rw.Lock()
		rw.Unlock()
		done <- true
	}()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("TryRLock with a writer waiting:", rw.TryRLock())
	rw.RUnlock()
	fmt.Println("writer finished:", <-done)
	fmt.Println("TryRLock after:", rw.TryRLock())
	rw.RUnlock()
}

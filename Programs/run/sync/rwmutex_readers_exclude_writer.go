// run

// RWMutex: many readers hold RLock at the same time; a writer's Lock waits until the last RUnlock.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex
	const readers = 8
	in := make(chan int)
	release := make(chan struct{})
	var wg sync.WaitGroup
	for i := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			in <- i
			<-release
			rw.RUnlock()
		}()
	}
	// all readers report while holding the read lock: they hold it together
	seen := 0
	for range readers {
		<-in
		seen++
	}
	fmt.Println("readers holding the lock at once:", seen)

	// another reader can still get in while they hold it
	rw.RLock()
	fmt.Println("main got RLock too")
	rw.RUnlock()

	var writerIn atomic.Bool
	writerDone := make(chan struct{})
	go func() {
		rw.Lock()
		writerIn.Store(true)
		rw.Unlock()
		close(writerDone)
	}()
	time.Sleep(40 * time.Millisecond)
	fmt.Println("writer in while readers hold the lock:", writerIn.Load())

	close(release)
	wg.Wait()
	<-writerDone
	fmt.Println("writer in after readers released:", writerIn.Load())

	// a writer excludes readers: a reader started while main holds Lock waits
	rw.Lock()
	var readerIn atomic.Bool
	readerDone := make(chan struct{})
	go func() {
		rw.RLock()
		readerIn.Store(true)
		rw.RUnlock()
		close(readerDone)
	}()
	time.Sleep(40 * time.Millisecond)
	fmt.Println("reader in while writer holds the lock:", readerIn.Load())
	rw.Unlock()
	<-readerDone
	fmt.Println("reader in after writer unlocked:", readerIn.Load())
}

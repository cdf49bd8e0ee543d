// run

// A goroutine that Locks an RWMutex it holds a read lock on, with a reader queued behind it: deadlock.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	rw    sync.RWMutex
	cache = map[string]int{}
)

// the correct way to "upgrade": drop the read lock, take the write lock, check again
func getOrCompute(k string) int {
	rw.RLock()
	v, ok := cache[k]
	rw.RUnlock()
	if ok {
		return v
	}
	rw.Lock()
	defer rw.Unlock()
	if v, ok := cache[k]; ok {
		return v
	}
	cache[k] = len(k)
	return len(k)
}

func main() {
	fmt.Println(getOrCompute("hello"), getOrCompute("hello"), getOrCompute("go"), len(cache))

	rw.RLock()
	fmt.Println("main holds a read lock")
	go func() {
		// arrives after main waits in Lock: writer preference blocks it
		time.Sleep(30 * time.Millisecond)
		rw.RLock()
		fmt.Println("not reached")
	}()
	fmt.Println("main asks for the write lock without releasing it")
	rw.Lock()
	fmt.Println("not reached")
}

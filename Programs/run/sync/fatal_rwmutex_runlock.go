// run

// RUnlock of an RWMutex with no readers is a fatal error, even after balanced RLock/RUnlock pairs.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			defer rw.RUnlock()
		}()
	}
	wg.Wait()
	rw.Lock()
	rw.Unlock()
	fmt.Println("balanced use done")
	defer fmt.Println("deferred calls do not run after a fatal error")
	defer func() {
		recover()
		fmt.Println("recover does not catch it")
	}()
	rw.RUnlock()
	fmt.Println("not reached")
}

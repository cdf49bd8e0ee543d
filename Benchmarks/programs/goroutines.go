// 100,000 goroutines spawned and joined with a WaitGroup, twice: each adds
// its index to a shared counter under a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	total := 0
	for round := 0; round < 2; round++ {
		var wg sync.WaitGroup
		for i := 0; i < 100_000; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				total += i
				mu.Unlock()
			}()
		}
		wg.Wait()
	}
	fmt.Println(total)
}

// Mutex contention: 8 goroutines increment shared counters under one
// sync.Mutex, yielding while holding it now and then so that others queue.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counts := make([]int, 8)
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250_000; i++ {
				mu.Lock()
				total++
				counts[g]++
				if i%1000 == 0 {
					runtime.Gosched()
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(total, counts[0]+counts[7])
}

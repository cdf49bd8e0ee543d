// A pipeline with fan-out and fan-in over buffered channels: waves of
// 10,000 goroutines square numbers read from a shared channel and send them
// to a collector; a WaitGroup closes the results when a wave is done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	sum := 0
	for wave := 0; wave < 5; wave++ {
		jobs := make(chan int, 256)
		results := make(chan int, 256)
		var wg sync.WaitGroup
		for w := 0; w < 10_000; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					results <- j * j % 1000
				}
			}()
		}
		go func() {
			for i := 0; i < 100_000; i++ {
				jobs <- i + wave
			}
			close(jobs)
		}()
		go func() {
			wg.Wait()
			close(results)
		}()
		for r := range results {
			sum += r
		}
	}
	fmt.Println(sum)
}

// run

// A goroutine whose deferred cleanup panics while a runtime error is unwinding: Go prints both panics, the first one first, exit 2.
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu   sync.Mutex
	data map[string]int
}

func (c *cache) put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[k] = v // panics when data is nil
}

func main() {
	good := &cache{data: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			good.put(fmt.Sprint("k", i), i)
		}()
	}
	wg.Wait()
	fmt.Println("good cache entries:", len(good.data))

	// a recovered nested panic: recover returns the latest panic value
	done := make(chan any)
	go func() {
		defer func() { done <- recover() }()
		defer func() { panic("second, from a defer") }()
		panic("first")
	}()
	fmt.Println("recovered:", <-done)

	bad := &cache{}
	start := make(chan bool)
	go func() {
		defer func() {
			panic(fmt.Errorf("cleanup failed after %d puts", 0))
		}()
		<-start
		bad.put("x", 1)
	}()
	fmt.Println("starting the bad writer")
	close(start)
	var block chan int
	<-block
}

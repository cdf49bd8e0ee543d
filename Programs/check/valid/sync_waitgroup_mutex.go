// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[k]++
}

func main() {
	var wg sync.WaitGroup
	c := SafeCounter{m: map[string]int{}}
	var total atomic.Int64
	results := make([]int, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc("k")
			total.Add(int64(i))
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(c.m["k"], total.Load(), results)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	var n int32
	atomic.AddInt32(&n, 5)
	fmt.Println(atomic.LoadInt32(&n), atomic.CompareAndSwapInt32(&n, 5, 7), n)
}

// run

// sync.Map from many goroutines: concurrent Store, LoadOrStore with one winner per key, Range stopping early.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for g := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				m.Store(g*25+i, g)
			}
		}()
	}
	wg.Wait()
	count, sum := 0, 0
	m.Range(func(k, v any) bool {
		count++
		sum += k.(int)
		return true
	})
	fmt.Println("stored", count, "key sum", sum)

	// Range stops when f returns false
	visited := 0
	m.Range(func(k, v any) bool {
		visited++
		return visited < 7
	})
	fmt.Println("visited before stop", visited)

	// LoadOrStore races: exactly one goroutine stores each key
	var cache sync.Map
	var winners, losers atomic.Int32
	for g := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 10 {
				_, loaded := cache.LoadOrStore(k, g)
				if loaded {
					losers.Add(1)
				} else {
					winners.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners", winners.Load(), "losers", losers.Load())

	// a counter per key with CompareAndSwap retry loops
	var counters sync.Map
	for k := range 3 {
		counters.Store(k, 0)
	}
	for range 40 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 30 {
				k := i % 3
				for {
					old, _ := counters.Load(k)
					if counters.CompareAndSwap(k, old, old.(int)+1) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	for k := range 3 {
		v, _ := counters.Load(k)
		fmt.Println("counter", k, v)
	}

	// concurrent LoadAndDelete: each key is taken by exactly one goroutine
	var taken atomic.Int32
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 500 {
				if _, ok := m.LoadAndDelete(k); ok {
					taken.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	left := 0
	m.Range(func(k, v any) bool { left++; return true })
	fmt.Println("taken", taken.Load(), "left", left)
}

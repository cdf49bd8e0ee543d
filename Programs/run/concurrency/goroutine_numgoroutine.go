// run

// runtime.NumGoroutine counts live goroutines: 1 at start, up while goroutines block, back to 1 after they all return.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

// settle waits until the goroutine count reaches want (goroutines that called Done may still be returning).
func settle(want int) int {
	for range 100000 {
		if n := runtime.NumGoroutine(); n == want {
			return n
		}
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())

	release := make(chan struct{})
	started := make(chan int)
	for i := range 10 {
		go func() {
			started <- i
			<-release
		}()
	}
	for range 10 {
		<-started
	}
	fmt.Println("10 blocked:", runtime.NumGoroutine())
	close(release)
	fmt.Println("after release:", settle(1))

	// nested: each of 5 goroutines starts 2 more and waits for them
	var wg sync.WaitGroup
	gate := make(chan struct{})
	var ready sync.WaitGroup
	for range 5 {
		wg.Add(1)
		ready.Add(1)
		go func() {
			defer wg.Done()
			var inner sync.WaitGroup
			for range 2 {
				inner.Add(1)
				ready.Add(1)
				go func() {
					defer inner.Done()
					ready.Done()
					<-gate
				}()
			}
			ready.Done()
			inner.Wait()
		}()
	}
	ready.Wait()
	fmt.Println("nested, all blocked:", runtime.NumGoroutine())
	close(gate)
	wg.Wait()
	fmt.Println("after joins:", settle(1))

	// goroutines that finished on their own
	done := make(chan bool)
	for range 20 {
		go func() { done <- true }()
	}
	for range 20 {
		<-done
	}
	fmt.Println("after 20 short-lived:", settle(1))
}

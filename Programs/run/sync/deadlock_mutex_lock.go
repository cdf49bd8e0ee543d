// run

// Two goroutines taking two Mutexes in opposite orders: a classic lock-order deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var a, b sync.Mutex

	// same order in both goroutines: fine
	var wg sync.WaitGroup
	n := 0
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a.Lock()
			b.Lock()
			n++
			b.Unlock()
			a.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("ordered locking:", n)

	aHeld := make(chan bool)
	bHeld := make(chan bool)
	go func() {
		b.Lock()
		bHeld <- true
		<-aHeld
		a.Lock()
		fmt.Println("not reached")
	}()
	a.Lock()
	<-bHeld
	aHeld <- true
	fmt.Println("each holds one lock, each wants the other")
	b.Lock()
	fmt.Println("not reached")
}

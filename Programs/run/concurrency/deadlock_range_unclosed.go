// run

// A fan-in whose results channel is never closed: the correct version (closing after wg.Wait) sums its results, the forgetful one ranges until every producer is gone and Go reports `fatal error: all goroutines are asleep - deadlock!` with main in [chan receive] (exit 2).
package main

import (
	"fmt"
	"sync"
)

func produce(wg *sync.WaitGroup, out chan<- int, from, n int) {
	defer wg.Done()
	for i := from; i < from+n; i++ {
		out <- i
	}
}

func main() {
	// correct: a closer goroutine waits for the producers, then closes
	out := make(chan int)
	var wg sync.WaitGroup
	for p := range 4 {
		wg.Add(1)
		go produce(&wg, out, p*100, 5)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sum, count := 0, 0
	for v := range out {
		sum += v
		count++
	}
	fmt.Println("with close:", count, "values, sum", sum)

	// forgetful: the producers finish, nobody closes, and range waits forever
	out = make(chan int, 2)
	for p := range 3 {
		wg.Add(1)
		go produce(&wg, out, p*10, 4)
	}
	received := 0
	for v := range out {
		received++
		_ = v
		if received%4 == 0 {
			fmt.Println("received", received)
		}
	}
	fmt.Println("not reached")
}

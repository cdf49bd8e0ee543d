// run

// Rate limiting with time.Tick and a bursty limiter: counts of handled requests and a lower bound on elapsed time only.
package main

import (
	"fmt"
	"time"
)

func main() {
	const interval = 5 * time.Millisecond
	requests := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(interval)
	start := time.Now()
	handled, sum := 0, 0
	for r := range requests {
		<-limiter
		handled++
		sum += r
	}
	elapsed := time.Since(start)
	fmt.Println("handled:", handled, "sum:", sum)
	fmt.Println("took at least 9 intervals:", elapsed >= 9*interval)

	// bursty limiter: 3 tokens up front, then one per tick
	bursty := make(chan time.Time, 3)
	for range 3 {
		bursty <- time.Now()
	}
	stop := make(chan struct{})
	start = time.Now() // before the ticker exists: every later tick is at least one interval after it
	go func() {
		for t := range time.Tick(interval) {
			select {
			case bursty <- t:
			case <-stop:
				return
			}
		}
	}()
	burst := 0
	for range 3 {
		<-bursty
		burst++
	}
	for range 4 {
		<-bursty
		burst++
	}
	close(stop)
	fmt.Println("bursty handled:", burst)
	fmt.Println("the 4 after the burst waited at least 3 intervals:", time.Since(start) >= 3*interval)

	// time.Tick with a non-positive duration returns nil
	fmt.Println("Tick(0) is nil:", time.Tick(0) == nil, "Tick(-1) is nil:", time.Tick(-1) == nil)

	// ticks carry increasing times
	tk := time.Tick(2 * time.Millisecond)
	a := <-tk
	b := <-tk
	fmt.Println("tick times increase:", b.After(a))
}

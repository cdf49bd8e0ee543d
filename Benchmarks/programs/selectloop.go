// A select loop over three channels, a default-free receive from producers
// and a ticker: counts what each case received until the producers finish.
package main

import (
	"fmt"
	"time"
)

func main() {
	a, b := make(chan int, 16), make(chan int, 16)
	done := make(chan struct{})
	go func() {
		for i := 0; i < 200_000; i++ {
			a <- i
		}
	}()
	go func() {
		for i := 0; i < 200_000; i++ {
			b <- 2 * i
		}
		close(done)
	}()
	tick := time.NewTicker(time.Hour)
	defer tick.Stop()
	sumA, sumB, ticks := 0, 0, 0
	for finished := false; !finished; {
		select {
		case v := <-a:
			sumA += v
		case v := <-b:
			sumB += v
		case <-tick.C:
			ticks++
		case <-done:
			finished = true
		}
	}
	for len(a) > 0 || len(b) > 0 {
		select {
		case v := <-a:
			sumA += v
		case v := <-b:
			sumB += v
		}
	}
	for sumA < 199_999*200_000/2 {
		sumA += <-a
	}
	fmt.Println(sumA, sumB, ticks)
}

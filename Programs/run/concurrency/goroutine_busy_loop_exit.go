// run

// Goroutines spinning in for {} (empty body, and a loop calling nothing) are preempted: main's sleeps end and main exits with status 0.
package main

import (
	"fmt"
	"time"
)

var sink int

func emptyLoop(started chan<- bool) {
	started <- true
	for {
	}
}

func arithLoop(started chan<- bool) {
	started <- true
	x := 1
	for {
		x = x*31 + 7
		if x == 0 {
			sink = x
		}
	}
}

func main() {
	started := make(chan bool)
	go emptyLoop(started)
	go arithLoop(started)
	go func() {
		started <- true
		for i := 0; ; i++ {
			if i < 0 {
				break
			}
		}
	}()
	for range 3 {
		<-started
	}
	fmt.Println("three spinners started")

	t0 := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept while spinning:", time.Since(t0) >= 20*time.Millisecond)

	// other goroutines still get to run and communicate
	ping := make(chan int)
	sum := make(chan int)
	go func() {
		t := 0
		for v := range ping {
			t += v
		}
		sum <- t
	}()
	for i := 1; i <= 3; i++ {
		ping <- i
	}
	close(ping)
	fmt.Println("pinger summed", <-sum)

	// a timer fires too
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timer fired while spinning")
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns; the spinners stop with the program")
}

// run

// Goroutines parked forever in select {} (and on channels nobody uses) do not keep main from returning with status 0.
package main

import (
	"fmt"
	"runtime"
)

func parkForever(ready chan<- int, id int) {
	ready <- id
	select {}
}

func main() {
	ready := make(chan int)
	for i := range 5 {
		go parkForever(ready, i)
	}
	sum := 0
	for range 5 {
		sum += <-ready
	}
	fmt.Println("parked goroutines:", sum == 0+1+2+3+4)

	// others blocked on channels forever
	never := make(chan int)
	for range 3 {
		go func() {
			ready <- 1
			<-never
		}()
	}
	for range 3 {
		<-ready
	}
	fmt.Println("goroutines alive:", runtime.NumGoroutine())

	// select {} after some work in the same goroutine
	results := make(chan int)
	go func() {
		t := 0
		for i := 1; i <= 100; i++ {
			t += i
		}
		results <- t
		select {}
	}()
	fmt.Println("worker result before parking:", <-results)

	defer fmt.Println("main returns; parked goroutines are abandoned")
	fmt.Println("alive now:", runtime.NumGoroutine())
}

// run

// Channels carrying func values: a worker runs queued closures in order; closures capture and return results through channels.
package main

import (
	"fmt"
	"strings"
)

func worker(tasks <-chan func(), done chan<- bool) {
	for t := range tasks {
		t()
	}
	done <- true
}

func main() {
	tasks := make(chan func(), 10)
	done := make(chan bool)
	var log []string // touched only by the worker until done
	for i := range 5 {
		tasks <- func() { log = append(log, fmt.Sprint("task", i)) }
	}
	word := "captured"
	tasks <- func() { log = append(log, strings.ToUpper(word)) }
	word = "changed before run" // closures capture the variable, not its value
	close(tasks)
	go worker(tasks, done) // started late: the queued tasks wait in the buffer
	<-done
	fmt.Println(strings.Join(log, ","))

	// funcs with results, sent through a typed channel
	type job func(int) int
	jobs := make(chan job, 3)
	jobs <- func(x int) int { return x + 1 }
	jobs <- func(x int) int { return x * x }
	jobs <- nil
	close(jobs)
	v := 3
	for j := range jobs {
		if j == nil {
			fmt.Println("nil func received")
			continue
		}
		v = j(v)
		fmt.Println("v =", v)
	}

	// a func channel used to run code on an "owner" goroutine
	exec := make(chan func())
	quit := make(chan struct{})
	counter := 0
	go func() {
		for {
			select {
			case f := <-exec:
				f()
			case <-quit:
				return
			}
		}
	}()
	for range 100 {
		exec <- func() { counter++ }
	}
	result := make(chan int)
	exec <- func() { result <- counter }
	fmt.Println("counter on owner:", <-result)
	close(quit)

	// a channel of funcs returning channels
	mk := make(chan func() <-chan string, 1)
	mk <- func() <-chan string {
		c := make(chan string, 1)
		c <- "from a func from a channel"
		return c
	}
	fmt.Println(<-(<-mk)())
}

// run

// time.After in select: a result that beats the timeout, and a timeout that beats the result.
package main

import (
	"fmt"
	"time"
)

func compute(d time.Duration, v int) <-chan int {
	ch := make(chan int, 1)
	go func() {
		time.Sleep(d)
		ch <- v
	}()
	return ch
}

func wait(name string, work, limit time.Duration) {
	select {
	case v := <-compute(work, 42):
		fmt.Println(name, "result", v)
	case <-time.After(limit):
		fmt.Println(name, "timed out")
	}
}

func main() {
	wait("fast", 0, 80*time.Millisecond)
	wait("slow", 100*time.Millisecond, 20*time.Millisecond)
	wait("close", 10*time.Millisecond, 60*time.Millisecond)

	// the value received from time.After is the time it fired: not before the call
	start := time.Now()
	fired := <-time.After(20 * time.Millisecond)
	fmt.Println("fired after start:", fired.After(start), fired.Sub(start) >= 20*time.Millisecond)

	// time.After with a non-positive duration fires immediately
	select {
	case <-time.After(-time.Second):
		fmt.Println("negative After fired")
	case <-time.After(time.Second):
		fmt.Println("unexpected")
	}

	// a loop that waits for several results with one overall deadline
	results := make(chan string)
	for i, d := range []time.Duration{10, 30, 200} {
		go func() {
			time.Sleep(d * time.Millisecond)
			results <- fmt.Sprint("job", i)
		}()
	}
	deadline := time.After(100 * time.Millisecond)
	for got := 0; got < 3; got++ {
		select {
		case r := <-results:
			fmt.Println("got", r)
		case <-deadline:
			fmt.Println("deadline with", got, "results")
			return
		}
	}
}

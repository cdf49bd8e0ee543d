// run

// select with time.After: a slow result times out, a fast one wins, and a per-iteration timeout in a loop fires once at the end.
package main

import (
	"fmt"
	"time"
)

func slow(d time.Duration, v string) <-chan string {
	c := make(chan string, 1) // buffered: the late sender never blocks forever
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-slow(100*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out waiting for slow")
	}

	select {
	case v := <-slow(0, "fast"):
		fmt.Println("got", v)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timed out waiting for fast")
	}

	// a loop that resets its timeout each time a value arrives
	c := make(chan int)
	go func() {
		for i := range 5 {
			c <- i
		}
	}()
	got := 0
	start := time.Now()
	for {
		select {
		case v := <-c:
			got += v
			continue
		case <-time.After(30 * time.Millisecond):
		}
		break
	}
	fmt.Println("received sum", got, "then idle timeout; waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	// the time.After value is a time.Time
	t0 := time.Now()
	at := <-time.After(5 * time.Millisecond)
	fmt.Println("After delivers a time after the call:", !at.Before(t0))

	// a timeout on a send
	full := make(chan int)
	select {
	case full <- 1:
		fmt.Println("never sent")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("send timed out")
	}

	// an already-closed done channel beats any timeout
	done := make(chan struct{})
	close(done)
	select {
	case <-done:
		fmt.Println("done first")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("never")
	}
}

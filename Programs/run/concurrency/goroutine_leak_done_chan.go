// run

// Goroutine leaks and their cures, measured with runtime.NumGoroutine: an abandoned generator stays blocked forever unless it also selects on a done channel; a worker whose caller timed out leaks on an unbuffered reply but not on a buffered one; a ticker loop stopped by done.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// settle waits until the goroutine count reaches want (goroutines that signalled may still be returning).
func settle(want int) int {
	deadline := time.Now().Add(2 * time.Second)
	for time.Now().Before(deadline) {
		if n := runtime.NumGoroutine(); n == want {
			return n
		}
		runtime.Gosched()
		time.Sleep(100 * time.Microsecond)
	}
	return runtime.NumGoroutine()
}

func leakyCounter() <-chan int {
	c := make(chan int)
	go func() {
		for i := 0; ; i++ {
			c <- i // blocks forever once nobody reads
		}
	}()
	return c
}

func counter(done <-chan struct{}, exited chan<- struct{}) <-chan int {
	c := make(chan int)
	go func() {
		defer close(exited)
		defer close(c)
		for i := 0; ; i++ {
			select {
			case c <- i:
			case <-done:
				return
			}
		}
	}()
	return c
}

// fetch starts a slow worker and waits for it only until the caller's patience runs out.
func fetch(reply chan string, gate <-chan struct{}) (string, bool) {
	go func() {
		<-gate // the work finishes only after the caller gave up
		reply <- "data"
	}()
	select {
	case v := <-reply:
		return v, true
	case <-time.After(2 * time.Millisecond):
		return "", false
	}
}

func main() {
	base := runtime.NumGoroutine()
	fmt.Println("base:", base)

	// 1. three abandoned generators leak
	for range 3 {
		c := leakyCounter()
		fmt.Print(<-c, <-c, <-c, " ")
	}
	fmt.Println()
	fmt.Println("leaked generators:", settle(base+3)-base)
	base += 3

	// 2. with a done channel the generator goes away
	done := make(chan struct{})
	exited := make(chan struct{})
	c := counter(done, exited)
	sum := 0
	for range 5 {
		sum += <-c
	}
	close(done)
	<-exited
	_, open := <-c
	fmt.Println("sum:", sum, "channel open:", open, "extra goroutines:", settle(base)-base)

	// 3. a timed-out caller: the worker blocks on an unbuffered reply forever...
	gate := make(chan struct{})
	for range 4 {
		_, ok := fetch(make(chan string), gate)
		fmt.Print("ok=", ok, " ")
	}
	close(gate)
	fmt.Println()
	fmt.Println("leaked workers (unbuffered reply):", settle(base+4)-base)
	base += 4

	// ...but finishes with a reply buffer of 1
	gate = make(chan struct{})
	for range 4 {
		_, ok := fetch(make(chan string, 1), gate)
		fmt.Print("ok=", ok, " ")
	}
	close(gate)
	fmt.Println()
	fmt.Println("leaked workers (buffered reply):", settle(base)-base)

	// 4. a ticker loop stopped through done (and its ticker stopped by a defer)
	quit := make(chan struct{})
	ticks := make(chan int)
	first := make(chan struct{})
	go func() {
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-t.C:
				if n++; n == 1 {
					close(first)
				}
			case <-quit:
				ticks <- n
				return
			}
		}
	}()
	<-first
	close(quit)
	fmt.Println("ticked at least once:", <-ticks > 0, "extra goroutines:", settle(base)-base)

	// 5. a goroutine blocked on a nil channel can never be released: it is a leak by construction
	go func() {
		var never chan int
		<-never
	}()
	fmt.Println("blocked on nil channel:", settle(base+1)-base)
}

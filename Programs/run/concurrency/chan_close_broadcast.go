// run

// Closing a channel as a broadcast: a start gun releasing 10 goroutines parked on it, every later receive returning at once with ok=false, one close stopping select loops in a tree of goroutines, and an Event type (idempotent Fire via sync.Once, Wait, IsSet) compared with context.Done.
package main

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

type Event struct {
	once sync.Once
	c    chan struct{}
}

func NewEvent() *Event { return &Event{c: make(chan struct{})} }

func (e *Event) Fire() (first bool) {
	e.once.Do(func() { close(e.c); first = true })
	return first
}

func (e *Event) Done() <-chan struct{} { return e.c }

func (e *Event) IsSet() bool {
	select {
	case <-e.c:
		return true
	default:
		return false
	}
}

func main() {
	// 1. a start gun: 10 goroutines wait on one channel; one close releases them all
	start := make(chan struct{})
	var ready, released sync.WaitGroup
	var mu sync.Mutex
	var got []string
	for i := range 10 {
		ready.Add(1)
		released.Add(1)
		go func() {
			defer released.Done()
			ready.Done()
			v, ok := <-start
			mu.Lock()
			got = append(got, fmt.Sprintf("%d:%v/%v", i, v, ok))
			mu.Unlock()
		}()
	}
	ready.Wait()
	mu.Lock()
	fmt.Println("before close:", len(got))
	mu.Unlock()
	close(start)
	released.Wait()
	slices.Sort(got)
	fmt.Println("after close:", got)

	// a closed channel can be received from any number of times
	n := 0
	for range 1000 {
		if _, ok := <-start; !ok {
			n++
		}
	}
	fmt.Println("receives after close:", n)

	// 2. one close stops a tree of select loops: 3 supervisors with 3 workers each
	shutdown := make(chan struct{})
	work := make(chan int)
	var wg sync.WaitGroup
	var stopped atomic.Int32
	var processed atomic.Int64
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var inner sync.WaitGroup
			for range 3 {
				inner.Add(1)
				go func() {
					defer inner.Done()
					for {
						select {
						case v := <-work:
							processed.Add(int64(v))
						case <-shutdown:
							stopped.Add(1)
							return
						}
					}
				}()
			}
			<-shutdown
			inner.Wait()
			stopped.Add(1)
		}()
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(shutdown)
	wg.Wait()
	fmt.Println("processed:", processed.Load(), "stopped:", stopped.Load())

	// 3. an Event: Fire is idempotent, Wait returns at once afterwards
	e := NewEvent()
	fmt.Println("set before:", e.IsSet())
	waiters := make(chan string, 3)
	for _, name := range []string{"x", "y", "z"} {
		go func() {
			<-e.Done()
			waiters <- name
		}()
	}
	var firsts atomic.Int32
	var fwg sync.WaitGroup
	for range 5 {
		fwg.Add(1)
		go func() {
			defer fwg.Done()
			if e.Fire() {
				firsts.Add(1)
			}
		}()
	}
	fwg.Wait()
	names := []string{<-waiters, <-waiters, <-waiters}
	slices.Sort(names)
	fmt.Println("set after:", e.IsSet(), "first fires:", firsts.Load(), "woken:", names)

	// context.Done is the same idea: a channel closed by cancel, seen by every child
	ctx, cancel := context.WithCancel(context.Background())
	children := make([]context.Context, 4)
	for i := range children {
		var stop context.CancelFunc
		children[i], stop = context.WithCancel(ctx)
		defer stop()
	}
	cancel()
	cancel() // a second cancel is a no-op
	closedKids := 0
	for _, c := range children {
		<-c.Done()
		if c.Err() == context.Canceled {
			closedKids++
		}
	}
	fmt.Println("children done:", closedKids, "same Done twice:", ctx.Done() == ctx.Done())

	// 4. a closed channel of values: buffered values come first, then the broadcast zero value
	results := make(chan int, 3)
	results <- 1
	results <- 2
	close(results)
	for range 4 {
		v, ok := <-results
		fmt.Print(v, ":", ok, " ")
	}
	fmt.Println()
}

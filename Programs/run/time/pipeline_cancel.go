// run

// A generator -> square -> sink pipeline cancelled through a context: by the consumer, and by a timeout.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func generate(ctx context.Context, wg *sync.WaitGroup, stopped chan<- string) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				stopped <- "generator: " + ctx.Err().Error()
				return
			}
		}
	}()
	return out
}

func square(ctx context.Context, wg *sync.WaitGroup, in <-chan int, delay time.Duration) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			if delay > 0 {
				time.Sleep(delay)
			}
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	// the consumer takes five values and cancels
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	stopped := make(chan string, 1)
	sq := square(ctx, &wg, generate(ctx, &wg, stopped), 0)
	for i := 0; i < 5; i++ {
		fmt.Print(<-sq, " ")
	}
	fmt.Println()
	cancel()
	wg.Wait()
	fmt.Println(<-stopped)
	fmt.Println("all stages exited after cancel")

	// a timeout ends a slow pipeline: each value takes 30ms, the deadline is 100ms
	tctx, tcancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer tcancel()
	var wg2 sync.WaitGroup
	stopped2 := make(chan string, 1)
	slow := square(tctx, &wg2, generate(tctx, &wg2, stopped2), 30*time.Millisecond)
	got := 0
	func() {
		for {
			select {
			case _, ok := <-slow:
				if !ok {
					return
				}
				got++
			case <-tctx.Done():
				return
			}
		}
	}()
	wg2.Wait()
	fmt.Println("values before the timeout: between 1 and 3:", got >= 1 && got <= 3)
	fmt.Println(<-stopped2)
	fmt.Println("ctx err:", tctx.Err())

	// fan-in of two timed sources into one ordered-by-time stream, stopped by a deadline
	fctx, fcancel := context.WithTimeout(context.Background(), 110*time.Millisecond)
	defer fcancel()
	merged := make(chan string)
	emit := func(name string, delays ...int) {
		for _, d := range delays {
			select {
			case <-time.After(time.Duration(d) * time.Millisecond):
				merged <- name
			case <-fctx.Done():
				return
			}
		}
	}
	go emit("a", 20, 40)      // at 20, 60
	go emit("b", 40, 40, 100) // at 40, 80, (180: after the deadline)
	var seq []string
	for done := false; !done; {
		select {
		case s := <-merged:
			seq = append(seq, s)
		case <-fctx.Done():
			done = true
		}
	}
	fmt.Println("merged:", seq)
}

// run

// Rate limiting with time.NewTicker: one request per tick (elapsed at least n periods), a token bucket refilled by a ticker goroutine with a burst, a ticker Reset to a slower rate, and Stop leaving no tick behind. Only counts and lower bounds are printed.
package main

import (
	"fmt"
	"sync"
	"time"
)

const period = 3 * time.Millisecond

type bucket struct {
	tokens chan struct{}
	done   chan struct{}
	wg     sync.WaitGroup
	refill int // written only by the refill goroutine, read after Stop
}

func newBucket(burst int, every time.Duration) *bucket {
	b := &bucket{tokens: make(chan struct{}, burst), done: make(chan struct{})}
	for range burst {
		b.tokens <- struct{}{}
	}
	t := time.NewTicker(every)
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		defer t.Stop()
		for {
			select {
			case <-t.C:
				select {
				case b.tokens <- struct{}{}:
					b.refill++
				default: // bucket full: the token is lost
				}
			case <-b.done:
				return
			}
		}
	}()
	return b
}

func (b *bucket) Wait() { <-b.tokens }

func (b *bucket) Stop() {
	close(b.done)
	b.wg.Wait()
}

func main() {
	// 1. one request per tick
	start := time.Now()
	tick := time.NewTicker(period)
	var last time.Time
	increasing := true
	for i := range 6 {
		t := <-tick.C
		if i > 0 && !t.After(last) {
			increasing = false
		}
		last = t
	}
	tick.Stop()
	el := time.Since(start)
	fmt.Println("6 requests, tick times increasing:", increasing, "| elapsed >= 6 periods:", el >= 6*period)

	// 2. token bucket: a burst of 3, then one token per period; 9 requests from 3 goroutines
	start = time.Now()
	b := newBucket(3, period)
	var mu sync.Mutex
	served := map[string]int{}
	var wg sync.WaitGroup
	for _, client := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 3 {
				b.Wait()
				mu.Lock()
				served[client]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	el = time.Since(start)
	b.Stop()
	fmt.Println("served:", served, "| refilled at least 6:", b.refill >= 6, "| elapsed >= 6 periods:", el >= 6*period)

	// a full bucket drops refills: after idling, at most `burst` requests pass at once
	b = newBucket(2, period)
	time.Sleep(5 * period)
	b.Stop()
	immediate := 0
	for {
		select {
		case <-b.tokens:
			immediate++
			continue
		default:
		}
		break
	}
	fmt.Println("after idling, immediate requests:", immediate)

	// 3. Reset to a slower rate: the next ticks come at least the new period apart
	tick = time.NewTicker(period)
	<-tick.C
	t0 := time.Now()
	tick.Reset(4 * period)
	<-tick.C
	t1 := <-tick.C
	fmt.Println("after Reset, two ticks take >= 8 periods:", t1.Sub(t0) >= 8*period)

	// 4. Stop: no tick arrives afterwards, not even a stale one (Go 1.23 timers)
	tick.Stop()
	time.Sleep(5 * period)
	select {
	case <-tick.C:
		fmt.Println("tick after Stop")
	default:
		fmt.Println("no tick after Stop")
	}
}

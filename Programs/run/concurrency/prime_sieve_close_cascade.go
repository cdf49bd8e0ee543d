// run

// Concurrent prime sieves: a bounded generator whose close cascades through the chain of filter goroutines (each closes its output when its input ends), a context-cancelled unbounded sieve whose filters all exit, and a segmented sieve split across goroutines that agrees with the sequential count.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func settle(want int) int {
	for range 200000 {
		if n := runtime.NumGoroutine(); n == want {
			return n
		}
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

// boundedSieve streams the primes below n; every goroutine ends on its own when the generator closes.
func boundedSieve(n int, filters *atomic.Int32) <-chan int {
	src := make(chan int)
	go func() {
		for i := 2; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	out := make(chan int)
	go func() {
		defer close(out)
		in := (<-chan int)(src)
		for {
			p, ok := <-in
			if !ok {
				return
			}
			out <- p
			next := make(chan int)
			filters.Add(1)
			go func(in <-chan int, out chan<- int) {
				defer close(out)
				for v := range in {
					if v%p != 0 {
						out <- v
					}
				}
			}(in, next)
			in = next
		}
	}()
	return out
}

// cancellableSieve is unbounded; cancelling ctx stops the generator and every filter.
func cancellableSieve(ctx context.Context, wg *sync.WaitGroup) <-chan int {
	send := func(c chan<- int, v int) bool {
		select {
		case c <- v:
			return true
		case <-ctx.Done():
			return false
		}
	}
	src := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 2; send(src, i); i++ {
		}
	}()
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		in := (<-chan int)(src)
		for {
			var p int
			select {
			case p = <-in:
			case <-ctx.Done():
				return
			}
			if !send(out, p) {
				return
			}
			next := make(chan int)
			wg.Add(1)
			go func(in <-chan int, out chan<- int) {
				defer wg.Done()
				for {
					select {
					case v := <-in:
						if v%p != 0 && !send(out, v) {
							return
						}
					case <-ctx.Done():
						return
					}
				}
			}(in, next)
			in = next
		}
	}()
	return out
}

func sieveCount(lo, hi int, small []int) int {
	composite := make([]bool, hi-lo)
	for _, p := range small {
		start := max(p*p, (lo+p-1)/p*p)
		for m := start; m < hi; m += p {
			composite[m-lo] = true
		}
	}
	n := 0
	for i := range composite {
		if lo+i >= 2 && !composite[i] {
			n++
		}
	}
	return n
}

func main() {
	base := runtime.NumGoroutine()

	// 1. primes below 500 through the closing cascade
	var filters atomic.Int32
	var primes []int
	for p := range boundedSieve(500, &filters) {
		primes = append(primes, p)
	}
	fmt.Println("primes below 500:", len(primes), "first:", primes[:10], "last:", primes[len(primes)-3:])
	fmt.Println("filters started:", filters.Load(), "| all goroutines gone:", settle(base) == base)

	// 2. the first 60 primes from an unbounded sieve, then cancel
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	ps := cancellableSieve(ctx, &wg)
	sum, last := 0, 0
	for range 60 {
		last = <-ps
		sum += last
	}
	cancel()
	wg.Wait()
	fmt.Println("60th prime:", last, "sum of the first 60:", sum, "| all goroutines gone:", settle(base) == base)

	// 3. a segmented sieve: base primes up to sqrt(hi), segments counted by 4 goroutines
	const hi = 200000
	var small []int
	for _, p := range primes {
		if p*p < hi {
			small = append(small, p)
		}
	}
	const segments = 8
	counts := make([]int, segments)
	sem := make(chan struct{}, 4)
	for s := range segments {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			lo, h := s*hi/segments, (s+1)*hi/segments
			counts[s] = sieveCount(lo, h, small)
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("segment counts:", counts)
	fmt.Println("parallel count below 200000:", total, "sequential:", sieveCount(0, hi, small))
}

// run

// Bounded parallelism with a semaphore channel: a tree walk that forks a goroutine only when a token is free (else recurses inline), a parallel map whose results land by index, and an Acquire that gives up when its context is cancelled.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

type node struct {
	val      int
	children []*node
}

// build makes a complete tree: depth d, fan-out k, values numbered in pre-order.
func build(d, k int, next *int) *node {
	*next++
	n := &node{val: *next}
	if d > 0 {
		for range k {
			n.children = append(n.children, build(d-1, k, next))
		}
	}
	return n
}

type limiter struct {
	sem      chan struct{}
	inFlight atomic.Int32
	maxSeen  atomic.Int32
	forked   atomic.Int32
	inline   atomic.Int32
}

func (l *limiter) enter() {
	n := l.inFlight.Add(1)
	for {
		m := l.maxSeen.Load()
		if n <= m || l.maxSeen.CompareAndSwap(m, n) {
			return
		}
	}
}

func (l *limiter) walk(n *node, sum *atomic.Int64, wg *sync.WaitGroup) {
	sum.Add(int64(n.val))
	for _, c := range n.children {
		select {
		case l.sem <- struct{}{}: // a token is free: fork
			l.forked.Add(1)
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-l.sem }()
				l.enter()
				defer l.inFlight.Add(-1)
				l.walk(c, sum, wg)
			}()
		default: // no token: do it ourselves
			l.inline.Add(1)
			l.walk(c, sum, wg)
		}
	}
}

func parallelMap(in []string, limit int, f func(string) int) ([]int, int32) {
	out := make([]int, len(in))
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	var cur, peak atomic.Int32
	for i, s := range in {
		sem <- struct{}{} // acquire before starting: at most `limit` goroutines exist
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			out[i] = f(s)
			cur.Add(-1)
		}()
	}
	wg.Wait()
	return out, peak.Load()
}

func acquire(ctx context.Context, sem chan struct{}) error {
	select {
	case sem <- struct{}{}:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	next := 0
	root := build(5, 3, &next)
	fmt.Println("nodes:", next, "expected sum:", next*(next+1)/2)
	for _, limit := range []int{1, 2, 4, 16} {
		l := &limiter{sem: make(chan struct{}, limit)}
		var sum atomic.Int64
		var wg sync.WaitGroup
		l.walk(root, &sum, &wg)
		wg.Wait()
		fmt.Printf("limit %2d: sum %d, visits %d, max in flight <= limit: %v, tokens back: %v\n",
			limit, sum.Load(), l.forked.Load()+l.inline.Load()+1, l.maxSeen.Load() <= int32(limit), len(l.sem) == 0)
	}

	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"}
	for _, limit := range []int{1, 3, 5} {
		lens, peak := parallelMap(words, limit, func(s string) int { return len(s) * 10 })
		fmt.Printf("map limit %d: %v peak<=limit %v\n", limit, lens, peak <= int32(limit))
	}

	// Acquire with a context: succeeds while tokens remain, then waits, then gives up on cancel
	sem := make(chan struct{}, 2)
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("acquire 1:", acquire(ctx, sem))
	fmt.Println("acquire 2:", acquire(ctx, sem))
	res := make(chan error)
	go func() { res <- acquire(ctx, sem) }()
	cancel()
	fmt.Println("acquire 3 after cancel:", <-res)
	<-sem
	// a freed token with a cancelled context: both cases ready, so try the token first
	select {
	case sem <- struct{}{}:
		fmt.Println("token reused, in use:", len(sem))
	default:
		fmt.Println("no token")
	}

	// a released waiter: a blocked Acquire proceeds as soon as a token comes back
	ctx2 := context.Background()
	go func() { res <- acquire(ctx2, sem) }()
	<-sem
	fmt.Println("waiter acquired:", <-res, "in use:", len(sem))
}

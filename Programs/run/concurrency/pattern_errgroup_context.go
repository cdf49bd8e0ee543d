// run

// An errgroup written by hand (WithContext, Go, TryGo, SetLimit, Wait): a WaitGroup, the first error kept under a Once, a context cancelled with that error as its cause, and a semaphore channel for the limit.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

type token struct{}

type Group struct {
	cancel  context.CancelCauseFunc
	wg      sync.WaitGroup
	sem     chan token
	errOnce sync.Once
	err     error
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancelCause(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) done() {
	if g.sem != nil {
		<-g.sem
	}
	g.wg.Done()
}

func (g *Group) run(f func() error) {
	go func() {
		defer g.done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel(g.err)
				}
			})
		}
	}()
}

func (g *Group) Go(f func() error) {
	if g.sem != nil {
		g.sem <- token{}
	}
	g.wg.Add(1)
	g.run(f)
}

func (g *Group) TryGo(f func() error) bool {
	if g.sem != nil {
		select {
		case g.sem <- token{}:
		default:
			return false
		}
	}
	g.wg.Add(1)
	g.run(f)
	return true
}

func (g *Group) SetLimit(n int) {
	if n < 0 {
		g.sem = nil
		return
	}
	if len(g.sem) != 0 {
		panic(fmt.Errorf("errgroup: modify limit while %v goroutines in the group are still active", len(g.sem)))
	}
	g.sem = make(chan token, n)
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel(g.err)
	}
	return g.err
}

var errNotFound = errors.New("not found")

func main() {
	// 1. every task succeeds: results by index, Wait is nil, the context is cancelled afterwards anyway
	g, ctx := WithContext(context.Background())
	squares := make([]int, 8)
	for i := range squares {
		g.Go(func() error { squares[i] = i * i; return nil })
	}
	fmt.Println("ok:", g.Wait(), squares)
	fmt.Println("ctx after Wait:", ctx.Err(), "| cause:", context.Cause(ctx))

	// 2. one task fails; the rest block until the context is cancelled and report ctx.Err(),
	//    which can only come later, so the first error is the real one
	g, ctx = WithContext(context.Background())
	var stopped atomic.Int32
	for i := range 6 {
		g.Go(func() error {
			if i == 4 {
				return fmt.Errorf("fetch item %d: %w", i, errNotFound)
			}
			<-ctx.Done()
			stopped.Add(1)
			return ctx.Err()
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("is errNotFound:", errors.Is(err, errNotFound), "| others stopped:", stopped.Load())
	fmt.Println("cause:", context.Cause(ctx), "| ctx err:", ctx.Err())

	// 3. a chain of failures forced in order: task k fails only after task k-1's error cancelled the context
	g, ctx = WithContext(context.Background())
	var mu sync.Mutex
	var seen []string
	for i := range 4 {
		g.Go(func() error {
			if i > 0 {
				<-ctx.Done()
			}
			e := fmt.Errorf("task %d failed", i)
			mu.Lock()
			seen = append(seen, e.Error())
			mu.Unlock()
			return e
		})
	}
	fmt.Println("chain Wait:", g.Wait())
	slices.Sort(seen)
	fmt.Println("all failures:", seen)

	// 4. SetLimit(2): never more than 2 tasks at once over 20 tasks
	g = &Group{}
	g.SetLimit(2)
	var cur, peak, total atomic.Int32
	for range 20 {
		g.Go(func() error {
			n := cur.Add(1)
			for {
				p := peak.Load()
				if n <= p || peak.CompareAndSwap(p, n) {
					break
				}
			}
			total.Add(1)
			cur.Add(-1)
			return nil
		})
	}
	fmt.Println("limited:", g.Wait(), "ran", total.Load(), "peak <= 2:", peak.Load() <= 2)

	// 5. TryGo: refused while both slots are held, accepted once one is freed
	release := make(chan struct{})
	g.Go(func() error { <-release; return nil })
	g.Go(func() error { <-release; return nil })
	fmt.Println("TryGo while full:", g.TryGo(func() error { return nil }))
	release <- struct{}{}
	accepted := false
	for !accepted {
		if accepted = g.TryGo(func() error { return errors.New("late failure") }); !accepted {
			runtime.Gosched()
		}
	}
	fmt.Println("TryGo after a release:", accepted)
	close(release)
	fmt.Println("Wait:", g.Wait())

	// 6. changing the limit with tasks active panics
	hold := make(chan struct{})
	g = &Group{}
	g.SetLimit(1)
	g.Go(func() error { <-hold; return nil })
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		g.SetLimit(3)
	}()
	close(hold)
	g.Wait()
	g.SetLimit(-1)
	fmt.Println("no limit: TryGo", g.TryGo(func() error { return nil }), "Wait", g.Wait())
}

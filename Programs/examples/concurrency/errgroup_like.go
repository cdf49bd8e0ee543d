// A hand-made errgroup: run tasks together, the first error cancels the rest.
//
// group.Go starts a task in its own goroutine; group.Wait waits for all of
// them and returns the first error any task returned. The first failure is
// recorded under a sync.Once and cancels the group's context, so tasks that
// watch ctx.Done() stop early instead of running to the end. (The package
// golang.org/x/sync/errgroup does this; the standard library does not.)
//
// Look for: task 2 fails at 10ms, tasks 1 and 3 (which would run 300ms) end
// "cancelled", task 4 (which ignores ctx) fails later with its own error,
// but Wait reports task 2's: only the first error counts. Without the
// cancel, every task would run its full time after the group had already
// failed.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func withContext(parent context.Context) (*group, context.Context) {
	ctx, cancel := context.WithCancel(parent)
	return &group{cancel: cancel}, ctx
}

func (g *group) Go(task func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := task(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				g.cancel()
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel() // release the context in every case
	return g.err
}

// sleep waits for d, or returns ctx's error if ctx is cancelled first.
func sleep(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	g, ctx := withContext(context.Background())
	outcome := make([]string, 5) // outcome[i] written only by task i
	ms := time.Millisecond
	g.Go(func() error { outcome[0] = "done"; return sleep(ctx, 1*ms) })
	for _, i := range []int{1, 3} {
		g.Go(func() error {
			err := sleep(ctx, 300*ms)
			outcome[i] = fmt.Sprint("cancelled: ", err)
			return err
		})
	}
	g.Go(func() error {
		time.Sleep(10 * ms)
		outcome[2] = "failed"
		return errors.New("task 2: disk full")
	})
	g.Go(func() error {
		time.Sleep(60 * ms) // does not watch ctx: runs its full time
		outcome[4] = "failed"
		return errors.New("task 4: network down")
	})

	err := g.Wait()
	for i, o := range outcome {
		fmt.Printf("task %d: %s\n", i, o)
	}
	fmt.Println("Wait() =", err)
	fmt.Println("context after Wait:", ctx.Err())

	g2, ctx2 := withContext(context.Background())
	for range 3 {
		g2.Go(func() error { return sleep(ctx2, 5*ms) })
	}
	fmt.Println("all succeed: Wait() =", g2.Wait())
}

// Output:
// task 0: done
// task 1: cancelled: context canceled
// task 2: failed
// task 3: cancelled: context canceled
// task 4: failed
// Wait() = task 2: disk full
// context after Wait: context canceled
// all succeed: Wait() = <nil>

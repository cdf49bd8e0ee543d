// run

// An errgroup-like group: the first error is kept (sync.Once), closes a cancel channel, and the other tasks stop; Wait returns it.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel chan struct{}
}

func newGroup() *group { return &group{cancel: make(chan struct{})} }

func (g *group) Go(f func(cancel <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.cancel); err != nil {
			g.once.Do(func() {
				g.err = err
				close(g.cancel)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errCanceled = errors.New("canceled")

func main() {
	// all succeed
	g := newGroup()
	results := make([]int, 5)
	for i := range 5 {
		g.Go(func(<-chan struct{}) error { results[i] = i * i; return nil })
	}
	fmt.Println("all ok:", g.Wait(), results)

	// task 3 fails at once; the others wait for cancel and report errCanceled, which comes second
	g = newGroup()
	var mu sync.Mutex
	stopped := 0
	for i := range 6 {
		g.Go(func(cancel <-chan struct{}) error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errors.ErrUnsupported)
			}
			<-cancel
			mu.Lock()
			stopped++
			mu.Unlock()
			return errCanceled
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("is ErrUnsupported:", errors.Is(err, errors.ErrUnsupported), "is canceled:", errors.Is(err, errCanceled))
	fmt.Println("tasks stopped by cancel:", stopped)

	// a chain: each task fails only after the previous one failed, so the order is forced
	g = newGroup()
	prev := make(chan struct{})
	close(prev)
	for i := range 4 {
		mine := make(chan struct{})
		wait := prev
		g.Go(func(<-chan struct{}) error {
			<-wait
			defer close(mine)
			return fmt.Errorf("chain %d", i)
		})
		prev = mine
	}
	fmt.Println("chain first error:", g.Wait())

	// the cancel channel is closed exactly once even with many failures
	g = newGroup()
	for i := range 20 {
		g.Go(func(<-chan struct{}) error { return fmt.Errorf("fail %d", i) })
	}
	err = g.Wait()
	_, open := <-g.cancel
	fmt.Println("many failures: got an error:", err != nil, "cancel open:", open)
}

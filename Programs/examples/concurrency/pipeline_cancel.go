// Pipeline with cancellation: generate -> square -> sum.
//
// Each stage is a goroutine that reads from the channel before it and writes
// to a channel of its own. The generator would count forever; main only wants
// the first 5 squares, so it calls cancel() when it has them. Every send in
// every stage is a select that also waits on ctx.Done(), so a stage blocked
// on a send nobody will receive notices the cancellation and returns.
//
// Look for: the sum 1+4+9+16+25 = 55, then each stage reporting that it
// exited, then "all 2 stages finished" once wg.Wait() returns. Without the
// ctx.Done() cases the generator and squarer would stay blocked on their
// sends forever (a goroutine leak), and wg.Wait() would never return: Go
// would report "all goroutines are asleep - deadlock!".
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

// stages starts pipeline goroutines, counts them with a WaitGroup and
// records the name of each one that has exited.
type stages struct {
	wg     sync.WaitGroup
	mu     sync.Mutex
	exited []string
}

func (s *stages) start(name string, body func()) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		body()
		s.mu.Lock()
		s.exited = append(s.exited, name)
		s.mu.Unlock()
	}()
}

func generate(ctx context.Context, s *stages) <-chan int {
	out := make(chan int)
	s.start("generate", func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	})
	return out
}

func square(ctx context.Context, s *stages, in <-chan int) <-chan int {
	out := make(chan int)
	s.start("square", func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-ctx.Done():
				return
			}
		}
	})
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var s stages
	squares := square(ctx, &s, generate(ctx, &s))

	sum := 0
	for i := 0; i < 5; i++ {
		v := <-squares
		fmt.Println("received", v)
		sum += v
	}
	fmt.Println("sum of the first 5 squares:", sum)

	cancel() // tell every stage to stop
	fmt.Println("cancelled:", ctx.Err())
	s.wg.Wait() // returns only once every stage goroutine has returned

	sort.Strings(s.exited) // the stages exit in either order
	for _, name := range s.exited {
		fmt.Println("stage exited:", name)
	}
	fmt.Printf("all %d stages finished\n", len(s.exited))
}

// Output:
// received 1
// received 4
// received 9
// received 16
// received 25
// sum of the first 5 squares: 55
// cancelled: context canceled
// stage exited: generate
// stage exited: square
// all 2 stages finished

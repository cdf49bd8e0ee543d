// run

// A four-stage pipeline (generate -> square -> keep odd -> label) driven by a context: the consumer cancels after what it needs, a stage cancels with a cause on bad input, a pre-cancelled context yields nothing, and a fan-out stage's total is exact; every stage goroutine exits.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"sync"
)

type stages struct {
	wg      sync.WaitGroup
	mu      sync.Mutex
	stopped []string
}

func (s *stages) exit(name string) {
	s.mu.Lock()
	s.stopped = append(s.stopped, name)
	s.mu.Unlock()
	s.wg.Done()
}

func (s *stages) report() []string {
	s.wg.Wait()
	slices.Sort(s.stopped)
	return s.stopped
}

func generate(ctx context.Context, s *stages, from int) <-chan int {
	out := make(chan int)
	s.wg.Add(1)
	go func() {
		defer s.exit("generate")
		defer close(out)
		for i := from; ; i++ {
			if ctx.Err() != nil {
				return
			}
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func stage[T, U any](ctx context.Context, s *stages, name string, in <-chan T, f func(T) (U, bool)) <-chan U {
	out := make(chan U)
	s.wg.Add(1)
	go func() {
		defer s.exit(name)
		defer close(out)
		for v := range in {
			u, keep := f(v)
			if !keep {
				continue
			}
			if ctx.Err() != nil { // cancelled while working on v: do not race the send against Done
				return
			}
			select {
			case out <- u:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func settle(want int) int {
	for range 100000 {
		if n := runtime.NumGoroutine(); n == want {
			return n
		}
		runtime.Gosched()
	}
	return runtime.NumGoroutine()
}

var errNegative = errors.New("negative input")

func main() {
	base := runtime.NumGoroutine()

	// 1. the consumer takes six labels and cancels; every stage notices
	ctx, cancel := context.WithCancel(context.Background())
	s := &stages{}
	nums := generate(ctx, s, 1)
	sq := stage(ctx, s, "square", nums, func(n int) (int, bool) { return n * n, true })
	odd := stage(ctx, s, "odd", sq, func(n int) (int, bool) { return n, n%2 == 1 })
	lab := stage(ctx, s, "label", odd, func(n int) (string, bool) { return fmt.Sprintf("<%d>", n), true })
	var got []string
	for v := range lab {
		got = append(got, v)
		if len(got) == 6 {
			break
		}
	}
	cancel()
	fmt.Println("taken:", got)
	fmt.Println("stopped:", s.report())
	fmt.Println("ctx err:", ctx.Err())

	// 2. a parse stage meets a negative number and cancels the whole pipeline with a cause
	ctx2, cancel2 := context.WithCancelCause(context.Background())
	s = &stages{}
	src := make(chan int)
	s.wg.Add(1)
	go func() {
		defer s.exit("source")
		defer close(src)
		for _, v := range []int{4, 9, 16, -25, 36, 49} {
			select {
			case src <- v:
			case <-ctx2.Done():
				return
			}
		}
	}()
	checked := stage(ctx2, s, "check", src, func(n int) (int, bool) {
		if n < 0 {
			cancel2(fmt.Errorf("check %d: %w", n, errNegative))
			return 0, false
		}
		return n, true
	})
	var ok []int
	for v := range checked {
		ok = append(ok, v)
	}
	fmt.Println("before the bad value:", ok)
	fmt.Println("stopped:", s.report())
	cause := context.Cause(ctx2)
	fmt.Println("err:", ctx2.Err(), "| cause:", cause, "| is errNegative:", errors.Is(cause, errNegative))

	// 3. a context cancelled before the pipeline starts: nothing comes out
	ctx3, cancel3 := context.WithCancel(context.Background())
	cancel3()
	s = &stages{}
	n := 0
	for range stage(ctx3, s, "square", generate(ctx3, s, 1), func(n int) (int, bool) { return n * n, true }) {
		n++
	}
	fmt.Println("pre-cancelled values:", n, "stopped:", s.report())

	// 4. fan-out: 4 square workers over 1..200 merged into one channel; the sum is exact
	ctx4, cancel4 := context.WithCancel(context.Background())
	s = &stages{}
	in := make(chan int)
	s.wg.Add(1)
	go func() {
		defer s.exit("feed")
		defer close(in)
		for i := 1; i <= 200; i++ {
			in <- i
		}
	}()
	outs := make([]<-chan int, 4)
	for w := range outs {
		outs[w] = stage(ctx4, s, fmt.Sprintf("worker%d", w), in, func(n int) (int, bool) { return n * n, true })
	}
	merged := make(chan int)
	var mwg sync.WaitGroup
	for _, o := range outs {
		mwg.Add(1)
		go func() {
			defer mwg.Done()
			for v := range o {
				merged <- v
			}
		}()
	}
	go func() { mwg.Wait(); close(merged) }()
	sum, count := 0, 0
	for v := range merged {
		sum += v
		count++
	}
	cancel4()
	fmt.Println("fan-out:", count, "values, sum of squares", sum)
	fmt.Println("stopped:", s.report())

	fmt.Println("goroutines back to base:", settle(base) == base)
}

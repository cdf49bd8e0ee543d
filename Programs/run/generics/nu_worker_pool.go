// run

// Generic worker pool: Run[In, Out] fans jobs out to N goroutines over typed channels, collects Result[Out] with index to restore order, propagates errors and honours a context cancel.

package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
)

type Result[T any] struct {
	Index int
	Val   T
	Err   error
}

func Run[In, Out any](ctx context.Context, workers int, inputs []In, fn func(context.Context, In) (Out, error)) []Result[Out] {
	type job struct {
		i  int
		in In
	}
	jobs := make(chan job)
	results := make(chan Result[Out], len(inputs))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if err := ctx.Err(); err != nil {
					results <- Result[Out]{Index: j.i, Err: err}
					continue
				}
				v, err := fn(ctx, j.in)
				results <- Result[Out]{j.i, v, err}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i, in := range inputs {
			jobs <- job{i, in}
		}
	}()
	wg.Wait()
	close(results)
	out := make([]Result[Out], len(inputs))
	for r := range results {
		out[r.Index] = r
	}
	return out
}

func Values[T any](rs []Result[T]) ([]T, error) {
	vals := make([]T, 0, len(rs))
	var errs []error
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, fmt.Errorf("job %d: %w", r.Index, r.Err))
			continue
		}
		vals = append(vals, r.Val)
	}
	return vals, errors.Join(errs...)
}

var ErrTooLong = errors.New("too long")

func main() {
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta iota kappa")
	var calls atomic.Int32
	res := Run(context.Background(), 3, words, func(_ context.Context, s string) (int, error) {
		calls.Add(1)
		if len(s) > 6 {
			return 0, fmt.Errorf("%q: %w", s, ErrTooLong)
		}
		return len(s), nil
	})
	vals, err := Values(res)
	fmt.Println(vals, calls.Load())
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTooLong))

	type stats struct {
		Upper string
		Vowel int
	}
	sres := Run(context.Background(), 4, words[:5], func(_ context.Context, s string) (stats, error) {
		return stats{strings.ToUpper(s), strings.Count(s, "a") + strings.Count(s, "e")}, nil
	})
	for _, r := range sres {
		fmt.Printf("%d %+v %v\n", r.Index, r.Val, r.Err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cres := Run(ctx, 2, []int{1, 2, 3}, func(_ context.Context, n int) (float64, error) { return float64(n) / 2, nil })
	_, err = Values(cres)
	fmt.Println(strings.ReplaceAll(err.Error(), "\n", " | "))

	squares := Run(context.Background(), 8, []int{9, 8, 7, 6, 5, 4, 3, 2, 1}, func(_ context.Context, n int) ([]int, error) {
		out := make([]int, n%3+1)
		for i := range out {
			out[i] = n * n
		}
		return out, nil
	})
	sq, err := Values(squares)
	fmt.Println(sq, err == nil)
}

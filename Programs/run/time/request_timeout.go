// run

// A request timeout done three ways — select with time.After, context.WithTimeout, a Timer —
// each with a fast request that succeeds and a slow one that times out.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errTimeout = errors.New("request timed out")

// fetch simulates a backend call taking d; it gives up early if ctx ends.
func fetch(ctx context.Context, name string, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "response for " + name, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func withAfter(name string, d, limit time.Duration) (string, error) {
	ch := make(chan string, 1) // buffered: a late reply must not block the sender forever
	go func() {
		r, _ := fetch(context.Background(), name, d)
		ch <- r
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-time.After(limit):
		return "", errTimeout
	}
}

func withContext(name string, d, limit time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	return fetch(ctx, name, d)
}

func withTimer(name string, d, limit time.Duration) (string, error) {
	t := time.NewTimer(limit)
	defer t.Stop()
	ch := make(chan string, 1)
	go func() {
		r, _ := fetch(context.Background(), name, d)
		ch <- r
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-t.C:
		return "", errTimeout
	}
}

func main() {
	ways := []struct {
		name string
		f    func(string, time.Duration, time.Duration) (string, error)
	}{{"after", withAfter}, {"context", withContext}, {"timer", withTimer}}
	for _, w := range ways {
		r, err := w.f("fast", 5*time.Millisecond, 60*time.Millisecond)
		fmt.Printf("%-7s fast: %q %v\n", w.name, r, err)
		r, err = w.f("slow", 80*time.Millisecond, 20*time.Millisecond)
		fmt.Printf("%-7s slow: %q %v deadline=%v\n", w.name, r, err, errors.Is(err, context.DeadlineExceeded))
	}

	// the three ways racing the same slow request concurrently all time out
	type result struct {
		way string
		err error
	}
	out := make(chan result, 3)
	for _, w := range ways {
		go func() {
			_, err := w.f("shared", 100*time.Millisecond, 20*time.Millisecond)
			out <- result{w.name, err}
		}()
	}
	timeouts := 0
	for range ways {
		if r := <-out; r.err != nil {
			timeouts++
		}
	}
	fmt.Println("concurrent timeouts:", timeouts)
}

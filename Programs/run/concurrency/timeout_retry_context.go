// run

// Timeouts two ways: per-attempt context.WithTimeout in a retry loop (slow attempts end with DeadlineExceeded, a fast one succeeds), a parent deadline capping the children, time.After racing ctx.Done, an already-expired timeout, and a timeout on a blocked send. Only outcomes and loose bounds are printed.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// call pretends to contact a server: attempts listed in slow hang until their context ends.
func call(ctx context.Context, attempt int, slow map[int]bool) (string, error) {
	if slow[attempt] {
		<-ctx.Done()
		return "", fmt.Errorf("attempt %d: %w", attempt, ctx.Err())
	}
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	default:
		return fmt.Sprintf("response from attempt %d", attempt), nil
	}
}

func retry(parent context.Context, per time.Duration, max int, slow map[int]bool) (string, []error) {
	var errs []error
	for attempt := 1; attempt <= max; attempt++ {
		ctx, cancel := context.WithTimeout(parent, per)
		v, err := call(ctx, attempt, slow)
		cancel()
		if err == nil {
			return v, errs
		}
		errs = append(errs, err)
		if parent.Err() != nil {
			break
		}
	}
	return "", errs
}

func main() {
	// 1. two slow attempts time out, the third answers
	v, errs := retry(context.Background(), 3*time.Millisecond, 5, map[int]bool{1: true, 2: true})
	fmt.Println("result:", v)
	for _, e := range errs {
		fmt.Println("  ", e, "| deadline:", errors.Is(e, context.DeadlineExceeded))
	}

	// 2. every attempt is slow; the parent's deadline ends the retries
	parent, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	start := time.Now()
	v, errs = retry(parent, 4*time.Millisecond, 1000, map[int]bool{})
	fmt.Println("fast anyway:", v, len(errs))
	always := map[int]bool{}
	for i := 1; i <= 1000; i++ {
		always[i] = true
	}
	v, errs = retry(parent, 4*time.Millisecond, 1000, always)
	cancel()
	last := errs[len(errs)-1]
	fmt.Println("gave up:", v == "", "| attempts >= 2:", len(errs) >= 2, "| last is deadline:", errors.Is(last, context.DeadlineExceeded))
	fmt.Println("parent err:", parent.Err(), "| elapsed >= 50ms:", time.Since(start) >= 50*time.Millisecond)

	// a child's deadline never extends its parent's
	p2, c2 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	child, c3 := context.WithTimeout(p2, time.Hour)
	pd, _ := p2.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline == parent deadline:", cd.Equal(pd))
	<-child.Done()
	fmt.Println("child err:", child.Err())
	c3()
	c2()

	// 3. time.After racing ctx.Done: the shorter one wins
	ctx, c4 := context.WithTimeout(context.Background(), 2*time.Millisecond)
	select {
	case <-ctx.Done():
		fmt.Println("context first:", ctx.Err())
	case <-time.After(5 * time.Second):
		fmt.Println("time.After first")
	}
	c4()
	ctx, c5 := context.WithTimeout(context.Background(), 5*time.Second)
	select {
	case <-ctx.Done():
		fmt.Println("context first")
	case t := <-time.After(2 * time.Millisecond):
		fmt.Println("time.After first, value set:", !t.IsZero(), "| ctx still alive:", ctx.Err() == nil)
	}
	c5()

	// 4. zero and negative timeouts are expired on arrival
	for _, d := range []time.Duration{0, -time.Second} {
		ctx, c := context.WithTimeout(context.Background(), d)
		select {
		case <-ctx.Done():
			fmt.Println(d, "timeout: done at once:", ctx.Err())
		default:
			fmt.Println(d, "timeout: not done")
		}
		c()
	}

	// 5. a send nobody takes, abandoned after a timeout; then the same with a reader
	out := make(chan int)
	select {
	case out <- 1:
		fmt.Println("sent")
	case <-time.After(3 * time.Millisecond):
		fmt.Println("send timed out")
	}
	read := make(chan struct{})
	go func() { fmt.Println("reader got", <-out); close(read) }()
	select {
	case out <- 2:
		<-read
	case <-time.After(5 * time.Second):
		fmt.Println("send timed out")
	}

	// 6. WithTimeout vs explicit cancel: cancel first gives Canceled, not DeadlineExceeded
	ctx, c6 := context.WithTimeout(context.Background(), time.Hour)
	c6()
	fmt.Println("cancelled early:", ctx.Err(), "| deadline?", errors.Is(ctx.Err(), context.DeadlineExceeded))
}

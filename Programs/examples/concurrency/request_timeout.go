// Bounding a slow request with a timeout, three ways.
//
// request simulates a call that takes d to answer. Each way waits at most
// 40ms, once for a fast request (5ms) and once for a slow one (120ms):
//  1. select on the reply channel and time.After(timeout);
//  2. context.WithTimeout: the request itself watches ctx.Done() and gives
//     up with ctx.Err() == context.DeadlineExceeded;
//  3. a time.Timer, stopped with Stop() when the reply wins, so it never
//     fires (Stop returns true: the timer was still pending).
//
// The reply channel has a buffer of 1 so an abandoned request can still send
// its late answer and exit instead of blocking forever (a goroutine leak).
//
// Look for: every fast request succeeds and every slow one times out. Without
// a timeout the slow request would hold its caller for the full 120ms.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

const timeout = 40 * time.Millisecond

// request answers "reply after <d>" after d, or stops early if ctx is done.
func request(ctx context.Context, d time.Duration) <-chan string {
	reply := make(chan string, 1)
	go func() {
		select {
		case <-time.After(d):
			reply <- fmt.Sprint("reply after ", d)
		case <-ctx.Done():
		}
	}()
	return reply
}

func withSelect(d time.Duration) string {
	select {
	case r := <-request(context.Background(), d):
		return r
	case <-time.After(timeout):
		return "timed out"
	}
}

func withContext(d time.Duration) string {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel() // always release the context's timer
	select {
	case r := <-request(ctx, d):
		return r
	case <-ctx.Done():
		err := ctx.Err()
		return fmt.Sprintf("%v (DeadlineExceeded: %t)", err, errors.Is(err, context.DeadlineExceeded))
	}
}

func withTimer(d time.Duration) string {
	t := time.NewTimer(timeout)
	select {
	case r := <-request(context.Background(), d):
		stopped := t.Stop() // true: the timer had not fired yet
		return fmt.Sprintf("%s (timer stopped: %t)", r, stopped)
	case <-t.C:
		return "timed out (timer fired)"
	}
}

func main() {
	ways := []struct {
		name string
		f    func(time.Duration) string
	}{
		{"select+time.After", withSelect},
		{"context.WithTimeout", withContext},
		{"time.Timer", withTimer},
	}
	for _, w := range ways {
		for _, d := range []time.Duration{5 * time.Millisecond, 120 * time.Millisecond} {
			fmt.Printf("%-19s %5v: %s\n", w.name, d, w.f(d))
		}
	}
}

// Output:
// select+time.After     5ms: reply after 5ms
// select+time.After   120ms: timed out
// context.WithTimeout   5ms: reply after 5ms
// context.WithTimeout 120ms: context deadline exceeded (DeadlineExceeded: true)
// time.Timer            5ms: reply after 5ms (timer stopped: true)
// time.Timer          120ms: timed out (timer fired)

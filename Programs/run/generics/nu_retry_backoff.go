// run

// Generic Retry[T] with exponential backoff and jitter-free policy, injectable sleeper, retryable-error classification via errors.As on a generic error type, and attempts logging.

package main

import (
	"errors"
	"fmt"
	"time"
)

type Policy struct {
	Attempts int
	Base     time.Duration
	Max      time.Duration
}

type TemporaryError[C comparable] struct {
	Code C
	Msg  string
}

func (e *TemporaryError[C]) Error() string { return fmt.Sprintf("temporary %v: %s", e.Code, e.Msg) }

type Sleeper func(time.Duration)

func Retry[T any](p Policy, sleep Sleeper, op func(attempt int) (T, error)) (T, []time.Duration, error) {
	var waits []time.Duration
	var zero T
	delay := p.Base
	var last error
	for attempt := 1; attempt <= p.Attempts; attempt++ {
		v, err := op(attempt)
		if err == nil {
			return v, waits, nil
		}
		last = err
		var tmp *TemporaryError[int]
		if !errors.As(err, &tmp) {
			return zero, waits, fmt.Errorf("permanent failure on attempt %d: %w", attempt, err)
		}
		if attempt == p.Attempts {
			break
		}
		waits = append(waits, delay)
		sleep(delay)
		delay = min(delay*2, p.Max)
	}
	return zero, waits, fmt.Errorf("gave up after %d attempts: %w", p.Attempts, last)
}

func flaky[T any](failures int, val T, code int) func(int) (T, error) {
	return func(attempt int) (T, error) {
		if attempt <= failures {
			var z T
			return z, fmt.Errorf("call %d: %w", attempt, &TemporaryError[int]{code, "busy"})
		}
		return val, nil
	}
}

func main() {
	var slept time.Duration
	realSleep := func(d time.Duration) {
		slept += d
		time.Sleep(d)
	}
	p := Policy{Attempts: 5, Base: time.Millisecond, Max: 4 * time.Millisecond}

	v, waits, err := Retry(p, realSleep, flaky(3, "payload", 503))
	fmt.Printf("%q %v %v\n", v, waits, err)

	n, waits, err := Retry(p, realSleep, flaky(10, 42, 429))
	fmt.Println(n, waits, err)
	var te *TemporaryError[int]
	fmt.Println(errors.As(err, &te), te.Code)

	calls := 0
	type cfg struct{ Port int }
	c, waits, err := Retry(p, realSleep, func(a int) (*cfg, error) {
		calls++
		if a == 2 {
			return nil, errors.New("config missing")
		}
		return nil, &TemporaryError[int]{500, "warming"}
	})
	fmt.Println(c, waits, err, calls)

	var fake []time.Duration
	fakeSleep := func(d time.Duration) { fake = append(fake, d) }
	long := Policy{Attempts: 8, Base: 100 * time.Millisecond, Max: time.Second}
	s, waits, err := Retry(long, fakeSleep, flaky(7, []byte("ok"), 1))
	fmt.Println(string(s), waits, err, len(fake))
	total := time.Duration(0)
	for _, d := range fake {
		total += d
	}
	fmt.Println("would have slept", total)

	var strErr *TemporaryError[string]
	wrapped := fmt.Errorf("outer: %w", &TemporaryError[string]{"E42", "other"})
	fmt.Println(errors.As(wrapped, &strErr), strErr.Code, errors.As(wrapped, &te))
	fmt.Println("really slept", slept, slept < 50*time.Millisecond)
}

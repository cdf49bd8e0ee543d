// run

// context.WithTimeout and WithDeadline: Done fires, Err is DeadlineExceeded, early cancel gives
// Canceled, Deadline's ok flag, and a child's deadline capped by its parent's.
package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

func main() {
	bg := context.Background()
	_, ok := bg.Deadline()
	fmt.Println("background has deadline:", ok)

	// the deadline passes
	start := time.Now()
	ctx, cancel := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println("has deadline:", ok, "in the future:", dl.After(start), "err before:", ctx.Err())
	<-ctx.Done()
	fmt.Println("done after >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println("err:", ctx.Err(), ctx.Err() == context.DeadlineExceeded, errors.Is(ctx.Err(), context.DeadlineExceeded))
	fmt.Printf("%q %T\n", context.DeadlineExceeded.Error(), ctx.Err())
	var te interface{ Timeout() bool }
	fmt.Println("is a timeout:", errors.As(ctx.Err(), &te) && te.Timeout())
	fmt.Println("cause:", context.Cause(ctx))
	cancel() // cancelling afterwards changes nothing
	fmt.Println("err after cancel:", ctx.Err())

	// cancel before the deadline: Canceled
	ctx2, cancel2 := context.WithTimeout(bg, time.Hour)
	go func() {
		time.Sleep(20 * time.Millisecond)
		cancel2()
	}()
	select {
	case <-ctx2.Done():
		fmt.Println("early cancel:", ctx2.Err(), ctx2.Err() == context.Canceled)
	case <-time.After(time.Second):
		fmt.Println("unexpected: not cancelled")
	}

	// WithDeadline with a fixed instant in the past: already done
	past := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	ctx3, cancel3 := context.WithDeadline(bg, past)
	defer cancel3()
	dl3, ok3 := ctx3.Deadline()
	fmt.Println("past deadline:", dl3.Equal(past), ok3, ctx3.Err())
	select {
	case <-ctx3.Done():
		fmt.Println("past deadline done at once")
	default:
		fmt.Println("unexpected: not done")
	}
	// negative timeout is the same
	ctx4, cancel4 := context.WithTimeout(bg, -time.Second)
	defer cancel4()
	fmt.Println("negative timeout:", ctx4.Err())

	// a child's deadline is capped by its parent's
	parent, pc := context.WithTimeout(bg, 40*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline == parent deadline:", cd.Equal(pd))
	<-child.Done()
	fmt.Println("child done with parent:", child.Err(), parent.Err())

	// a shorter child deadline fires first; the parent stays alive
	parent2, pc2 := context.WithTimeout(bg, time.Hour)
	defer pc2()
	child2, cc2 := context.WithTimeout(parent2, 20*time.Millisecond)
	defer cc2()
	<-child2.Done()
	fmt.Println("short child:", child2.Err(), "parent:", parent2.Err())

	// cancelling the parent cancels a deadline child with Canceled
	parent3, pc3 := context.WithCancel(bg)
	child3, cc3 := context.WithDeadline(parent3, time.Now().Add(time.Hour))
	defer cc3()
	pc3()
	<-child3.Done()
	fmt.Println("parent cancelled:", child3.Err())

	// the String of a timer context names its deadline, then the time left (not stable)
	s, rest, found := strings.Cut(fmt.Sprint(ctx3), " [")
	fmt.Println(s, found, strings.HasSuffix(rest, "])"))
}

// run

// WithTimeoutCause / WithDeadlineCause with context.Cause, and context.AfterFunc on timer contexts.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var errSlow = errors.New("backend too slow")

func main() {
	bg := context.Background()

	// the cause is reported by Cause; Err stays DeadlineExceeded
	ctx, cancel := context.WithTimeoutCause(bg, 20*time.Millisecond, errSlow)
	defer cancel()
	fmt.Println("before:", ctx.Err(), context.Cause(ctx))
	<-ctx.Done()
	fmt.Println("after:", ctx.Err(), "|", context.Cause(ctx), errors.Is(context.Cause(ctx), errSlow))

	// cancelling before the deadline: the cause is Canceled, not the timeout cause
	ctx2, cancel2 := context.WithTimeoutCause(bg, time.Hour, errSlow)
	cancel2()
	fmt.Println("cancelled early:", ctx2.Err(), "|", context.Cause(ctx2))

	// WithDeadlineCause with a past deadline
	ctx3, cancel3 := context.WithDeadlineCause(bg, time.Unix(0, 0), fmt.Errorf("deadline in 1970: %w", errSlow))
	defer cancel3()
	fmt.Println("past:", ctx3.Err(), "|", context.Cause(ctx3), errors.Is(context.Cause(ctx3), errSlow))

	// a child of a timed-out parent inherits the parent's cause
	parent, pc := context.WithTimeoutCause(bg, 20*time.Millisecond, errSlow)
	defer pc()
	child, cc := context.WithCancel(parent)
	defer cc()
	<-child.Done()
	fmt.Println("child:", child.Err(), "|", context.Cause(child))

	// WithCancelCause parent, timeout child: the child's own deadline comes first
	p2, pcause := context.WithCancelCause(bg)
	c2, c2cancel := context.WithTimeout(p2, 20*time.Millisecond)
	defer c2cancel()
	<-c2.Done()
	pcause(errors.New("too late"))
	fmt.Println("child timed out:", context.Cause(c2), "| parent:", context.Cause(p2))

	// context.AfterFunc runs f in its own goroutine when the context's deadline passes
	ctx4, cancel4 := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancel4()
	ran := make(chan string)
	context.AfterFunc(ctx4, func() { ran <- "afterfunc: " + ctx4.Err().Error() })
	fmt.Println(<-ran)

	// stop returns true if it prevented f, false once f has started
	ctx5, cancel5 := context.WithTimeout(bg, 30*time.Millisecond)
	defer cancel5()
	called := false
	stop := context.AfterFunc(ctx5, func() { called = true })
	fmt.Println("stop before deadline:", stop())
	<-ctx5.Done()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("called:", called, "stop again:", stop())

	// AfterFunc on an already-expired context runs at once
	ran2 := make(chan bool)
	stop2 := context.AfterFunc(ctx3, func() { ran2 <- true })
	fmt.Println("already expired ran:", <-ran2, "stop:", stop2())

	// several AfterFuncs on one timeout all run
	ctx6, cancel6 := context.WithTimeout(bg, 20*time.Millisecond)
	defer cancel6()
	results := make(chan int, 3)
	for i := 1; i <= 3; i++ {
		context.AfterFunc(ctx6, func() { results <- i })
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum of afterfuncs:", sum)
}

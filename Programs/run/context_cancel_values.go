// run

// context: Background/TODO, a cancellation tree across goroutines, values, causes, WithoutCancel.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type key string

func worker(ctx context.Context, id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	ctx, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "ann")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")), vctx)
	out := make(chan string, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(vctx, i, out, &wg)
	}
	fmt.Println(ctx.Err(), child.Err())
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for range out {
		n++
	}
	fmt.Println(n, ctx.Err(), child.Err(), errors.Is(vctx.Err(), context.Canceled))
	cctx, ccancel := context.WithCancelCause(bg)
	ccancel(errors.New("shutdown"))
	fmt.Println(cctx.Err(), context.Cause(cctx), context.Cause(ctx))
	select {
	case <-cctx.Done():
		fmt.Println("done closed")
	default:
		fmt.Println("not closed")
	}
	wc := context.WithoutCancel(vctx)
	fmt.Println(wc.Err(), wc.Value(key("user")), context.DeadlineExceeded)
}

// run

// Receiving from a nil channel blocks forever: with nothing else runnable Go reports a deadlock, goroutine 1 [chan receive (nil chan)].
package main

import (
	"fmt"
	"sync"
)

type pipe struct {
	name string
	c    chan int
}

func main() {
	// a nil channel in a select with default is simply skipped
	var nc chan int
	select {
	case v := <-nc:
		fmt.Println("never", v)
	default:
		fmt.Println("nil receive not ready")
	}

	// goroutines that finish normally do not prevent the deadlock report
	var wg sync.WaitGroup
	sums := make([]int, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 100 {
				sums[i] += j * i
			}
		}()
	}
	wg.Wait()
	fmt.Println("sums", sums)

	pipes := []pipe{{"made", make(chan int, 1)}, {"forgotten", nil}}
	pipes[0].c <- 1
	for _, p := range pipes {
		fmt.Println("receiving from", p.name)
		v := <-p.c
		fmt.Println("got", v)
	}
	fmt.Println("not reached")
}

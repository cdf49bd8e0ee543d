// run

// With GOMAXPROCS(1), Go's run queues decide the order: the newest goroutine runs first from runnext, the others follow FIFO from the local queue; a woken receiver runs next.

package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	runtime.GOMAXPROCS(1)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); fmt.Print(i, " ") }()
	}
	wg.Wait()
	fmt.Println()
	ch := make(chan int)
	done := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			for v := range ch {
				fmt.Print("w", i, ":", v, " ")
			}
			done <- true
		}()
	}
	for v := 0; v < 9; v++ {
		ch <- v
	}
	close(ch)
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println()
}

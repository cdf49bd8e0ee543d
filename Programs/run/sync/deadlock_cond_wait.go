// run

// Waiting on a Cond that nobody signals: with every goroutine blocked it is a deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	queue := []int{}
	done := make(chan bool)

	go func() {
		mu.Lock()
		for len(queue) < 2 {
			c.Wait()
		}
		fmt.Println("consumer got", queue)
		queue = queue[:0]
		mu.Unlock()
		done <- true
	}()

	for i := 1; i <= 2; i++ {
		mu.Lock()
		queue = append(queue, i)
		mu.Unlock()
		c.Signal()
	}
	<-done
	fmt.Println("first round ok")

	// nobody will ever append or signal again
	mu.Lock()
	for len(queue) == 0 {
		c.Wait()
	}
	mu.Unlock()
	fmt.Println("not reached")
}

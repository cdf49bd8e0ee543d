// run

// A deadlock with goroutines blocked in [chan send], [chan receive], [select], [select (no cases)] and [chan send (nil chan)].
package main

import "fmt"

func sender(ready chan<- string, c chan<- int) {
	ready <- "sender"
	c <- 1 // nobody receives
}

func receiver(ready chan<- string, c <-chan int) {
	ready <- "receiver"
	<-c // nobody sends
}

func selector(ready chan<- string, a <-chan int, b chan<- int) {
	ready <- "selector"
	select {
	case <-a:
	case b <- 2:
	}
}

func parker(ready chan<- string) {
	ready <- "parker"
	select {}
}

func nilSender(ready chan<- string) {
	var c chan int
	ready <- "nil sender"
	c <- 3
}

func main() {
	ready := make(chan string)
	go sender(ready, make(chan int))
	go receiver(ready, make(chan int))
	go selector(ready, make(chan int), make(chan int))
	go parker(ready)
	go nilSender(ready)

	names := map[string]bool{}
	for range 5 {
		names[<-ready] = true
	}
	fmt.Println("started:", len(names), names["sender"], names["receiver"], names["selector"], names["parker"], names["nil sender"])

	// work that completes before the deadlock
	work := make(chan int, 3)
	go func() {
		for i := 1; i <= 3; i++ {
			work <- i
		}
		close(work)
	}()
	total := 0
	for v := range work {
		total += v
	}
	fmt.Println("total:", total)

	done := make(chan bool)
	fmt.Println("main waits on done")
	<-done
	fmt.Println("not reached")
}

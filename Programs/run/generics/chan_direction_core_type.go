// run

// Inference through a constraint of channel types of both directions: the core
// type is the receive-only one, so E is inferred from chan int, <-chan int and
// a named channel type.
package main

import "fmt"

func Recv[C ~<-chan E | ~chan E, E any](c C) E { return <-c }

type Inbox chan string

func main() {
	c := make(chan int, 1)
	c <- 42
	fmt.Println(Recv(c))
	var r <-chan int = c
	c <- 7
	fmt.Println(Recv(r))
	in := make(Inbox, 1)
	in <- "hi"
	fmt.Println(Recv(in))
}

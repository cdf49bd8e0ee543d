// run

// len and cap of buffered, unbuffered and nil channels, through directional views and after close.
package main

import "fmt"

func lc[T any](name string, c chan T) {
	fmt.Printf("%-12s len=%d cap=%d nil=%v\n", name, len(c), cap(c), c == nil)
}

func recvView(c <-chan int) (int, int) { return len(c), cap(c) }
func sendView(c chan<- int) (int, int) { return len(c), cap(c) }

func main() {
	var nilc chan int
	lc("nil", nilc)
	lc("unbuffered", make(chan int))
	lc("zero cap", make(chan string, 0))
	b := make(chan int, 5)
	lc("empty buf", b)
	b <- 1
	b <- 2
	lc("two in", b)
	fmt.Println(recvView(b))
	fmt.Println(sendView(b))
	<-b
	lc("one out", b)
	for len(b) < cap(b) {
		b <- len(b)
	}
	lc("full", b)
	close(b)
	lc("closed full", b)
	<-b
	<-b
	lc("closed 3", b)
	for range b {
	}
	lc("drained", b)
	v, ok := <-b
	fmt.Println("after drain:", v, ok, len(b))

	// nil directional channels
	var r <-chan bool
	var s chan<- []int
	fmt.Println(len(r), cap(r), len(s), cap(s), r == nil, s == nil)

	// channels of structs and of channels
	cc := make(chan chan int, 2)
	cc <- make(chan int, 7)
	cc <- nil
	inner := <-cc
	fmt.Println(len(cc), cap(cc), cap(inner), cap(<-cc))

	// cap with a non-int constant and variable sizes
	var n int64 = 3
	lc("int64 size", make(chan struct{}, n))
	lc("byte size", make(chan byte, uint8(200)))

	// the unbuffered len stays 0 while a sender waits
	u := make(chan int)
	go func() { u <- 42 }()
	fmt.Println("unbuffered with waiting sender:", len(u), cap(u), <-u)
}

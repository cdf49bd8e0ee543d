// run

// Unbuffered channels hand values off one at a time: a sender waits for its receiver, ping-pong order is forced.
package main

import "fmt"

type event struct {
	who  string
	step int
}

func main() {
	// ping-pong: each side waits for the other, so the log order is fixed
	ping := make(chan int)
	pong := make(chan int)
	log := make(chan event, 100)
	go func() {
		for v := range ping {
			log <- event{"pong", v}
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for range 5 {
		log <- event{"ping", v}
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	close(log)
	for e := range log {
		fmt.Println(e.who, e.step)
	}
	fmt.Println("final", v, "pong open:", ok)

	// a send completes only after the receiver took the value
	c := make(chan string)
	taken := make(chan bool)
	go func() {
		c <- "first"
		taken <- true // runs only after main received "first"
		c <- "second"
	}()
	fmt.Println("received", <-c)
	fmt.Println("sender resumed:", <-taken)
	fmt.Println("received", <-c)

	// a chain of goroutines passing one value along
	const n = 100
	first := make(chan int)
	in := first
	for range n {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			x := <-in
			out <- x + 1
		}(in, out)
		in = out
	}
	first <- 0
	fmt.Println("after", n, "hand-offs:", <-in)

	// values from one sender arrive in send order
	seq := make(chan int)
	go func() {
		for i := range 10 {
			seq <- i * i
		}
		close(seq)
	}()
	var got []int
	for x := range seq {
		got = append(got, x)
	}
	fmt.Println(got)
}

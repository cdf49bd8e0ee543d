// run

// Buffered channels are FIFO queues: fill, partial drain, refill (ring wraparound), and a blocked sender's value queued last.
package main

import "fmt"

type item struct {
	id   int
	name string
}

func main() {
	c := make(chan int, 4)
	for i := 1; i <= 4; i++ {
		c <- i
	}
	fmt.Println(<-c, <-c)
	c <- 5
	c <- 6
	for len(c) > 0 {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	// many rounds of wraparound in a small ring
	r := make(chan int, 3)
	next, want, bad := 0, 0, 0
	for round := range 50 {
		for len(r) < cap(r) {
			r <- next
			next++
		}
		for range round%3 + 1 {
			if v := <-r; v != want {
				bad++
			}
			want++
		}
	}
	fmt.Println("sent", next, "checked", want, "out of order", bad)

	// a sender blocked on a full buffer: its value comes after the buffered ones
	f := make(chan string, 2)
	f <- "a"
	f <- "b"
	sent := make(chan bool)
	go func() {
		f <- "c" // blocks until main receives
		sent <- true
	}()
	fmt.Println(<-f)
	<-sent
	fmt.Println(<-f, <-f, len(f))

	// structs are copied into the buffer
	s := make(chan item, 3)
	it := item{1, "one"}
	s <- it
	it.name = "changed"
	s <- it
	it.id = 3
	s <- it
	close(s)
	for x := range s {
		fmt.Printf("%+v\n", x)
	}

	// one producer, one consumer through a buffer: order kept
	q := make(chan int, 8)
	go func() {
		for i := range 1000 {
			q <- i
		}
		close(q)
	}()
	prev, ordered := -1, true
	for v := range q {
		if v != prev+1 {
			ordered = false
		}
		prev = v
	}
	fmt.Println("1000 through buffer in order:", ordered, prev)
}

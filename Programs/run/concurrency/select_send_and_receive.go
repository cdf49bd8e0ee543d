// run

// One select with both send and receive cases: an unbounded buffer goroutine between a producer and a consumer; send and receive on one channel.
package main

import "fmt"

// buffer accepts from in whenever possible and sends to out when it has something queued.
func buffer(in <-chan int, out chan<- int) {
	var queue []int
	for in != nil || len(queue) > 0 {
		var send chan<- int
		var next int
		if len(queue) > 0 {
			send = out
			next = queue[0]
		}
		select {
		case v, ok := <-in:
			if !ok {
				in = nil
				continue
			}
			queue = append(queue, v)
		case send <- next:
			queue = queue[1:]
		}
	}
	close(out)
}

func main() {
	in, out := make(chan int), make(chan int)
	go buffer(in, out)
	go func() {
		for i := range 50 {
			in <- i
		}
		close(in)
	}()
	var got []int
	for v := range out {
		got = append(got, v)
	}
	inOrder := true
	for i, v := range got {
		if v != i {
			inOrder = false
		}
	}
	fmt.Println("received", len(got), "in order:", inOrder)

	// send and receive on the same channel in one select: with a buffer of 1,
	// exactly one of the two cases is ready at each step
	c := make(chan int, 1)
	sends, recvs := 0, 0
	for i := range 10 {
		select {
		case c <- i:
			sends++
		case v := <-c:
			recvs++
			if v != i-1 {
				fmt.Println("unexpected", v)
			}
		}
	}
	fmt.Println("sends", sends, "recvs", recvs, "left", len(c))

	// a swap: each side offers a value and takes the other's
	a, b := make(chan string), make(chan string)
	done := make(chan string)
	go func() {
		got := ""
		for sent := false; !sent || got == ""; {
			select {
			case a <- "from goroutine":
				sent = true
			case s := <-b:
				got = s
			}
		}
		done <- got
	}()
	var mine string
	for sent := false; !sent || mine == ""; {
		select {
		case b <- "from main":
			sent = true
		case s := <-a:
			mine = s
		}
	}
	fmt.Println("main got:", mine, "| goroutine got:", <-done)
}

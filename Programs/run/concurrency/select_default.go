// run

// select with default: non-blocking send and receive on empty, full, unbuffered and closed channels; a try-send queue.
package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return -1, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3), len(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))

	// unbuffered with nobody waiting: both directions fall to default
	u := make(chan int)
	fmt.Println("unbuffered send:", trySend(u, 9))
	_, ok := tryRecv(u)
	fmt.Println("unbuffered recv:", ok)

	// a receiver waiting in another goroutine makes a non-blocking send succeed eventually
	got := make(chan int)
	go func() { got <- <-u }()
	attempts := 0
	for !trySend(u, 77) {
		attempts++
	}
	fmt.Println("sent to waiting receiver:", <-got)
	_ = attempts

	// closed channel: receive is ready (zero, not ok), default not taken
	close(c)
	select {
	case v, ok := <-c:
		fmt.Println("closed ready:", v, ok)
	default:
		fmt.Println("never")
	}

	// default-only select and an empty default body
	select {
	default:
		fmt.Println("default only")
	}
	n := 0
	for i := range 5 {
		select {
		case <-u:
		default:
		}
		n += i
	}
	fmt.Println("loop with empty default:", n)

	// dropping values when a bounded queue is full
	q := make(chan string, 3)
	dropped := 0
	for i := range 10 {
		select {
		case q <- fmt.Sprint("m", i):
		default:
			dropped++
		}
	}
	close(q)
	for m := range q {
		fmt.Print(m, " ")
	}
	fmt.Println("dropped", dropped)
}

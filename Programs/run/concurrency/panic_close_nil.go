// run

// close of a nil channel panics with "close of nil channel" (exit 2), after earlier closes of real channels worked.
package main

import "fmt"

type hub struct {
	events chan string
	done   chan struct{}
}

func newHub(withDone bool) *hub {
	h := &hub{events: make(chan string, 2)}
	if withDone {
		h.done = make(chan struct{})
	}
	return h
}

func (h *hub) shutdown() {
	close(h.events)
	close(h.done) // nil for a hub made without a done channel
}

func main() {
	a := newHub(true)
	a.events <- "hello"
	a.shutdown()
	for e := range a.events {
		fmt.Println("event", e)
	}
	<-a.done
	fmt.Println("hub a shut down")

	b := newHub(false)
	b.events <- "bye"
	fmt.Println("hub b has done channel:", b.done != nil)
	defer fmt.Println("deferred in main runs while panicking")
	b.shutdown()
	fmt.Println("not reached")
}

func init() {
	var c chan int
	fmt.Println("nil channel:", c == nil, len(c), cap(c))
	d := make(chan int)
	close(d)
	_, ok := <-d
	fmt.Println("closed real channel, ok =", ok)
}

// run

// Publish/subscribe with a broker goroutine and one channel per subscriber: every subscriber sees every message after it joined, in order.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type broker struct {
	subscribe   chan chan string
	unsubscribe chan chan string
	publish     chan string
	stopped     chan struct{}
}

func newBroker() *broker {
	b := &broker{make(chan chan string), make(chan chan string), make(chan string), make(chan struct{})}
	go b.run()
	return b
}

func (b *broker) run() {
	subs := map[chan string]bool{}
	for {
		select {
		case s := <-b.subscribe:
			subs[s] = true
		case s := <-b.unsubscribe:
			delete(subs, s)
			close(s)
		case m, ok := <-b.publish:
			if !ok {
				for s := range subs {
					close(s)
				}
				close(b.stopped)
				return
			}
			for s := range subs {
				s <- m // buffered per subscriber
			}
		}
	}
}

func main() {
	b := newBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	logs := map[string]string{}
	listen := func(name string) chan string {
		ch := make(chan string, 16)
		b.subscribe <- ch
		wg.Add(1)
		go func() {
			defer wg.Done()
			var got []string
			for m := range ch {
				got = append(got, m)
			}
			mu.Lock()
			logs[name] = strings.Join(got, ",")
			mu.Unlock()
		}()
		return ch
	}

	listen("s1")
	s2 := listen("s2")
	b.publish <- "m1"
	b.publish <- "m2"
	listen("s3") // joins late: misses m1 and m2
	b.publish <- "m3"
	b.unsubscribe <- s2 // leaves early
	b.publish <- "m4"
	b.publish <- "m5"
	close(b.publish)
	<-b.stopped
	wg.Wait()

	var names []string
	for n := range logs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, logs[n])
	}
}

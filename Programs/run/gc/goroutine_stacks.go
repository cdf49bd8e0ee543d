// run

// Pointers that live only on the stacks of parked goroutines (blocked in a
// send on an unbuffered channel, a receive, a select, a mutex, a WaitGroup,
// deep in recursion) survive while main allocates and collects.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Msg struct {
	from  int
	body  string
	parts []*Msg
}

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func mk(from int) *Msg {
	m := &Msg{from: from, body: "body-" + strconv.Itoa(from)}
	for i := 0; i < 3; i++ {
		m.parts = append(m.parts, &Msg{from: from*10 + i, body: strings.Repeat("p", i+1)})
	}
	return m
}

func (m *Msg) sum() int {
	s := m.from + len(m.body)
	for _, p := range m.parts {
		s += p.sum()
	}
	return s
}

func recurse(depth int, m *Msg, ready chan<- bool, release <-chan bool) int {
	local := &Msg{from: depth, body: m.body}
	if depth == 0 {
		ready <- true
		<-release
		return local.from + len(local.body) + m.sum()
	}
	return local.from + recurse(depth-1, m, ready, release)
}

func main() {
	// senders blocked on an unbuffered channel: the only reference to each
	// message is the sender's stack (and its pending send)
	unbuf := make(chan *Msg)
	for i := 0; i < 8; i++ {
		go func(i int) {
			unbuf <- mk(i)
		}(i)
	}

	// receivers blocked holding their own objects
	reqs := make(chan int)
	results := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func(i int) {
			mine := mk(100 + i)
			k := <-reqs
			results <- strconv.Itoa(k) + ":" + strconv.Itoa(mine.sum())
		}(i)
	}

	// a goroutine blocked in select with objects in both cases' scope
	selQuit := make(chan bool)
	selOut := make(chan string)
	go func() {
		a, b := mk(200), mk(201)
		never := make(chan *Msg)
		select {
		case m := <-never:
			selOut <- m.body
		case <-selQuit:
			selOut <- a.body + "/" + b.parts[2].body
		}
	}()

	// goroutines blocked on a mutex and a WaitGroup
	var mu sync.Mutex
	var wg sync.WaitGroup
	mu.Lock()
	mutexOut := make(chan int, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m := mk(300 + i)
			mu.Lock()
			mutexOut <- m.sum()
			mu.Unlock()
		}(i)
	}

	// deep recursion parked at the bottom: every frame holds a pointer
	ready := make(chan bool)
	release := make(chan bool)
	deepOut := make(chan int)
	go func() { deepOut <- recurse(200, mk(400), ready, release) }()
	<-ready

	for i := 0; i < 6; i++ {
		churn(6)
		runtime.GC()
		runtime.Gosched()
	}

	var got []string
	for i := 0; i < 8; i++ {
		m := <-unbuf
		got = append(got, fmt.Sprintf("%d=%d", m.from, m.sum()))
		runtime.GC()
	}
	sort.Strings(got)
	fmt.Println("unbuffered:", strings.Join(got, " "))

	for i := 0; i < 8; i++ {
		reqs <- i
	}
	got = got[:0]
	for i := 0; i < 8; i++ {
		r := <-results
		got = append(got, r[strings.Index(r, ":")+1:])
	}
	sort.Strings(got)
	fmt.Println("receivers:", strings.Join(got, " "))

	close(selQuit)
	fmt.Println("select:", <-selOut)

	churn(4)
	runtime.GC()
	mu.Unlock()
	wg.Wait()
	close(mutexOut)
	var sums []int
	for s := range mutexOut {
		sums = append(sums, s)
	}
	sort.Ints(sums)
	fmt.Println("mutex:", sums)

	close(release)
	fmt.Println("deep:", <-deepOut)
}

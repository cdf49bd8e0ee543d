// run

// RWMutex.RLocker as a sync.Locker: several holders at once, a writer excluded, a Cond built on it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	var rw sync.RWMutex
	rl := rw.RLocker()
	var l sync.Locker = rl
	fmt.Printf("%T\n", l)

	// two RLocker holders at once
	l.Lock()
	l.Lock()
	fmt.Println("TryLock with two read holders:", rw.TryLock())
	l.Unlock()
	l.Unlock()
	fmt.Println("TryLock after both released:", rw.TryLock())
	rw.Unlock()

	// the RLocker waits for a writer
	rw.Lock()
	got := make(chan string)
	go func() {
		withLock(rl, func() { got <- "reader ran" })
	}()
	select {
	case s := <-got:
		fmt.Println("too early:", s)
	case <-time.After(30 * time.Millisecond):
		fmt.Println("reader blocked by writer")
	}
	rw.Unlock()
	fmt.Println(<-got)

	// locks of different kinds through one interface
	var mu sync.Mutex
	lockers := []sync.Locker{&mu, &rw, rw.RLocker()}
	total := 0
	for _, lk := range lockers {
		withLock(lk, func() { total++ })
		fmt.Printf("%T ok\n", lk)
	}
	fmt.Println("total", total)

	// a Cond on the read side: waiters hold RLock while checking
	var ready bool
	c := sync.NewCond(rw.RLocker())
	var wg sync.WaitGroup
	woke := make(chan int, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.L.Lock()
			for !ready {
				c.Wait()
			}
			c.L.Unlock()
			woke <- i
		}()
	}
	time.Sleep(30 * time.Millisecond)
	rw.Lock()
	ready = true
	rw.Unlock()
	c.Broadcast()
	wg.Wait()
	close(woke)
	sum := 0
	for i := range woke {
		sum += i
	}
	fmt.Println("all readers woke, sum of ids", sum)
}

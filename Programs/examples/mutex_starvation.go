// Mutex starvation mode, made visible.
//
// sync.Mutex normally lets a goroutine that has just unlocked take the lock
// again at once ("barging"), ahead of a waiter it woke: that is fast, but
// the waiter can lose again and again. Once a waiter has waited more than
// 1 ms the mutex switches to starvation mode: Unlock hands the lock
// straight to the first waiter, and newcomers queue behind it. When the
// waiter that took it is the last one (or waited under 1 ms) the mutex
// returns to normal mode.
//
// Here main holds the mutex for 2 ms at a time and re-locks right after
// unlocking, while one goroutine waits. Run it with GOSUB_MUTEXTRACE=1 to
// see gosub report the switch, the hand-off and the return:
//
//	gosub: sync.Mutex 0x…: starvation mode: goroutine 2 waited 2.0…ms
//	gosub: sync.Mutex 0x…: hand-off by goroutine 1
//	gosub: sync.Mutex 0x…: normal mode: goroutine 2 took it after waiting 4.1…ms
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	got := make(chan bool, 1)
	go func() {
		mu.Lock() // waits: main holds the mutex
		got <- true
		mu.Unlock()
	}()
	runtime.Gosched() // let the goroutine block in Lock
	rounds := 0
	for i := 0; i < 3; i++ {
		for t := time.Now(); time.Since(t) < 2*time.Millisecond; {
		}
		mu.Unlock()
		mu.Lock() // barges in ahead of the waiter it just woke, until starvation mode
		rounds++
		runtime.Gosched()
	}
	mu.Unlock()
	fmt.Println("rounds held by main:", rounds)
	fmt.Println("the waiter got the mutex:", <-got)
}

// Output:
// rounds held by main: 3
// the waiter got the mutex: true

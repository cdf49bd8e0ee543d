// run

// runtime.Gosched yields while goroutines wait for their turn on a shared atomic: strict round-robin order across 3 goroutines.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	const players, rounds = 3, 4
	var turn atomic.Int32
	var mu sync.Mutex
	var log []string
	var wg sync.WaitGroup
	for p := range players {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range rounds {
				for turn.Load()%players != int32(p) {
					runtime.Gosched()
				}
				mu.Lock()
				log = append(log, fmt.Sprintf("p%d.r%d", p, r))
				mu.Unlock()
				turn.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(log, " "))
	fmt.Println("turns:", turn.Load())

	// Gosched in a single goroutine just returns
	for range 3 {
		runtime.Gosched()
	}
	fmt.Println("gosched alone: ok")

	// a flag handshake: main yields until the goroutine sets it, then the goroutine yields until main acks
	var flag, ack atomic.Bool
	var steps []string
	var smu sync.Mutex
	step := func(s string) { smu.Lock(); steps = append(steps, s); smu.Unlock() }
	fin := make(chan bool)
	go func() {
		step("worker sets flag")
		flag.Store(true)
		for !ack.Load() {
			runtime.Gosched()
		}
		step("worker saw ack")
		fin <- true
	}()
	for !flag.Load() {
		runtime.Gosched()
	}
	step("main saw flag")
	ack.Store(true)
	<-fin
	fmt.Println(strings.Join(steps, " -> "))
}

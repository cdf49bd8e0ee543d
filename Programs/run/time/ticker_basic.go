// run

// time.NewTicker and time.Tick: receive N ticks, Stop, Reset; ticks are counted, not timed.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	fmt.Println("ticker cap:", cap(tk.C))
	var last time.Time
	increasing := true
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if !last.IsZero() && !v.After(last) {
			increasing = false
		}
		last = v
	}
	fmt.Println("5 ticks, increasing:", increasing, "took >= 50ms:", time.Since(start) >= 50*time.Millisecond)

	// after Stop no more ticks arrive
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no tick after Stop")
	}

	// Reset restarts a stopped ticker with a new period
	tk.Reset(15 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ticks after Reset:", n)
	tk.Stop()

	// a slow receiver does not get a backlog: ticks are dropped, not queued
	tk2 := time.NewTicker(30 * time.Millisecond)
	time.Sleep(100 * time.Millisecond)
	pending := 0
	for drained := false; !drained; {
		select {
		case <-tk2.C:
			pending++
		default:
			drained = true
		}
	}
	fmt.Println("pending ticks after 3 periods:", pending)
	tk2.Stop()

	// time.Tick returns the channel of an unstoppable ticker
	c := time.Tick(10 * time.Millisecond)
	got := 0
	for got < 4 {
		<-c
		got++
	}
	fmt.Println("time.Tick ticks:", got)
	fmt.Println("Tick with non-positive duration is nil:", time.Tick(0) == nil, time.Tick(-1) == nil)

	// NewTicker panics on a non-positive duration
	defer func() { fmt.Println("recovered:", recover()) }()
	time.NewTicker(0)
}

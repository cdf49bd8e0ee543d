// run

// A select loop over a ticker, a done channel and a timeout, counting iterations rather than timing them.
package main

import (
	"fmt"
	"time"
)

func main() {
	// the loop stops itself after five ticks
	tk := time.NewTicker(10 * time.Millisecond)
	defer tk.Stop()
	done := make(chan struct{})
	ticks := 0
	go func() {
		time.Sleep(500 * time.Millisecond) // safety net, never reached
		close(done)
	}()
loop:
	for {
		select {
		case <-tk.C:
			ticks++
			if ticks == 5 {
				break loop
			}
		case <-done:
			fmt.Println("unexpected: safety net")
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	// a worker loop with a ticker, stopped by a done channel from main after it reports 3 ticks
	quit := make(chan struct{})
	progress := make(chan int)
	finished := make(chan int)
	go func() {
		t := time.NewTicker(15 * time.Millisecond)
		defer t.Stop()
		n := 0
		for {
			select {
			case <-t.C:
				n++
				if n == 3 {
					progress <- n
				}
			case <-quit:
				finished <- n
				return
			}
		}
	}()
	fmt.Println("progress:", <-progress)
	close(quit)
	fmt.Println("worker stopped with at least 3 ticks:", <-finished >= 3)

	// heartbeat plus work: beats at 30ms and 60ms, the work result at 75ms
	hb := time.NewTicker(30 * time.Millisecond)
	defer hb.Stop()
	work := time.After(75 * time.Millisecond)
	beats := 0
	for work != nil {
		select {
		case <-hb.C:
			beats++
		case <-work:
			fmt.Println("work done; beats in [1,3]:", beats >= 1 && beats <= 3)
			work = nil
		}
	}

	// a select with a default counts empty polls; a ticker tick eventually arrives
	tk3 := time.NewTicker(20 * time.Millisecond)
	defer tk3.Stop()
	polls := 0
	for {
		select {
		case <-tk3.C:
			fmt.Println("polled before the tick:", polls > 0)
			return
		default:
			polls++
			time.Sleep(time.Millisecond)
		}
	}
}

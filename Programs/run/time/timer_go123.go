// run

// Go 1.23 timer channels: unbuffered-looking C, and no stale values after Stop or Reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("cap, len:", cap(t.C), len(t.C))

	// A timer that has expired but was not received from: Stop reports true
	// (the value was never delivered) and C stays empty afterwards.
	t1 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	fmt.Println("len of expired timer:", len(t1.C))
	fmt.Println("stop expired-unreceived:", t1.Stop())
	select {
	case <-t1.C:
		fmt.Println("stale value after Stop")
	default:
		fmt.Println("no stale value after Stop")
	}

	// Expired, then Reset: the receive gets only the new tick, not the stale one.
	t2 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	resetAt := time.Now()
	fmt.Println("reset expired-unreceived:", t2.Reset(30*time.Millisecond))
	v := <-t2.C
	fmt.Println("value is from the new deadline:", !v.Before(resetAt.Add(30*time.Millisecond)))
	select {
	case <-t2.C:
		fmt.Println("second value")
	default:
		fmt.Println("only one value")
	}

	// Stop then select with default: nothing
	t3 := time.NewTimer(0)
	time.Sleep(20 * time.Millisecond)
	t3.Stop()
	select {
	case <-t3.C:
		fmt.Println("stale zero-duration value")
	default:
		fmt.Println("zero-duration timer stopped, nothing seen")
	}

	// time.After's channel behaves the same way
	a := time.After(10 * time.Millisecond)
	fmt.Println("After cap:", cap(a))
	time.Sleep(30 * time.Millisecond)
	<-a
	fmt.Println("After delivered")

	// An unreferenced, unstopped timer is simply collected; nothing to observe but no leak.
	for i := 0; i < 1000; i++ {
		time.NewTimer(time.Hour)
	}
	fmt.Println("created 1000 idle timers")
}

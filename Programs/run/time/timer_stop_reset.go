// run

// time.NewTimer: receiving from C, Stop before and after firing, Reset on stopped and fired timers.
package main

import (
	"fmt"
	"time"
)

func main() {
	// receive from C: the value is the firing time
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	fmt.Println("fired:", !v.Before(start.Add(20*time.Millisecond)))

	// Stop after firing (and after the value was received) reports false
	fmt.Println("stop after fire:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	// Stop before firing reports true, and nothing is ever delivered
	t2 := time.NewTimer(30 * time.Millisecond)
	fmt.Println("stop before fire:", t2.Stop())
	fmt.Println("second stop:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("unexpected value from stopped timer")
	case <-time.After(60 * time.Millisecond):
		fmt.Println("stopped timer stayed silent")
	}

	// Reset a stopped timer: it fires again; Reset reports whether it was active
	fmt.Println("reset stopped:", t2.Reset(20*time.Millisecond))
	<-t2.C
	fmt.Println("t2 fired after reset")

	// Reset an active timer pushes its deadline later
	t3 := time.NewTimer(20 * time.Millisecond)
	fmt.Println("reset active:", t3.Reset(80*time.Millisecond))
	select {
	case <-t3.C:
		fmt.Println("fired at the old deadline")
	case <-time.After(45 * time.Millisecond):
		fmt.Println("old deadline passed silently")
	}
	<-t3.C
	fmt.Println("t3 fired at the new deadline")

	// Reset an active timer to an earlier deadline
	t4 := time.NewTimer(time.Hour)
	fmt.Println("reset hour timer:", t4.Reset(10*time.Millisecond))
	<-t4.C
	fmt.Println("t4 fired early")

	// a timer of zero or negative duration fires at once
	t5 := time.NewTimer(0)
	<-t5.C
	t6 := time.NewTimer(-time.Minute)
	<-t6.C
	fmt.Println("zero and negative timers fired")

	// the pre-Go 1.23 stop-and-drain idiom: since Go 1.23 a timer that expired
	// but whose value was never received reports true from Stop, and C is empty
	t7 := time.NewTimer(10 * time.Millisecond)
	time.Sleep(40 * time.Millisecond)
	stopped := t7.Stop()
	fmt.Println("stop expired-unreceived:", stopped)
	if !stopped {
		<-t7.C
	}
	select {
	case <-t7.C:
		fmt.Println("drained a value")
	default:
		fmt.Println("nothing to drain")
	}
}

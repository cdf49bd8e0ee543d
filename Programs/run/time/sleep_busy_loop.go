// run

// A goroutine spinning forever in a loop must not keep main from waking up and exiting.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

var spins atomic.Int64

func spin() {
	for {
		spins.Add(1)
	}
}

func spinPlain(n *int) {
	for {
		*n++
	}
}

func main() {
	go spin()
	var plain int
	go spinPlain(&plain)
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	fmt.Println("main woke:", time.Since(start) >= 30*time.Millisecond)
	fmt.Println("spinner ran:", spins.Load() > 0)

	// a second sleep and a timer still fire while the spinners run
	t := time.NewTimer(20 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired while spinning")
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after fired while spinning")
	}
	fmt.Println("main exits; spinners are abandoned")
}

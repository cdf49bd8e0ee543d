// run

// Deadlock detection once every timer has fired or been stopped: nothing can wake main any more.
package main

import (
	"fmt"
	"time"
)

func main() {
	// timers that fire and are consumed
	<-time.After(10 * time.Millisecond)
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	// a stopped timer and a stopped ticker do not count as pending work
	stopped := time.NewTimer(time.Hour)
	stopped.Stop()
	tk := time.NewTicker(time.Hour)
	tk.Stop()
	// an AfterFunc that already ran
	ran := make(chan bool)
	time.AfterFunc(10*time.Millisecond, func() { ran <- true })
	<-ran
	// a sleeping goroutine that finishes
	fin := make(chan bool)
	go func() { time.Sleep(20 * time.Millisecond); fin <- true }()
	<-fin
	fmt.Println("about to block forever")
	never := make(chan int)
	<-never
}

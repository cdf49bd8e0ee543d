// run

// Sending on a closed channel panics with "send on closed channel", a runtime.Error that recover catches: direct, in select, and in a blocked sender.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isRE := r.(runtime.Error)
		if isRE {
			fmt.Printf("%s: recovered %q (runtime.Error)\n", name, err.Error())
		} else {
			fmt.Printf("%s: recovered %v\n", name, r)
		}
	}()
	f()
}

func main() {
	c := make(chan int, 2)
	c <- 1
	close(c)
	try("direct send", func() { c <- 2 })
	fmt.Println("buffered value survives:", <-c)

	u := make(chan string)
	close(u)
	try("unbuffered send", func() { u <- "x" })

	// a send case on a closed channel panics even when another case could proceed
	s := make(chan int)
	close(s)
	try("select send", func() {
		select {
		case s <- 1:
			fmt.Println("never")
		}
	})
	try("select send with default", func() {
		select {
		case s <- 1:
		default:
			fmt.Println("never default")
		}
	})

	// a sender blocked on a full channel panics when another goroutine closes it
	full := make(chan int, 1)
	full <- 0
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("blocked sender: ", recover()) }()
		full <- 1
	}()
	time.Sleep(20 * time.Millisecond) // let it block (the result is the same if it has not)
	close(full)
	fmt.Println(<-res)

	// close errors are recoverable too
	var nilc chan int
	try("close nil", func() { close(nilc) })
	try("close twice", func() { close(c) })

	// after recovery the program goes on normally
	ok := make(chan int, 1)
	ok <- 42
	fmt.Println("still running:", <-ok)
}

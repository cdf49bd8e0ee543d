// run

// An unrecovered send on a closed channel in a goroutine crashes the program: "panic: send on closed channel", exit 2, main's defers do not run.
package main

import (
	"fmt"
	"os"
)

type result struct {
	id  int
	val string
}

func worker(id int, out chan<- result, started chan<- int, gate <-chan bool) {
	defer fmt.Println("worker", id, "deferred call runs before the crash")
	started <- id
	<-gate
	out <- result{id, "late"} // out is closed by then
}

func main() {
	defer fmt.Println("main's deferred call never runs")
	out := make(chan result, 4)
	for i := range 3 {
		out <- result{i, fmt.Sprint("v", i)}
	}
	close(out)
	for r := range out {
		fmt.Printf("%d=%s\n", r.id, r.val)
	}

	started := make(chan int)
	gate := make(chan bool)
	go worker(7, out, started, gate)
	fmt.Println("worker", <-started, "started")

	// main waits forever; the worker's panic ends the whole program
	fmt.Fprintln(os.Stderr, "main blocks")
	close(gate)
	block := make(chan bool)
	for i := 0; ; i++ {
		select {
		case <-block:
			fmt.Println("never")
		}
	}
}

// run

// Closures handed to time.AfterFunc, and values waiting in timers' channels,
// are referenced only by the runtime's timers; they survive collections until
// the timers fire. Stopped timers' closures never run.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Job struct {
	id    int
	name  string
	steps []string
}

var sink []byte

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func schedule(id int, d time.Duration, out chan<- string) *time.Timer {
	j := &Job{id: id, name: "job" + strconv.Itoa(id)}
	for i := 0; i < id%4+1; i++ {
		j.steps = append(j.steps, strings.Repeat(strconv.Itoa(i), 2))
	}
	return time.AfterFunc(d, func() {
		runtime.GC()
		out <- j.name + "(" + strings.Join(j.steps, ",") + ")"
	})
}

func main() {
	out := make(chan string, 32)
	var stopped []*time.Timer
	for i := 0; i < 12; i++ {
		t := schedule(i, time.Duration(30+5*(i%4))*time.Millisecond, out)
		if i%3 == 2 {
			stopped = append(stopped, t)
		}
	}
	n := 0
	for _, t := range stopped {
		if t.Stop() {
			n++
		}
	}
	fmt.Println("stopped before firing:", n)

	// collect while the timers are pending
	for i := 0; i < 4; i++ {
		churn(6)
		runtime.GC()
	}

	var got []string
	for i := 0; i < 8; i++ {
		select {
		case s := <-out:
			got = append(got, s)
		case <-time.After(5 * time.Second):
			fmt.Println("timeout")
		}
	}
	sort.Strings(got)
	fmt.Println(strings.Join(got, " "))
	time.Sleep(20 * time.Millisecond)
	runtime.GC()
	fmt.Println("extra fired:", len(out))

	// a reset timer keeps its closure
	done := make(chan string, 1)
	t := func() *time.Timer {
		j := &Job{id: 99, name: "reset", steps: []string{"a", "b"}}
		return time.AfterFunc(time.Hour, func() { done <- j.name + strings.Join(j.steps, "") })
	}()
	churn(4)
	runtime.GC()
	t.Reset(2 * time.Millisecond)
	churn(2)
	runtime.GC()
	fmt.Println(<-done)

	// values stored in the closure of a timer that stays pending
	long := func() *time.Timer {
		held := make([]*Job, 0)
		for i := 0; i < 5; i++ {
			held = append(held, &Job{id: i, name: "h" + strconv.Itoa(i)})
		}
		return time.AfterFunc(time.Hour, func() { fmt.Println(len(held), held[4].name) })
	}()
	churn(4)
	runtime.GC()
	fmt.Println("long stop:", long.Stop())

	// time.NewTimer and time.After channels
	tm := time.NewTimer(3 * time.Millisecond)
	churn(4)
	runtime.GC()
	<-tm.C
	fmt.Println("timer channel fired")
}

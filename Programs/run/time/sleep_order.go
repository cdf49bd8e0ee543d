// run

// time.Sleep: goroutines sleeping different lengths report in the order their sleeps end.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	order := make(chan string, 4)
	var wg sync.WaitGroup
	for _, s := range []struct {
		name string
		d    time.Duration
	}{{"c", 90 * time.Millisecond}, {"a", 10 * time.Millisecond}, {"d", 120 * time.Millisecond}, {"b", 50 * time.Millisecond}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(s.d)
			order <- s.name
		}()
	}
	wg.Wait()
	close(order)
	for name := range order {
		fmt.Print(name, " ")
	}
	fmt.Println()

	// Sleep with zero or negative durations returns at once.
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("non-positive sleeps quick:", time.Since(start) < time.Second)

	// main's own sleep interleaves with a goroutine's.
	var mu sync.Mutex
	var log []string
	add := func(s string) { mu.Lock(); log = append(log, s); mu.Unlock() }
	done := make(chan bool)
	go func() {
		add("g start")
		time.Sleep(60 * time.Millisecond)
		add("g woke")
		done <- true
	}()
	time.Sleep(20 * time.Millisecond)
	add("main after 20ms")
	<-done
	add("main got done")
	fmt.Println(log)
}

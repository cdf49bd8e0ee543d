// run

// select with default inside loops: a worker checking its quit channel between units of work, a non-blocking drain of exactly what is buffered, a try-send loop that drops overflow, a "latest value wins" mailbox, and a spin-poll that yields until a value arrives.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	// 1. a worker does units of work and polls quit between them
	quit := make(chan struct{})
	var units atomic.Int64
	finished := make(chan int64)
	go func() {
		var n int64
		for {
			select {
			case <-quit:
				finished <- n
				return
			default:
			}
			n++ // one unit of work
			units.Store(n)
			runtime.Gosched()
		}
	}()
	for units.Load() < 50 {
		runtime.Gosched()
	}
	close(quit)
	n := <-finished
	fmt.Println("worker stopped after at least 50 units:", n >= 50, "| final matches published:", n == units.Load())

	// 2. a non-blocking drain takes exactly what is buffered right now
	buf := make(chan int, 10)
	for i := range 7 {
		buf <- i * i
	}
	var drained []int
drain:
	for {
		select {
		case v := <-buf:
			drained = append(drained, v)
		default:
			break drain
		}
	}
	fmt.Println("drained:", drained, "left:", len(buf))

	// 3. try-send: with nobody receiving, a queue of 4 accepts 4 of 10 and drops 6
	queue := make(chan int, 4)
	sent, dropped := []int{}, []int{}
	for i := range 10 {
		select {
		case queue <- i:
			sent = append(sent, i)
		default:
			dropped = append(dropped, i)
		}
	}
	fmt.Println("sent:", sent, "dropped:", dropped)

	// 4. a mailbox of capacity 1 where the latest value replaces an unread one
	mailbox := make(chan string, 1)
	put := func(s string) (replaced string) {
		for {
			select {
			case mailbox <- s:
				return replaced
			default:
				select {
				case old := <-mailbox:
					replaced = old
				default:
				}
			}
		}
	}
	var replaced []string
	for _, s := range []string{"v1", "v2", "v3", "v4"} {
		if r := put(s); r != "" {
			replaced = append(replaced, r)
		}
	}
	fmt.Println("mailbox holds:", <-mailbox, "replaced:", replaced)

	// 5. spin-poll: main yields until a goroutine's result appears
	result := make(chan int, 1)
	go func() {
		sum := 0
		for i := 1; i <= 1000; i++ {
			sum += i
		}
		result <- sum
	}()
	polls := 0
	var got int
poll:
	for {
		select {
		case got = <-result:
			break poll
		default:
			polls++
			runtime.Gosched()
		}
	}
	fmt.Println("polled result:", got, "polls >= 0:", polls >= 0)

	// 6. many pollers share one quit channel; main closes it once each has polled at least 3 times
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var running, warmed atomic.Int32
	counts := make([]int, 5)
	for i := range counts {
		wg.Add(1)
		running.Add(1)
		go func() {
			defer wg.Done()
			defer running.Add(-1)
			for {
				select {
				case <-stop:
					return
				default:
					counts[i]++
					if counts[i] == 3 {
						warmed.Add(1)
					}
					runtime.Gosched()
				}
			}
		}()
	}
	for warmed.Load() < int32(len(counts)) {
		runtime.Gosched()
	}
	close(stop)
	wg.Wait()
	least := counts[0]
	for _, c := range counts {
		least = min(least, c)
	}
	fmt.Println("pollers still running:", running.Load(), "| every poller polled >= 3 times:", least >= 3)

	// 7. default in a loop over a closed channel: the receive always wins over default
	closed := make(chan int)
	close(closed)
	zeroes, defaults := 0, 0
	for range 100 {
		select {
		case <-closed:
			zeroes++
		default:
			defaults++
		}
	}
	fmt.Println("closed receives:", zeroes, "defaults:", defaults)
}

// run

// Producers and consumers over a shared channel, stopped with a done channel: every produced item is consumed exactly once.
package main

import (
	"fmt"
	"sync"
)

func producer(id, n int, out chan<- int, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := range n {
		select {
		case out <- id*1000 + i:
		case <-done:
			return
		}
	}
}

func consumer(in <-chan int, results chan<- map[int]int) {
	seen := map[int]int{}
	for v := range in {
		seen[v]++
	}
	results <- seen
}

func main() {
	items := make(chan int, 4)
	done := make(chan struct{})
	var pwg sync.WaitGroup
	for p := 1; p <= 3; p++ {
		pwg.Add(1)
		go producer(p, 100, items, done, &pwg)
	}
	results := make(chan map[int]int)
	for range 4 {
		go consumer(items, results)
	}
	pwg.Wait()
	close(items) // producers are finished: consumers drain and stop

	merged := map[int]int{}
	for range 4 {
		for k, v := range <-results {
			merged[k] += v
		}
	}
	dups := 0
	for _, v := range merged {
		if v != 1 {
			dups++
		}
	}
	fmt.Println("consumed:", len(merged), "duplicates:", dups)
	fmt.Println("has 1000, 2099, 3050:", merged[1000], merged[2099], merged[3050])

	// stopping endless producers early through done
	endless := make(chan int)
	stop := make(chan struct{})
	var ewg sync.WaitGroup
	for p := 1; p <= 2; p++ {
		ewg.Add(1)
		go producer(p, 1<<30, endless, stop, &ewg)
	}
	taken := 0
	for range 25 {
		<-endless
		taken++
	}
	close(stop)
	ewg.Wait() // both producers returned
	fmt.Println("taken before stop:", taken)
	select {
	case v := <-endless:
		fmt.Println("unexpected value", v)
	default:
		fmt.Println("nothing more after stop")
	}
}

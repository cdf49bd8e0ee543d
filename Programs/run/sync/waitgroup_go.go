// run

// WaitGroup.Go runs f in a new goroutine tracked by the group; mixed with Add/Done; reuse after Wait.
package main

import (
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 10)
	for i := range results {
		wg.Go(func() {
			results[i] = i * i
		})
	}
	wg.Wait()
	fmt.Println(results)

	// Go and Add/Done on the same group
	var n atomic.Int32
	wg.Add(2)
	go func() { defer wg.Done(); n.Add(1) }()
	go func() { defer wg.Done(); n.Add(10) }()
	wg.Go(func() { n.Add(100) })
	wg.Wait()
	fmt.Println("n =", n.Load())

	// nested: a Go'd function starts more work on the same group
	var mu sync.Mutex
	var seen []string
	for _, name := range []string{"a", "b", "c"} {
		wg.Go(func() {
			for j := range 2 {
				wg.Go(func() {
					mu.Lock()
					seen = append(seen, fmt.Sprintf("%s%d", name, j))
					mu.Unlock()
				})
			}
		})
	}
	wg.Wait()
	slices.Sort(seen)
	fmt.Println(seen)

	// Wait on an idle group returns at once; the group can be reused many times
	var idle sync.WaitGroup
	idle.Wait()
	total := 0
	for round := range 3 {
		var sum atomic.Int64
		for k := range 100 {
			idle.Go(func() { sum.Add(int64(k + round)) })
		}
		idle.Wait()
		total += int(sum.Load())
	}
	fmt.Println("total", total)

	// f may recover its own panic; the group is still marked done
	wg.Go(func() {
		defer func() { fmt.Println("recovered inside:", recover()) }()
		panic("inside Go")
	})
	wg.Wait()
	fmt.Println("done")
}

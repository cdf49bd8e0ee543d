// run

// Go 1.22 loop variables are per iteration: goroutines started in 3-clause, range and range-over-int loops each see their own value.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var seen []int
	record := func(v int) {
		mu.Lock()
		seen = append(seen, v)
		mu.Unlock()
	}

	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			record(i)
		}()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("3-clause:", seen)

	seen = nil
	for _, v := range []int{10, 20, 30} {
		wg.Add(1)
		go func() { defer wg.Done(); record(v) }()
	}
	for i := range 3 {
		wg.Add(1)
		go func() { defer wg.Done(); record(100 + i) }()
	}
	wg.Wait()
	sort.Ints(seen)
	fmt.Println("range:", seen)

	// incrementing the loop variable in the body: the goroutine sees this iteration's copy,
	// and the next iteration's copy starts from it
	out := make([]int, 0, 5)
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		i++
		wg.Add(1)
		go func() { defer wg.Done(); ch <- i }()
	}
	wg.Wait()
	close(ch)
	for v := range ch {
		out = append(out, v)
	}
	sort.Ints(out)
	fmt.Println("modified in body:", out)

	// a variable declared outside the loop is shared by all goroutines
	shared := 0
	var sharedSeen []int
	for k := range 4 {
		shared = k * 10
		wg.Add(1)
		done := make(chan bool)
		go func() {
			defer wg.Done()
			mu.Lock()
			sharedSeen = append(sharedSeen, shared)
			mu.Unlock()
			done <- true
		}()
		<-done // join before the next write, so the read is race-free
	}
	wg.Wait()
	fmt.Println("shared, joined each time:", sharedSeen)

	// goroutine arguments are evaluated at the go statement
	res := make([]string, 3)
	for i, s := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func(idx int, str string) {
			defer wg.Done()
			res[idx] = fmt.Sprint(str, idx)
		}(i, s+s)
	}
	wg.Wait()
	fmt.Println("args:", res)
}

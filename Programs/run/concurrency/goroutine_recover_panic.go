// run

// Panics recovered inside goroutines become errors: a worker pool turns panicking jobs (custom values and runtime errors) into results.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type result struct {
	job int
	val int
	err error
}

func safeRun(job int, f func(int) int) (r result) {
	r.job = job
	defer func() {
		if p := recover(); p != nil {
			if re, ok := p.(runtime.Error); ok {
				r.err = fmt.Errorf("runtime error recovered: %w", re)
			} else {
				r.err = fmt.Errorf("panic recovered: %v", p)
			}
		}
	}()
	r.val = f(job)
	return
}

func work(n int) int {
	var table [5]int
	switch n % 4 {
	case 1:
		panic(fmt.Sprintf("bad job %d", n))
	case 2:
		return table[n] // index out of range for n >= 5
	case 3:
		var m map[string]int
		m["x"] = n // assignment to entry in nil map
	}
	return n * 10
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- safeRun(j, work)
			}
		}()
	}
	go func() {
		for j := range 8 {
			jobs <- j
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(results) }()

	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].job < all[b].job })
	for _, r := range all {
		var re runtime.Error
		fmt.Printf("job %d: val=%d err=%v runtimeErr=%v\n", r.job, r.val, r.err, errors.As(r.err, &re))
	}

	// recover in a goroutine returns the panic value; the goroutine then ends normally
	done := make(chan any)
	go func() {
		defer func() { done <- recover() }()
		panic(errors.New("an error value"))
	}()
	v := <-done
	fmt.Printf("%T %v\n", v, v)

	// recover only works in the panicking goroutine's own deferred call
	out := make(chan string)
	go func() {
		defer func() { out <- fmt.Sprint("inner recovered: ", recover()) }()
		func() {
			defer func() { _ = 0 }() // not recovering here
			panic("deep")
		}()
	}()
	fmt.Println(<-out, "| main recover outside a panic:", recover())
}

// run

// WaitGroup: a negative counter panics (recoverable), from Add(-n) and from one Done too many.
package main

import (
	"fmt"
	"sync"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for range 3 {
		go wg.Done()
	}
	wg.Wait()
	fmt.Println("three done")

	try("Add(-1) on zero", func() {
		var w sync.WaitGroup
		w.Add(-1)
	})
	try("Add(2) then Add(-3)", func() {
		var w sync.WaitGroup
		w.Add(2)
		w.Add(-3)
	})
	try("balanced", func() {
		var w sync.WaitGroup
		w.Add(1)
		w.Done()
		w.Wait()
	})

	fmt.Println("one Done too many, unrecovered")
	wg.Add(1)
	wg.Done()
	wg.Done()
	fmt.Println("not reached")
}

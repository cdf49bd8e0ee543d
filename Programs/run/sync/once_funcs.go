// run

// Once, OnceFunc, OnceValue, OnceValues: one call across goroutines; panics are remembered and re-panicked.
package main

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
)

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	var once sync.Once
	var calls atomic.Int32
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls.Add(1) })
		}()
	}
	wg.Wait()
	fmt.Println("Once.Do calls:", calls.Load())
	once.Do(func() { fmt.Println("never") })

	// a panicking Once.Do counts as done
	var po sync.Once
	try("Once first", func() { po.Do(func() { panic("once boom") }) })
	try("Once second", func() { po.Do(func() { panic("again") }) })
	fmt.Println("second Do did not run f")

	n := 0
	f := sync.OnceFunc(func() { n++ })
	for range 3 {
		f()
	}
	fmt.Println("OnceFunc ran", n, "time(s)")

	pf := sync.OnceFunc(func() { n++; panic(errors.New("func failed")) })
	try("OnceFunc 1", pf)
	try("OnceFunc 2", pf)
	fmt.Println("panicking OnceFunc ran", n-1, "time(s)")

	var vcalls atomic.Int32
	val := sync.OnceValue(func() int { vcalls.Add(1); return 42 })
	results := make([]int, 10)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = val()
		}()
	}
	wg.Wait()
	fmt.Println("OnceValue:", results, "calls", vcalls.Load())

	pv := sync.OnceValue(func() string { panic(fmt.Sprintf("value panic %d", 7)) })
	try("OnceValue 1", func() { fmt.Println(pv()) })
	try("OnceValue 2", func() { fmt.Println(pv()) })

	k := 0
	vals := sync.OnceValues(func() (int, error) {
		k++
		return k * 10, fmt.Errorf("attempt %d", k)
	})
	a, err1 := vals()
	b, err2 := vals()
	fmt.Println("OnceValues:", a, err1, b, err2, "same error:", err1 == err2)

	pvs := sync.OnceValues(func() (int, error) { panic("values panic") })
	try("OnceValues 1", func() { pvs() })
	try("OnceValues 2", func() { pvs() })

	// Once.Do from within another Once's f is fine
	var outer, inner sync.Once
	outer.Do(func() { inner.Do(func() { fmt.Println("nested Once ran") }) })
}

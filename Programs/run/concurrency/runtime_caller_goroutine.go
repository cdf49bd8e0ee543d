// run

// runtime.Caller inside functions run as goroutines: FuncForPC names (named funcs, methods, closures, nested closures) and line numbers.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type where struct {
	fn   string
	line int
	ok   bool
}

func here(skip int) where {
	pc, _, line, ok := runtime.Caller(skip + 1)
	return where{runtime.FuncForPC(pc).Name(), line, ok}
}

func worker(out chan<- where) {
	out <- here(0)
}

type server struct{ name string }

func (s *server) loop(out chan<- where) { out <- here(0) }
func (s server) value(out chan<- where) { out <- here(0) }

func helper() where { return here(1) } // reports its caller

func main() {
	out := make(chan where, 10)
	go worker(out)
	fmt.Println(<-out)

	s := &server{"x"}
	go s.loop(out)
	fmt.Println(<-out)
	go s.value(out)
	fmt.Println(<-out)

	go func() {
		out <- here(0)
	}()
	fmt.Println(<-out)

	go func() {
		func() {
			out <- here(0)
		}()
	}()
	fmt.Println(<-out)

	go func() { out <- helper() }()
	fmt.Println(<-out)

	// many goroutines running the same closure report the same function and line
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[string]int{}
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := here(0)
			mu.Lock()
			seen[fmt.Sprint(w.fn, ":", w.line)]++
			mu.Unlock()
		}()
	}
	wg.Wait()
	var keys []string
	for k, n := range seen {
		keys = append(keys, fmt.Sprint(k, " x", n))
	}
	sort.Strings(keys)
	fmt.Println(keys)

	// Caller(0) in main itself and a method value run as a goroutine
	fmt.Println(here(0))
	f := s.loop
	go f(out)
	fmt.Println(<-out)
}

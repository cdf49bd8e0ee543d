// run

// runtime.NumCPU() > 0, GOMAXPROCS(0) >= 1 queries without changing, GOMAXPROCS(n) returns the previous setting, work completes at 1; runtime.Version starts with "go".
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

func work() int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	return total
}

func main() {
	fmt.Println("NumCPU > 0:", runtime.NumCPU() > 0)
	p := runtime.GOMAXPROCS(0)
	fmt.Println("GOMAXPROCS(0) >= 1:", p >= 1)
	fmt.Println("GOMAXPROCS(0) again is the same:", runtime.GOMAXPROCS(0) == p)
	fmt.Println("negative queries too:", runtime.GOMAXPROCS(-3) == p)

	prev := runtime.GOMAXPROCS(3)
	fmt.Println("set 3, previous was the original:", prev == p)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
	fmt.Println("work at 3:", work())

	prev = runtime.GOMAXPROCS(1)
	fmt.Println("set 1, previous:", prev)
	fmt.Println("work at 1:", work())

	// a goroutine can change it too
	done := make(chan int)
	go func() { done <- runtime.GOMAXPROCS(2) }()
	fmt.Println("set 2 from a goroutine, previous:", <-done, "now:", runtime.GOMAXPROCS(0))

	restored := runtime.GOMAXPROCS(p)
	fmt.Println("restored; it was:", restored, "now original again:", runtime.GOMAXPROCS(0) == p)

	fmt.Println("Version starts with go:", strings.HasPrefix(runtime.Version(), "go"))
	fmt.Println("NumCPU is stable:", runtime.NumCPU() == runtime.NumCPU())
}

// run

package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu sync.Mutex
	n  int
}

func (a *Acc) Add(k int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.n += k
}

func (a Acc) Report(tag string) { fmt.Println(tag, a.n) }

func main() {
	var a Acc
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			a.Add(k)
		}(i)
	}
	wg.Wait()
	defer a.Report("deferred copy")
	a.n++
	add := a.Add
	defer add(100)
	defer fmt.Println("sum", a.n)
	m := map[string]int{"k": 1}
	defer delete(m, "k")
	defer func() { fmt.Println("len m", len(m)) }()
	s := []int{1, 2}
	defer copy(s, []int{9})
	defer close(make(chan int))
	defer print("")
	defer panicIfNot(true)
}

func panicIfNot(b bool) {
	if !b {
		panic("no")
	}
}

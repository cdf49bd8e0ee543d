// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	calls := 0
	get := sync.OnceValue(func() int { calls++; return 42 })
	fmt.Println(get(), get(), calls)
	pair := sync.OnceValues(func() (string, error) { calls++; return "v", nil })
	s, err := pair()
	fmt.Println(s, err, calls)
	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
	boom := sync.OnceFunc(func() { panic("bad") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered", recover()) }()
			boom()
		}()
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			mu.Lock()
			total += i
			mu.Unlock()
		})
	}
	wg.Wait()
	fmt.Println(total)
	var p atomic.Pointer[config]
	fmt.Println(p.Load() == nil)
	c1 := &config{"one"}
	p.Store(c1)
	old := p.Swap(&config{"two"})
	fmt.Println(old.name, p.Load().name, p.CompareAndSwap(c1, &config{"three"}), p.Load().name)
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(cur, &config{"four"}), p.Load().name)
}

// run

// runtime.Goexit called from a deferred function: the remaining defers still run, recover sees nil, and the goroutine ends quietly.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type trail struct {
	mu    sync.Mutex
	steps []string
}

func (t *trail) add(s string)   { t.mu.Lock(); t.steps = append(t.steps, s); t.mu.Unlock() }
func (t *trail) String() string { return strings.Join(t.steps, " > ") }

func main() {
	var wg sync.WaitGroup

	// Goexit in the middle of a defer chain
	t := &trail{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer t.add("first defer (runs last)")
		defer func() { t.add(fmt.Sprint("recover: ", recover())) }()
		defer func() {
			t.add("goexit defer")
			runtime.Goexit()
			t.add("never")
		}()
		defer t.add("last defer (runs first)")
		t.add("body")
	}()
	wg.Wait()
	fmt.Println(t)

	// Goexit in a deferred call while panicking: the panic is abandoned, the goroutine just ends
	t = &trail{}
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer t.add("outer defer")
		defer func() {
			t.add("deferred Goexit during panic")
			runtime.Goexit()
		}()
		t.add("about to panic")
		panic("lost panic")
	}()
	wg.Wait()
	fmt.Println(t)

	// Goexit from a function called in a deferred call, several frames down
	t = &trail{}
	exit := func() { t.add("helper exits"); runtime.Goexit() }
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			func() {
				defer t.add("helper's caller defer")
				exit()
			}()
			t.add("never after helper")
		}()
		t.add("body returns normally")
	}()
	<-done
	fmt.Println(t)

	// a result channel closed by defer still works after Goexit
	res := make(chan int, 3)
	go func() {
		defer close(res)
		res <- 1
		res <- 2
		runtime.Goexit()
		res <- 3
	}()
	for v := range res {
		fmt.Print(v, " ")
	}
	fmt.Println("| 3 never sent")
}

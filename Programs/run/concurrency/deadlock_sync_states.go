// run

// A deadlock with goroutines blocked in [sync.WaitGroup.Wait] and [sync.Mutex.Lock] while main sits in select {}.
package main

import (
	"fmt"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func main() {
	acct := &account{}
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.deposit(i)
		}()
	}
	wg.Wait()
	fmt.Println("balance:", acct.balance)

	// a waiter on a WaitGroup that is never done
	var pending sync.WaitGroup
	pending.Add(1)
	ready := make(chan string)
	go func() {
		ready <- "waiter"
		pending.Wait()
		fmt.Println("not reached")
	}()

	// main takes the lock and never gives it back; two depositors wait
	acct.mu.Lock()
	for range 2 {
		go func() {
			ready <- "depositor"
			acct.deposit(100)
		}()
	}
	count := map[string]int{}
	for range 3 {
		count[<-ready]++
	}
	fmt.Println("blocked:", count["waiter"], "waiter,", count["depositor"], "depositors")

	// a goroutine that already finished does not matter
	fin := make(chan bool)
	go func() { fin <- true }()
	<-fin

	fmt.Println("main parks in select {}")
	select {}
}

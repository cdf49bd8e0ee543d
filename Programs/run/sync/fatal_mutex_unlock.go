// run

// Unlock of an unlocked Mutex is a fatal error, also when called through a sync.Locker.
package main

import (
	"fmt"
	"sync"
)

func release(l sync.Locker) {
	l.Unlock()
}

func main() {
	var mu sync.Mutex
	var l sync.Locker = &mu
	l.Lock()
	fmt.Println("locked, TryLock:", mu.TryLock())
	release(l)
	fmt.Println("unlocked, TryLock:", mu.TryLock())
	mu.Unlock()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		fmt.Println("second unlock through the Locker")
		release(l)
	}()
	fmt.Println("not reached")
}

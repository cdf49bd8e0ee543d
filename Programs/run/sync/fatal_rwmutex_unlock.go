// run

// Unlock of an RWMutex that is not write-locked is a fatal error (not a recoverable panic).
package main

import (
	"fmt"
	"sync"
)

type Guarded struct {
	mu sync.RWMutex
	n  int
}

func (g *Guarded) Set(n int) {
	g.mu.Lock()
	g.n = n
	g.mu.Unlock()
}

func (g *Guarded) Broken() {
	defer func() {
		// a fatal error cannot be recovered: this never prints
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	g.mu.Unlock()
}

func main() {
	g := &Guarded{}
	g.Set(1)
	g.Set(2)
	fmt.Println("n =", g.n)
	g.mu.RLock()
	g.mu.RUnlock()
	fmt.Println("about to unlock an unlocked RWMutex")
	g.Broken()
	fmt.Println("not reached")
}

// errorcheck -0 -m -l

// sync.Mutex and WaitGroup.

package p

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() { // ERROR "leaking param: c$"
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func f() int {
	var c Counter // ERROR "moved to heap: c$"
	c.Inc()
	return c.n
}

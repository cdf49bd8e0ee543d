// run

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

func main() {
	c := Counter{1}
	get := c.Get
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	f := (*Counter).Inc
	f(&c)
	g := Counter.Get
	fmt.Println(g(c))
	fs := []func(){c.Inc, (&c).Inc}
	for _, fn := range fs {
		fn()
	}
	fmt.Println(c.n)
	defer c.Inc()
	defer fmt.Println("get at defer time", c.Get())
	go func() {}()
}

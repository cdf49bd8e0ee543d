// run

// atomic.Pointer[T] methods, and atomic.Value holding structs, strings and slices; Value's CAS and Swap.
package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name  string
	Limit int
	Tags  []string
}

type node struct {
	val  int
	next *node
}

func main() {
	var p atomic.Pointer[Config]
	fmt.Println("Pointer zero:", p.Load() == nil)
	c1 := &Config{Name: "a", Limit: 1}
	p.Store(c1)
	fmt.Println("Load:", p.Load().Name, p.Load() == c1)
	c2 := &Config{Name: "b", Limit: 2}
	old := p.Swap(c2)
	fmt.Println("Swap old:", old.Name, "now:", p.Load().Name)
	fmt.Println("CAS stale:", p.CompareAndSwap(c1, nil), "CAS current:", p.CompareAndSwap(c2, nil), "nil now:", p.Load() == nil)
	fmt.Println("CAS from nil:", p.CompareAndSwap(nil, c1))

	// a lock-free stack with Pointer[node]
	var head atomic.Pointer[node]
	push := func(v int) {
		n := &node{val: v}
		for {
			n.next = head.Load()
			if head.CompareAndSwap(n.next, n) {
				return
			}
		}
	}
	for i := 1; i <= 4; i++ {
		push(i * 10)
	}
	for n := head.Load(); n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()

	// Value holding a struct: Load returns a copy
	var v atomic.Value
	fmt.Println("Value zero Load:", v.Load())
	v.Store(Config{Name: "cfg", Limit: 5, Tags: []string{"x"}})
	cfg := v.Load().(Config)
	cfg.Limit = 99
	fmt.Printf("%+v (limit in Value still %d)\n", v.Load(), v.Load().(Config).Limit)
	prev := v.Swap(Config{Name: "cfg2"})
	fmt.Println("Swap old:", prev.(Config).Name, "new:", v.Load().(Config).Name)

	// CompareAndSwap on a Value compares with ==
	var s atomic.Value
	fmt.Println("CAS on empty with nil old:", s.CompareAndSwap(nil, "first"), s.Load())
	fmt.Println("CAS wrong old:", s.CompareAndSwap("nope", "x"), "right old:", s.CompareAndSwap("first", "second"), s.Load())
	fmt.Println("Swap:", s.Swap("third"), s.Load())

	var iv atomic.Value
	fmt.Println("Swap on empty:", iv.Swap(1), iv.Load())
	iv.Store(2)
	fmt.Printf("%v %T\n", iv.Load(), iv.Load())

	// Value holding a pointer and a slice
	var pv atomic.Value
	pv.Store(c1)
	fmt.Println("pointer in Value:", pv.Load().(*Config) == c1)
	var sv atomic.Value
	sv.Store([]int{1, 2, 3})
	sl := sv.Load().([]int)
	sl[0] = 100
	fmt.Println("slice shares its array:", sv.Load())
}

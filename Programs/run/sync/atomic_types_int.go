// run

// atomic.Int32/Int64/Uint32/Uint64/Uintptr/Bool methods: zero values, Add, And, Or, CAS, Swap, wraparound.
package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

type Stats struct {
	Requests atomic.Int64
	Errors   atomic.Uint32
	Up       atomic.Bool
}

func main() {
	var a atomic.Int32
	fmt.Println("Int32 zero", a.Load())
	fmt.Println("Add", a.Add(7), a.Add(-10))
	a.Store(math.MaxInt32)
	fmt.Println("overflow", a.Add(1), a.Load() == math.MinInt32)
	fmt.Println("CAS", a.CompareAndSwap(0, 1), a.CompareAndSwap(math.MinInt32, 0b1100))
	fmt.Println("Swap", a.Swap(0b1010), a.Load())
	fmt.Println("And old", a.And(0b0110), "now", a.Load())
	fmt.Println("Or old", a.Or(0b1001), "now", a.Load())

	var b atomic.Int64
	b.Store(math.MinInt64)
	fmt.Println("Int64 underflow", b.Add(-1))
	fmt.Println("Swap", b.Swap(-5), "CAS", b.CompareAndSwap(-5, 1<<40), b.Load())
	fmt.Println("And old", b.And(1<<40|1), "Or old", b.Or(3), "now", b.Load())

	var c atomic.Uint32
	fmt.Println("Uint32 Add ^0 on zero", c.Add(^uint32(0)))
	fmt.Println("Add 1 wraps to", c.Add(1))
	c.Store(10)
	fmt.Println("subtract 4 via ^(4-1):", c.Add(^uint32(4-1)))
	fmt.Println("Swap", c.Swap(0xFFFF), "And old", c.And(0x0FF0), "Or old", c.Or(0xF000), "now", c.Load())
	fmt.Println("CAS", c.CompareAndSwap(0xFFF0, 1), c.CompareAndSwap(0xFFF0, 2), c.Load())

	var d atomic.Uint64
	fmt.Println("Uint64 Add ^0", d.Add(^uint64(0)), "then +2", d.Add(2))
	fmt.Println("Swap", d.Swap(1<<63), "And old", d.And(1<<63|1), "Or old", d.Or(5), "now", d.Load())
	fmt.Println("CAS", d.CompareAndSwap(1<<63|5, 0), d.Load())

	var e atomic.Uintptr
	fmt.Println("Uintptr", e.Add(64), e.Add(^uintptr(0)), e.Swap(8), e.Load())
	fmt.Println("And old", e.And(0xC), "Or old", e.Or(3), "now", e.Load())
	fmt.Println("CAS", e.CompareAndSwap(11, 12), e.CompareAndSwap(12, 1), e.Load())

	var f atomic.Bool
	fmt.Println("Bool zero", f.Load())
	fmt.Println("Swap(true) old", f.Swap(true), "now", f.Load())
	fmt.Println("CAS(false,true)", f.CompareAndSwap(false, true), "CAS(true,false)", f.CompareAndSwap(true, false), f.Load())
	f.Store(true)
	fmt.Println("Store(true)", f.Load(), "Swap(false) old", f.Swap(false))

	// atomic types inside a struct, used through a pointer
	s := &Stats{}
	s.Up.Store(true)
	for i := range 7 {
		s.Requests.Add(int64(i))
		if i%3 == 0 {
			s.Errors.Add(1)
		}
	}
	fmt.Println("stats", s.Requests.Load(), s.Errors.Load(), s.Up.Load())
	p := &s.Requests
	p.Store(-1)
	fmt.Println("through pointer", s.Requests.Load())
}

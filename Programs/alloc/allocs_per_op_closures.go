// run

// Allocations per call, as testing.AllocsPerRun counts them, of closures and
// method values: called at once, kept in a local, passed to a function that
// only calls them, returned or stored in a global; captures by value and by
// reference (reassigned or over 128 bytes), no captures (a static funcval),
// a top-level defer of a closure. A closure that does not escape and the
// variables it captures live in the frame: 0 allocs.
// Expected output (allocs_per_op_closures.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const runs = 1000

type counter struct{ n, step int }

func (c counter) Get() int { return c.n }

func (c *counter) Add(k int) { c.n += k }

var (
	sinkInt  int
	sinkFn   func() int
	sinkFn1  func(int) int
	sinkAdd  func(int)
	sinkMExp func(counter) int
	global   counter
)

func allocs(name string, f func()) {
	var a, b runtime.MemStats
	f()
	runtime.ReadMemStats(&a)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	fmt.Printf("%s: %d allocs/op\n", name, (b.Mallocs-a.Mallocs)/runs)
}

func call(f func() int) int { return f() }

func keep(f func() int) int {
	sinkFn = f
	return 0
}

// the closure is called where it is written (t captured by reference): 0 allocs
func calledImmediately(v int) int {
	t := v
	func() { t += 2 }()
	return t
}

// the closure is kept in a local and called: 0 allocs
func storedLocal(v int) int {
	f := func(k int) int { return k + v }
	return f(1) + f(2)
}

// the closure is passed to a function that only calls it: 0 allocs
func passedNoEscape(v int) int {
	x := v
	return call(func() int { return x * 2 })
}

// the closure is passed to a function that keeps it (x by value): 1 alloc
func passedEscape(v int) int {
	x := v
	return keep(func() int { return x * 2 })
}

// x is never reassigned, captured by value: the returned closure only: 1 alloc
func mkAdder(x int) func(int) int {
	return func(k int) int { return k + x }
}

func byValueReturned(v int) {
	sinkFn1 = mkAdder(v)
}

// c is reassigned, captured by reference: the returned closure and c: 2 allocs
func mkCounter(start int) func() int {
	c := start
	return func() int { c++; return c }
}

func byRefReturned(v int) {
	sinkFn = mkCounter(v)
}

// c captured by reference, the closure does not escape: 0 allocs
func byRefLocal(v int) int {
	c := v
	inc := func() { c++ }
	inc()
	inc()
	return c
}

// a is over 128 bytes, captured by reference even though never reassigned:
// the returned closure and a: 2 allocs
func mkLarge(v int) func() int {
	var a [20]int
	a[3] = v
	return func() int { return a[3] }
}

func largeCaptureReturned(v int) {
	sinkFn = mkLarge(v)
}

// no captures: a static funcval, even when stored in a global: 0 allocs
func noCaptureGlobal() {
	sinkFn1 = func(k int) int { return k + 1 }
}

// no captures, called locally: 0 allocs
func noCaptureLocal(v int) int {
	f := func(k int) int { return k * 3 }
	return f(v)
}

// the deferred closure (not in a loop) is open-coded: 0 allocs
func deferClosure(v int) (r int) {
	x := v
	defer func() { r += x }()
	return 2
}

// the method value c.Get is only called: 0 allocs
func methodValueLocal(v int) int {
	c := counter{n: v, step: 1}
	f := c.Get
	return f()
}

// the method value c.Get (a closure holding a copy of c) is stored in a global: 1 alloc
func methodValueGlobal(v int) {
	c := counter{n: v, step: 1}
	sinkFn = c.Get
}

// the method value p.Add over a pointer to a global is stored in a global: 1 alloc
func methodValuePtrGlobal() {
	p := &global
	sinkAdd = p.Add
}

// the method value p.Add over a pointer to a local is stored in a global:
// the closure and the local c: 2 allocs
func methodValuePtrLocalGlobal(v int) {
	c := counter{n: v}
	sinkAdd = c.Add
}

// a method expression is a static funcval: 0 allocs
func methodExprGlobal() {
	sinkMExp = counter.Get
}

func main() {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	allocs("closure_called_immediately", func() { sinkInt = calledImmediately(7) })
	allocs("closure_stored_local", func() { sinkInt = storedLocal(7) })
	allocs("closure_passed_noescape", func() { sinkInt = passedNoEscape(7) })
	allocs("closure_passed_escape", func() { sinkInt = passedEscape(7) })
	allocs("closure_byvalue_returned", func() { byValueReturned(7) })
	allocs("closure_byref_returned", func() { byRefReturned(7) })
	allocs("closure_byref_local", func() { sinkInt = byRefLocal(7) })
	allocs("closure_large_capture_returned", func() { largeCaptureReturned(7) })
	allocs("closure_nocapture_global", func() { noCaptureGlobal() })
	allocs("closure_nocapture_local", func() { sinkInt = noCaptureLocal(7) })
	allocs("defer_closure", func() { sinkInt = deferClosure(7) })
	allocs("method_value_local", func() { sinkInt = methodValueLocal(7) })
	allocs("method_value_global", func() { methodValueGlobal(7) })
	allocs("method_value_ptr_global", func() { methodValuePtrGlobal() })
	allocs("method_value_ptr_local_global", func() { methodValuePtrLocalGlobal(7) })
	allocs("method_expr_global", func() { methodExprGlobal() })
}

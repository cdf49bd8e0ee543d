// run

// atomic.Value misuse panics, recovered and printed: nil Store/Swap/CAS, inconsistent types, uncomparable old.
package main

import (
	"fmt"
	"sync/atomic"
)

type A struct{ n int }
type B struct{ n int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	var v atomic.Value
	try("Store(nil) on empty", func() { v.Store(nil) })
	try("Swap(nil) on empty", func() { v.Swap(nil) })
	try("CAS(nil, nil) on empty", func() { v.CompareAndSwap(nil, nil) })
	fmt.Println("still empty:", v.Load())

	v.Store(A{1})
	try("Store(nil) after A", func() { v.Store(nil) })
	try("Store B after A", func() { v.Store(B{1}) })
	try("Store *A after A", func() { v.Store(&A{1}) })
	try("Swap B after A", func() { v.Swap(B{2}) })
	try("CAS new B", func() { v.CompareAndSwap(A{1}, B{2}) })
	try("CAS old B", func() { fmt.Println("  result", v.CompareAndSwap(B{1}, A{2})) })
	try("CAS new nil", func() { v.CompareAndSwap(A{1}, nil) })
	fmt.Println("value unchanged:", v.Load())

	var s atomic.Value
	s.Store([]int{1})
	try("CAS with uncomparable old", func() { s.CompareAndSwap([]int{1}, []int{2}) })
	try("CAS with nil old", func() { fmt.Println("  result", s.CompareAndSwap(nil, []int{2})) })

	// interface-typed values: the dynamic type is what must match
	var e atomic.Value
	var err error = fmt.Errorf("boom")
	e.Store(err)
	try("Store different error type", func() { e.Store(fmt.Errorf("wrapped: %w", err)) })
	try("Store same error type", func() { e.Store(fmt.Errorf("again")) })
	fmt.Println("error now:", e.Load())
}

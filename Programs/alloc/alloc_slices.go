// run

// MemStats deltas around loops of escaping slice allocations: byte slices of
// several lengths (size-class rounding), pointer slices below and above the
// 512-byte malloc-header threshold, and append's growth sequence.
// Expected output (alloc_slices.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const n = 200

var (
	keepB = make([][]byte, 0, 16*n)
	keepP = make([][]*int, 0, 16*n)
	keepI = make([][]int, 0, 16*n)
)

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.Gosched()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-14s mallocs=%d totalalloc=%d heapobjects=%d\n", name,
		b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc, int64(b.HeapObjects)-int64(a.HeapObjects))
}

//go:noinline
func bytesOf(k int) []byte { return make([]byte, k) }

//go:noinline
func ptrsOf(k int) []*int { return make([]*int, k) }

//go:noinline
func intsOf(k int) []int { return make([]int, k) }

func main() {
	// One P and no automatic collection: nothing runs beside the loops and
	// nothing is freed while they run, so the deltas are the loops' own.
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	for _, k := range []int{5, 16, 24, 100, 1000, 1025, 5000, 20000} {
		measure(fmt.Sprintf("[]byte(%d)", k), func() {
			for i := 0; i < n; i++ {
				keepB = append(keepB, bytesOf(k))
			}
		})
	}
	for _, k := range []int{1, 3, 10, 64, 65, 100} {
		measure(fmt.Sprintf("[]*int(%d)", k), func() {
			for i := 0; i < n; i++ {
				keepP = append(keepP, ptrsOf(k))
			}
		})
	}
	measure("[]int(7)", func() {
		for i := 0; i < n; i++ {
			keepI = append(keepI, intsOf(7))
		}
	})
	measure("append x1000", func() {
		var s []int
		for i := 0; i < 1000; i++ {
			s = append(s, i)
		}
		keepI = append(keepI, s)
	})
	measure("append []*int", func() {
		var s []*int
		for i := 0; i < 300; i++ {
			s = append(s, nil)
		}
		keepP = append(keepP, s)
	})
}

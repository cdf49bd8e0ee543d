// run

// MemStats deltas around loops of escaping strings, maps, closures and large
// objects (over 32760 bytes: a span each, counted in whole pages).
// Expected output (alloc_mixed.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
)

const n = 100

var (
	keepS = make([]string, 0, 4*n)
	keepM = make([]map[int]int, 0, 4*n)
	keepF = make([]func() int, 0, n)
	keepA = make([]*[10000]int64, 0, n)
	keepB = make([][]byte, 0, n)
	words = []string{"alpha", "beta", "gamma", "delta", "epsilon-epsilon-epsilon"}
)

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.Gosched()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-16s mallocs=%d totalalloc=%d heapobjects=%d\n", name,
		b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc, int64(b.HeapObjects)-int64(a.HeapObjects))
}

//go:noinline
func concat(a, b string) string { return a + b }

//go:noinline
func counter(start int) func() int {
	c := start
	return func() int { c++; return c }
}

//go:noinline
func bigArray() *[10000]int64 { return new([10000]int64) }

//go:noinline
func bigBytes(k int) []byte { return make([]byte, k) }

func main() {
	// One P and no automatic collection: nothing runs beside the loops and
	// nothing is freed while they run, so the deltas are the loops' own.
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	measure("concat short", func() {
		for i := 0; i < n; i++ {
			keepS = append(keepS, concat(words[i%2], words[1]))
		}
	})
	measure("concat long", func() {
		for i := 0; i < n; i++ {
			keepS = append(keepS, concat(words[4], words[4]))
		}
	})
	measure("strconv.Itoa", func() {
		for i := 0; i < n; i++ {
			keepS = append(keepS, strconv.Itoa(100000+i))
		}
	})
	measure("map empty", func() {
		for i := 0; i < n; i++ {
			keepM = append(keepM, make(map[int]int))
		}
	})
	measure("map 8 entries", func() {
		for i := 0; i < n; i++ {
			m := make(map[int]int)
			for j := 0; j < 8; j++ {
				m[j] = j
			}
			keepM = append(keepM, m)
		}
	})
	measure("map 100 entries", func() {
		for i := 0; i < 10; i++ {
			m := make(map[int]int)
			for j := 0; j < 100; j++ {
				m[j] = j
			}
			keepM = append(keepM, m)
		}
	})
	measure("closure", func() {
		for i := 0; i < n; i++ {
			keepF = append(keepF, counter(i))
		}
	})
	measure("large [10000]int64", func() {
		for i := 0; i < 10; i++ {
			keepA = append(keepA, bigArray())
		}
	})
	for _, k := range []int{32760, 32761, 32768, 40000, 100000} {
		measure(fmt.Sprintf("[]byte(%d)", k), func() {
			for i := 0; i < 5; i++ {
				keepB = append(keepB, bigBytes(k))
			}
		})
	}
}

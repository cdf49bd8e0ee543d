// run

// MemStats deltas (Mallocs, TotalAlloc, HeapObjects) around loops of escaping
// allocations of small values: tiny pointer-free values packed into 16-byte
// blocks, small structs with and without pointers, interface boxing.
// Expected output (alloc_small.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

const n = 1000

type pair struct{ a, b int64 }      // 16 bytes, no pointers
type node struct {                  // 16 bytes, one pointer
	next *node
	v    int
}
type rec struct { // 40 bytes, pointers
	name string
	p    *int
	a, b int64
}
type triple struct{ x, y, z int64 } // 24 bytes, no pointers

var (
	ints    = make([]*int, 0, n)
	bytes3  = make([]*[3]byte, 0, n)
	int32s  = make([]*int32, 0, n)
	pairs   = make([]*pair, 0, n)
	nodes   = make([]*node, 0, n)
	recs    = make([]*rec, 0, n)
	triples = make([]*triple, 0, n)
	boxes   = make([]any, 0, n)
	arr12   = make([]*[12]byte, 0, n)
)

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.Gosched()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-10s mallocs=%d totalalloc=%d heapobjects=%d\n", name,
		b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc, int64(b.HeapObjects)-int64(a.HeapObjects))
}

func main() {
	// One P and no automatic collection: nothing runs beside the loops and
	// nothing is freed while they run, so the deltas are the loops' own.
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	measure("int", func() {
		for i := 0; i < n; i++ {
			p := new(int)
			*p = i
			ints = append(ints, p)
		}
	})
	measure("[3]byte", func() {
		for i := 0; i < n; i++ {
			bytes3 = append(bytes3, new([3]byte))
		}
	})
	measure("int32", func() {
		for i := 0; i < n; i++ {
			int32s = append(int32s, new(int32))
		}
	})
	measure("[12]byte", func() {
		for i := 0; i < n; i++ {
			arr12 = append(arr12, new([12]byte))
		}
	})
	measure("pair", func() {
		for i := 0; i < n; i++ {
			pairs = append(pairs, &pair{int64(i), 1})
		}
	})
	measure("node", func() {
		var prev *node
		for i := 0; i < n; i++ {
			prev = &node{prev, i}
			nodes = append(nodes, prev)
		}
	})
	measure("rec", func() {
		for i := 0; i < n; i++ {
			recs = append(recs, &rec{a: int64(i)})
		}
	})
	measure("triple", func() {
		for i := 0; i < n; i++ {
			triples = append(triples, &triple{int64(i), 2, 3})
		}
	})
	measure("any(triple)", func() {
		for i := 0; i < n; i++ {
			boxes = append(boxes, triple{int64(i), 2, 3})
		}
	})
}

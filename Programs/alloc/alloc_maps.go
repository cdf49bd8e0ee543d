// run

// MemStats deltas (Mallocs, TotalAlloc, HeapObjects) around map work:
// make with and without size hints, growth from a small map to tables and
// past 1024 slots (table splits and directory growth), string keys, keys
// and elements over 128 bytes (stored indirectly), delete and re-insert,
// clear. Expected output (alloc_maps.out) from real Go built with -gcflags=-l.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type big struct{ a [20]int64 } // 160 bytes: stored indirectly

var (
	keepI  []map[int]int
	keepS  []map[string]int
	keepB  []map[int]big
	keepK  []map[big]int
	keepP  []map[int]*int
	words  []string
)

func measure(name string, f func()) {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.Gosched()
	runtime.ReadMemStats(&a)
	f()
	runtime.ReadMemStats(&b)
	fmt.Printf("%-22s mallocs=%d totalalloc=%d heapobjects=%d\n", name,
		b.Mallocs-a.Mallocs, b.TotalAlloc-a.TotalAlloc, int64(b.HeapObjects)-int64(a.HeapObjects))
}

func fill(n int) map[int]int {
	m := make(map[int]int)
	for j := 0; j < n; j++ {
		m[j] = j
	}
	return m
}

func main() {
	runtime.GOMAXPROCS(1)
	debug.SetGCPercent(-1)
	keepI = make([]map[int]int, 0, 100)
	keepS = make([]map[string]int, 0, 10)
	keepB = make([]map[int]big, 0, 10)
	keepK = make([]map[big]int, 0, 10)
	keepP = make([]map[int]*int, 0, 10)
	for i := 0; i < 3000; i++ {
		words = append(words, fmt.Sprint("w", i))
	}
	for _, n := range []int{1, 8, 9, 14, 15, 28, 29, 200, 896, 897, 3000} {
		measure(fmt.Sprintf("fill %d", n), func() {
			keepI = append(keepI, fill(n))
		})
	}
	for _, h := range []int{0, 8, 9, 100, 1000, 5000} {
		measure(fmt.Sprintf("make hint %d", h), func() {
			keepI = append(keepI, make(map[int]int, h))
		})
	}
	measure("hint 100 then 100", func() {
		m := make(map[int]int, 100)
		for j := 0; j < 100; j++ {
			m[j] = j
		}
		keepI = append(keepI, m)
	})
	measure("string keys 1000", func() {
		m := make(map[string]int)
		for _, w := range words[:1000] {
			m[w] = len(w)
		}
		keepS = append(keepS, m)
	})
	measure("indirect elem 20", func() {
		m := make(map[int]big)
		for j := 0; j < 20; j++ {
			m[j] = big{}
		}
		keepB = append(keepB, m)
	})
	measure("indirect key 20", func() {
		m := make(map[big]int)
		for j := 0; j < 20; j++ {
			var k big
			k.a[0] = int64(j)
			m[k] = j
		}
		keepK = append(keepK, m)
	})
	measure("pointer elems 50", func() {
		m := make(map[int]*int)
		for j := 0; j < 50; j++ {
			m[j] = nil
		}
		keepP = append(keepP, m)
	})
	m := fill(500)
	keepI = append(keepI, m)
	measure("delete+reinsert 500", func() {
		for j := 0; j < 500; j++ {
			delete(m, j)
		}
		for j := 0; j < 500; j++ {
			m[j+1000] = j
		}
	})
	measure("clear+refill 500", func() {
		clear(m)
		for j := 0; j < 500; j++ {
			m[j] = j
		}
	})
	measure("lookups", func() {
		s := 0
		for j := 0; j < 1000; j++ {
			s += m[j]
		}
		if s < 0 {
			println(s)
		}
	})
}

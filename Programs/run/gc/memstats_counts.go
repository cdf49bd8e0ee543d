// run

// runtime.MemStats' collector fields: NumForcedGC counts exactly the
// runtime.GC calls, NumGC counts them and the automatic cycles, LastGC,
// PauseTotalNs, PauseEnd and NextGC are filled in, Mallocs, Frees and
// HeapObjects count objects.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Cell struct {
	v    int
	next *Cell
}

var sink []byte
var keep *Cell

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
	}
	sink = nil
}

func main() {
	start := time.Now()
	var m0, m1, m2 runtime.MemStats
	runtime.ReadMemStats(&m0)
	fmt.Println("EnableGC:", m0.EnableGC, "DebugGC:", m0.DebugGC)

	for i := 0; i < 7; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m1)
	fmt.Println("forced delta after 7 runtime.GC:", m1.NumForcedGC-m0.NumForcedGC)
	fmt.Println("NumGC delta >= 7:", m1.NumGC-m0.NumGC >= 7)
	fmt.Println("NumGC >= NumForcedGC:", m1.NumGC >= m1.NumForcedGC)
	last := time.Unix(0, int64(m1.LastGC))
	fmt.Println("LastGC after start:", !last.Before(start.Add(-time.Second)), "not in future:", !last.After(time.Now().Add(time.Second)))
	fmt.Println("PauseTotalNs grew:", m1.PauseTotalNs > m0.PauseTotalNs)
	fmt.Println("PauseEnd of last cycle == LastGC:", m1.PauseEnd[(m1.NumGC+255)%256] == m1.LastGC)
	fmt.Println("NextGC > 0:", m1.NextGC > 0)

	// automatic collections: allocate 48 MiB of garbage
	churn(48)
	runtime.ReadMemStats(&m2)
	fmt.Println("automatic cycles happened:", m2.NumGC-m1.NumGC > 0)
	fmt.Println("no forced cycles meanwhile:", m2.NumForcedGC == m1.NumForcedGC)
	fmt.Println("TotalAlloc grew by >= 48 MiB:", m2.TotalAlloc-m1.TotalAlloc >= 48<<20)

	// Mallocs and Frees
	var a, b, c runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	for i := 0; i < 5000; i++ {
		keep = &Cell{v: i, next: keep}
	}
	runtime.ReadMemStats(&b)
	fmt.Println("Mallocs grew by >= 5000:", b.Mallocs-a.Mallocs >= 5000)
	fmt.Println("HeapObjects grew by >= 4000:", b.HeapObjects >= a.HeapObjects+4000)
	n := 0
	for p := keep; p != nil; p = p.next {
		n += p.v
	}
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&c)
	fmt.Println("list sum:", n)
	fmt.Println("Frees grew by >= 4000:", c.Frees-b.Frees >= 4000)
	fmt.Println("HeapObjects shrank by >= 4000:", c.HeapObjects+4000 <= b.HeapObjects)
	fmt.Println("Mallocs >= Frees:", c.Mallocs >= c.Frees)
	fmt.Println("forced delta overall:", c.NumForcedGC-m0.NumForcedGC)
}

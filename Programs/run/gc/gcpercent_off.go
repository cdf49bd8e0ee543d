// run

// debug.SetGCPercent(-1) turns automatic collection off: allocating 40 MiB
// of garbage runs no cycle and the garbage stays in HeapAlloc, while
// runtime.GC still collects; SetGCPercent returns the previous setting and
// restoring it brings automatic collections back.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte
var live []*[64]int

func churn(mb int) {
	for i := 0; i < mb; i++ {
		sink = make([]byte, 1<<20)
		sink[i] = 1
	}
	sink = nil
}

func stats() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func main() {
	for i := 0; i < 100; i++ {
		a := new([64]int)
		a[63] = i
		live = append(live, a)
	}

	old := debug.SetGCPercent(-1)
	fmt.Println("previous percent:", old)
	s0 := stats()
	churn(40)
	s1 := stats()
	fmt.Println("cycles while off:", s1.NumGC-s0.NumGC)
	fmt.Println("garbage kept while off:", s1.HeapAlloc >= s0.HeapAlloc+38<<20)

	runtime.GC()
	runtime.GC()
	s2 := stats()
	fmt.Println("forced cycles while off:", s2.NumGC-s1.NumGC, s2.NumForcedGC-s1.NumForcedGC)
	fmt.Println("garbage freed by runtime.GC:", s2.HeapAlloc+30<<20 <= s1.HeapAlloc)

	fmt.Println("set 50, previous:", debug.SetGCPercent(50))
	fmt.Println("set -1, previous:", debug.SetGCPercent(-1))
	fmt.Println("restore, previous:", debug.SetGCPercent(old))

	s3 := stats()
	churn(40)
	s4 := stats()
	fmt.Println("automatic cycles after restore:", s4.NumGC-s3.NumGC > 0, s4.NumForcedGC == s3.NumForcedGC)

	sum := 0
	for _, a := range live {
		sum += a[63]
	}
	fmt.Println("live data:", len(live), sum)
}

// run

// Dropping a 64 MiB slice and many small objects and collecting gives the
// memory back: HeapAlloc, HeapInuse and HeapObjects fall, Frees grows, and
// the memory is reused by later allocations instead of growing the heap.
package main

import (
	"fmt"
	"runtime"
)

type Small struct {
	a, b int
	p    *Small
}

var big []byte
var smalls []*Small

func stats() runtime.MemStats {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m
}

func fillBig() int {
	big = make([]byte, 64<<20)
	for i := 0; i < len(big); i += 4096 {
		big[i] = byte(i >> 12)
	}
	sum := 0
	for i := 0; i < len(big); i += 1 << 20 {
		sum += int(big[i+4096])
	}
	return sum
}

func buildSmalls(n int) int {
	for i := 0; i < n; i++ {
		smalls = append(smalls, &Small{a: i, b: -i})
	}
	for i := 1; i < len(smalls); i++ {
		smalls[i].p = smalls[i-1]
	}
	total := 0
	for p := smalls[len(smalls)-1]; p != nil; p = p.p {
		total += p.a - p.b
	}
	return total
}

func reuse(rounds int) int {
	sum := 0
	for r := 0; r < rounds; r++ {
		big = make([]byte, 64<<20)
		big[len(big)-1] = byte(r)
		sum += int(big[len(big)-1])
		big = nil
		runtime.GC()
	}
	return sum
}

func main() {
	runtime.GC()
	base := stats()

	fmt.Println("big checksum:", fillBig())
	withBig := stats()
	fmt.Println("HeapAlloc grew by >= 64 MiB:", withBig.HeapAlloc >= base.HeapAlloc+64<<20)

	big = nil
	runtime.GC()
	freed := stats()
	fmt.Println("freed: HeapAlloc fell by >= 60 MiB:", freed.HeapAlloc+60<<20 <= withBig.HeapAlloc)
	fmt.Println("freed: HeapInuse fell by >= 60 MiB:", freed.HeapInuse+60<<20 <= withBig.HeapInuse)
	fmt.Println("HeapAlloc back near the start:", freed.HeapAlloc < base.HeapAlloc+8<<20)

	// many small objects
	fmt.Println("small chain:", buildSmalls(4000))
	runtime.GC()
	withSmall := stats()
	smalls = nil
	runtime.GC()
	noSmall := stats()
	fmt.Println("HeapObjects fell by >= 3500:", noSmall.HeapObjects+3500 <= withSmall.HeapObjects)
	fmt.Println("Frees grew by >= 3500:", noSmall.Frees >= withSmall.Frees+3500)

	// freed memory is reused: allocating and dropping 64 MiB ten times does
	// not make the heap ten times bigger
	sum := reuse(10)
	after := stats()
	fmt.Println("reused:", sum, after.HeapSys < withBig.HeapSys+256<<20)
	fmt.Println("TotalAlloc counts all of it:", after.TotalAlloc-base.TotalAlloc >= 11*64<<20)
}

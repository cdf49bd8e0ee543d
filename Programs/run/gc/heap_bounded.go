// run

// Allocating 1 GiB in 1 MiB chunks while keeping only the last 8 chunks
// live: collections (automatic ones, and a runtime.GC every 64 MiB so that
// Go's concurrent collector cannot fall behind) keep the heap small —
// HeapSys stays under 128 MiB — and the live chunks keep their contents.
package main

import (
	"fmt"
	"runtime"
)

type Chunk struct {
	seq  int
	data []byte
	prev *Chunk
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)

	var ring [8]*Chunk
	bad := 0
	for i := 0; i < 1024; i++ {
		c := &Chunk{seq: i, data: make([]byte, 1<<20)}
		c.data[0] = byte(i)
		c.data[len(c.data)-1] = byte(i * 7)
		c.data[i%len(c.data)] = byte(i * 3)
		if i%64 == 63 {
			runtime.GC()
		}
		c.prev = ring[(i+7)%8]
		ring[i%8] = c
		if c.prev != nil {
			// cut the chain so at most 8 chunks stay reachable
			c.prev.prev = nil
			p := c.prev
			if p.seq != i-1 || p.data[0] != byte(i-1) || p.data[len(p.data)-1] != byte((i-1)*7) {
				bad++
			}
		}
	}
	runtime.ReadMemStats(&after)

	sum := 0
	for _, c := range ring {
		sum += c.seq + int(c.data[0]) + int(c.data[len(c.data)-1]) + int(c.data[c.seq%len(c.data)])
	}
	fmt.Println("bad chunks:", bad)
	fmt.Println("ring checksum:", sum)
	fmt.Println("allocated >= 1 GiB:", after.TotalAlloc-before.TotalAlloc >= 1<<30)
	fmt.Println("forced cycles:", after.NumForcedGC-before.NumForcedGC)
	fmt.Println("automatic cycles too:", after.NumGC-before.NumGC > after.NumForcedGC-before.NumForcedGC)
	fmt.Println("HeapSys < 128 MiB:", after.HeapSys < 128<<20)
}

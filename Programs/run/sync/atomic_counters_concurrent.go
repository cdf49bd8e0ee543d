// run

// Atomic counters incremented from 50 goroutines: functions and types, CAS loops, a max tracker, a Bool latch.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	const G, N = 50, 200
	var (
		fnCount int64
		u32     uint32
		i32     atomic.Int32
		u64     atomic.Uint64
		casSum  atomic.Int64
		maxSeen atomic.Int64
		bits    atomic.Uint64
		first   atomic.Bool
		winners atomic.Int32
		down    atomic.Uint32
	)
	down.Store(G * N)
	var wg sync.WaitGroup
	for g := range G {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if first.CompareAndSwap(false, true) {
				winners.Add(1)
			}
			bits.Or(1 << g)
			for i := range N {
				atomic.AddInt64(&fnCount, 1)
				atomic.AddUint32(&u32, 2)
				i32.Add(-1)
				u64.Add(uint64(i))
				down.Add(^uint32(0))
				for {
					old := casSum.Load()
					if casSum.CompareAndSwap(old, old+int64(g)) {
						break
					}
				}
				v := int64(g*N + i)
				for {
					m := maxSeen.Load()
					if v <= m || maxSeen.CompareAndSwap(m, v) {
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("AddInt64 count:", atomic.LoadInt64(&fnCount))
	fmt.Println("AddUint32 by 2:", atomic.LoadUint32(&u32))
	fmt.Println("Int32 down:", i32.Load())
	fmt.Println("Uint64 sum:", u64.Load())
	fmt.Println("Uint32 countdown:", down.Load())
	fmt.Println("CAS-loop sum:", casSum.Load())
	fmt.Println("max:", maxSeen.Load())
	fmt.Printf("bits: %#x\n", bits.Load())
	fmt.Println("first latch winners:", winners.Load(), first.Load())

	// a spin-lock built from CompareAndSwapInt32 guarding a plain map
	var lock int32
	m := map[int]int{}
	for g := range G {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 20 {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
					runtime.Gosched()
				}
				m[i] += g
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	wg.Wait()
	fmt.Println("spin-locked map:", len(m), m[0], m[19])
}

// run

// CompareAndSwap retry loops: a capped counter that never overshoots (exact successes and refusals), a ticket lock whose spin-wait serves tickets strictly in order, slots each claimed by exactly one goroutine, a one-winner state transition, and an atomic arrival counter used as a spin barrier.
package main

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// tryIncrement adds 1 unless the counter reached limit.
func tryIncrement(c *atomic.Int64, limit int64) bool {
	for {
		old := c.Load()
		if old >= limit {
			return false
		}
		if c.CompareAndSwap(old, old+1) {
			return true
		}
	}
}

type ticketLock struct {
	next    atomic.Uint64
	serving atomic.Uint64
}

func (t *ticketLock) Lock() uint64 {
	my := t.next.Add(1) - 1
	for t.serving.Load() != my {
		runtime.Gosched()
	}
	return my
}

func (t *ticketLock) Unlock() { t.serving.Add(1) }

const (
	idle int32 = iota
	running
	finished
)

func main() {
	var wg sync.WaitGroup

	// 1. a counter capped at 300 with 20 goroutines × 50 attempts
	var capped atomic.Int64
	var ok, refused atomic.Int32
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if tryIncrement(&capped, 300) {
					ok.Add(1)
				} else {
					refused.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("capped:", capped.Load(), "successes:", ok.Load(), "refused:", refused.Load())

	// 2. a ticket lock: tickets are served in the order they were drawn
	var tl ticketLock
	var served []uint64
	counter := 0
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 25 {
				t := tl.Lock()
				served = append(served, t)
				counter++
				tl.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("ticket lock counter:", counter, "served in ticket order:", slices.IsSorted(served), "tickets:", len(served), "last:", served[len(served)-1])

	// 3. 16 slots claimed by 40 goroutines: CAS(0, id) gives each slot exactly one owner
	slots := make([]atomic.Int32, 16)
	var claimed atomic.Int32
	for id := int32(1); id <= 40; id++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range slots {
				if slots[i].CompareAndSwap(0, id) {
					claimed.Add(1)
					return
				}
			}
		}()
	}
	wg.Wait()
	owners := map[int32]bool{}
	empty := 0
	for i := range slots {
		v := slots[i].Load()
		if v == 0 {
			empty++
		}
		owners[v] = true
	}
	fmt.Println("claimed:", claimed.Load(), "distinct owners:", len(owners), "empty slots:", empty)

	// 4. a state machine idle -> running -> finished: each transition has exactly one winner
	var state atomic.Int32
	var starts, finishes, losers atomic.Int32
	for range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch {
			case state.CompareAndSwap(idle, running):
				starts.Add(1)
			case state.CompareAndSwap(running, finished):
				finishes.Add(1)
			default:
				losers.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("state:", state.Load(), "starts:", starts.Load(), "finishes:", finishes.Load(), "others:", losers.Load())

	// 5. a spin barrier: nobody passes before all 6 have arrived, reused for 3 rounds
	var arrived atomic.Int32
	var early atomic.Int32
	const n = 6
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := int32(1); round <= 3; round++ {
				arrived.Add(1)
				for arrived.Load() < round*n {
					runtime.Gosched()
				}
				if arrived.Load() < round*n {
					early.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("arrivals:", arrived.Load(), "passed early:", early.Load())

	// 6. Swap hands back the previous value: the values taken out sum to everything put in
	var box atomic.Int64
	var taken atomic.Int64
	for i := int64(1); i <= 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			taken.Add(box.Swap(i))
		}()
	}
	wg.Wait()
	fmt.Println("swapped out + left in box:", taken.Load()+box.Load())
}

// sync.Mutex for a bank, sync.RWMutex for a read-mostly config.
//
// Bank: 8 goroutines make 200 transfers each between 5 accounts. A transfer
// reads two balances and writes both back; the Mutex makes that one atomic
// step, so money moves but is never created or lost, and an auditor that
// takes the same lock always sees the starting total. Without the lock two
// transfers could read the same balance and one update would overwrite the
// other: the total drifts (and `go run -race` reports the race).
//
// Config: many readers and one writer. RWMutex lets any number of readers
// hold RLock together, while Lock waits for them and excludes everybody.
// The writer changes two fields that must agree; a reader never sees them
// half-updated. Look for: constant totals, and no torn config reads.
package main

import (
	"fmt"
	"sync"
)

type bank struct {
	mu       sync.Mutex
	balances []int
}

func (b *bank) transfer(from, to, amount int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balances[from] < amount {
		return false // insufficient funds
	}
	b.balances[from] -= amount
	b.balances[to] += amount
	return true
}

func (b *bank) total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	sum := 0
	for _, v := range b.balances {
		sum += v
	}
	return sum
}

type config struct {
	mu      sync.RWMutex
	version int
	name    string // always fmt.Sprint("v", version)
}

func main() {
	b := &bank{balances: []int{100, 100, 100, 100, 100}}
	var wg sync.WaitGroup
	var audits []int
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			seed := uint32(g + 1)
			for i := range 200 {
				seed = seed*1664525 + 1013904223 // a tiny deterministic RNG
				from, to := int(seed>>8)%5, int(seed>>16)%5
				b.transfer(from, to, int(seed>>24)%50)
				if g == 0 && i%50 == 0 {
					audits = append(audits, b.total()) // only goroutine 0 appends
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("audits during transfers:", audits)
	fmt.Println("total after 1600 transfers:", b.total())

	cfg := &config{version: 1, name: "v1"}
	var reads, torn int
	var countMu sync.Mutex
	for range 6 { // readers
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 500 {
				cfg.mu.RLock()
				ok := cfg.name == fmt.Sprint("v", cfg.version)
				cfg.mu.RUnlock()
				countMu.Lock()
				reads++
				if !ok {
					torn++
				}
				countMu.Unlock()
			}
		}()
	}
	wg.Add(1)
	go func() { // the writer
		defer wg.Done()
		for range 20 {
			cfg.mu.Lock()
			cfg.version++
			cfg.name = fmt.Sprint("v", cfg.version)
			cfg.mu.Unlock()
		}
	}()
	wg.Wait()
	fmt.Printf("config reads: %d, torn reads: %d, final config: %s\n", reads, torn, cfg.name)
}

// Output:
// audits during transfers: [500 500 500 500]
// total after 1600 transfers: 500
// config reads: 3000, torn reads: 0, final config: v21

// run

// A map and counters behind an RWMutex, written and read by 100 goroutines; final values only.
package main

import (
	"fmt"
	"slices"
	"sync"
)

type Stats struct {
	mu     sync.RWMutex
	counts map[string]int
	writes int
	reads  int
	readMu sync.Mutex
}

func (s *Stats) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.counts[k]++
	s.writes++
}

func (s *Stats) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	s.readMu.Lock()
	s.reads++
	s.readMu.Unlock()
	return s.counts[k]
}

func (s *Stats) Snapshot() map[string]int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	m := make(map[string]int, len(s.counts))
	for k, v := range s.counts {
		m[k] = v
	}
	return m
}

func main() {
	s := &Stats{counts: map[string]int{}}
	keys := []string{"alpha", "beta", "gamma", "delta"}
	var wg sync.WaitGroup
	for g := range 100 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				k := keys[(g+i)%len(keys)]
				if g%2 == 0 {
					s.Inc(k)
				} else {
					_ = s.Get(k)
				}
			}
		}()
	}
	wg.Wait()

	snap := s.Snapshot()
	names := make([]string, 0, len(snap))
	for k := range snap {
		names = append(names, k)
	}
	slices.Sort(names)
	total := 0
	for _, k := range names {
		fmt.Println(k, snap[k])
		total += snap[k]
	}
	fmt.Println("total", total, "writes", s.writes, "reads", s.reads)

	// the snapshot is a copy
	snap["alpha"] = -1
	fmt.Println("alpha still", s.Get("alpha"))
}

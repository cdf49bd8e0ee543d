// sync.Map as a concurrent cache that computes each value once.
//
// 8 goroutines ask for the same 5 keys in different orders. The cache stores,
// per key, a function made by sync.OnceValue: LoadOrStore keeps the first
// function stored for a key and hands that same function to every caller, and
// OnceValue runs the expensive computation only on the first call. An
// atomic.Int64 counts how often the computation really ran.
//
// Look for: 5 computations for 40 lookups. The naive version,
// LoadOrStore(key, compute(key)), evaluates compute(key) before it even
// looks in the map: it computes on every lookup and throws away all but the
// first result. (Checking with Load first only narrows the window: two
// goroutines that miss at the same moment still both compute.) Range visits
// the entries in no set order, so they are sorted before printing.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

var computed atomic.Int64

// expensive stands for a slow computation whose result is worth caching.
func expensive(key string) string {
	computed.Add(1)
	return strings.ToUpper(key) + strings.Repeat("!", len(key))
}

type cache struct{ m sync.Map } // key string -> func() string

func (c *cache) get(key string) string {
	f, _ := c.m.LoadOrStore(key, sync.OnceValue(func() string { return expensive(key) }))
	return f.(func() string)()
}

// naiveGet computes first and stores second: duplicate work under contention.
func naiveGet(m *sync.Map, key string) string {
	v, _ := m.LoadOrStore(key, expensive(key))
	return v.(string)
}

func main() {
	keys := []string{"go", "chan", "select", "mutex", "once"}
	var c cache
	var naive sync.Map
	lookups := func(get func(string) string) {
		var wg sync.WaitGroup
		for g := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range keys {
					get(keys[(g+i)%len(keys)]) // each goroutine starts at a different key
				}
			}()
		}
		wg.Wait()
	}

	lookups(c.get)
	fmt.Println("once-per-key cache: 40 lookups,", computed.Load(), "computations")

	computed.Store(0)
	lookups(func(k string) string { return naiveGet(&naive, k) })
	fmt.Println("naive cache:        40 lookups,", computed.Load(), "computations")

	computed.Store(0)
	var entries []string
	c.m.Range(func(k, v any) bool {
		entries = append(entries, fmt.Sprintf("%s => %s", k, v.(func() string)()))
		return true
	})
	sort.Strings(entries)
	for _, e := range entries {
		fmt.Println(e)
	}
	fmt.Println("computations during Range:", computed.Load())
}

// Output:
// once-per-key cache: 40 lookups, 5 computations
// naive cache:        40 lookups, 40 computations
// chan => CHAN!!!!
// go => GO!!
// mutex => MUTEX!!!!!
// once => ONCE!!!!
// select => SELECT!!!!!!
// computations during Range: 0

// run

// Several goroutines mutate a shared map (under a mutex), their own slices
// of pointers and linked lists, and send pointers to a collector goroutine,
// while they allocate garbage and call runtime.GC; every structure is intact
// at the end.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"
)

type Entry struct {
	owner int
	seq   int
	key   string
	vals  []int
	next  *Entry
}

const workers = 6
const perWorker = 400

func main() {
	var mu sync.Mutex
	shared := make(map[string]*Entry)
	var wg sync.WaitGroup
	results := make(chan *Entry, 16)
	lists := make([]*Entry, workers)
	slices := make([][]*Entry, workers)

	var cwg sync.WaitGroup
	cwg.Add(1)
	received := make(map[int][]int)
	go func() {
		defer cwg.Done()
		for e := range results {
			received[e.owner] = append(received[e.owner], e.seq+e.vals[len(e.vals)-1])
		}
	}()

	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			var mine []*Entry
			var head *Entry
			for i := 0; i < perWorker; i++ {
				e := &Entry{owner: w, seq: i, key: strconv.Itoa(w) + "/" + strconv.Itoa(i), vals: make([]int, 1+i%5)}
				for j := range e.vals {
					e.vals[j] = w*1000 + i + j
				}
				mine = append(mine, e)
				if i%3 == 0 {
					e.next = head
					head = e
				}
				mu.Lock()
				shared[e.key] = e
				if i >= 10 && i%2 == 0 {
					delete(shared, strconv.Itoa(w)+"/"+strconv.Itoa(i-10))
				}
				mu.Unlock()
				if i%50 == 0 {
					results <- e
				}
				// garbage
				g := make([]byte, 32<<10)
				g[0] = byte(i)
				if i%100 == 0 {
					runtime.GC()
				}
				if i%40 == 0 {
					runtime.Gosched()
				}
			}
			// drop every other element from the slice: those entries stay
			// reachable only through the map (or not at all)
			kept := mine[:0]
			for _, e := range mine {
				if e.seq%2 == 1 {
					kept = append(kept, e)
				}
			}
			clear(mine[len(kept):])
			slices[w] = kept
			lists[w] = head
		}(w)
	}

	for i := 0; i < 5; i++ {
		b := make([]byte, 2<<20)
		b[0] = 1
		runtime.GC()
		runtime.Gosched()
	}
	wg.Wait()
	close(results)
	cwg.Wait()
	runtime.GC()

	// the shared map: odd entries all survive; even ones only the last 5
	perOwner := make([]int, workers)
	bad := 0
	for k, e := range shared {
		if k != strconv.Itoa(e.owner)+"/"+strconv.Itoa(e.seq) || e.vals[0] != e.owner*1000+e.seq {
			bad++
		}
		perOwner[e.owner]++
	}
	fmt.Println("map:", len(shared), perOwner, "bad:", bad)

	for w := 0; w < workers; w++ {
		n, s := 0, 0
		for e := lists[w]; e != nil; e = e.next {
			n++
			s += e.seq + len(e.vals)
		}
		t := 0
		for _, e := range slices[w] {
			t += e.vals[len(e.vals)-1] - e.owner*1000
		}
		r := received[w]
		sort.Ints(r)
		fmt.Println("worker", w, "list:", n, s, "slice:", len(slices[w]), t, "received:", len(r), r[0], r[len(r)-1])
	}
}

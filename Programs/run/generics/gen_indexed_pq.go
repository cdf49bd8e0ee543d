// run

// Indexed priority queue keyed by comparable ids with Update/Remove by key: built from a less func or from cmp.Ordered via a constructor, driving a discrete-event simulation and Prim's MST.

package main

import (
	"cmp"
	"fmt"
)

type IndexedPQ[K comparable, P any] struct {
	keys []K
	prio []P
	pos  map[K]int
	less func(a, b P) bool
}

func NewIndexedPQ[K comparable, P any](less func(a, b P) bool) *IndexedPQ[K, P] {
	return &IndexedPQ[K, P]{pos: map[K]int{}, less: less}
}

func NewMinPQ[K comparable, P cmp.Ordered]() *IndexedPQ[K, P] { return NewIndexedPQ[K](cmp.Less[P]) }

func (q *IndexedPQ[K, P]) Len() int { return len(q.keys) }

func (q *IndexedPQ[K, P]) swap(i, j int) {
	q.keys[i], q.keys[j] = q.keys[j], q.keys[i]
	q.prio[i], q.prio[j] = q.prio[j], q.prio[i]
	q.pos[q.keys[i]], q.pos[q.keys[j]] = i, j
}

func (q *IndexedPQ[K, P]) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !q.less(q.prio[i], q.prio[p]) {
			return
		}
		q.swap(i, p)
		i = p
	}
}

func (q *IndexedPQ[K, P]) down(i int) {
	for {
		l, best := 2*i+1, i
		if l < len(q.keys) && q.less(q.prio[l], q.prio[best]) {
			best = l
		}
		if r := l + 1; r < len(q.keys) && q.less(q.prio[r], q.prio[best]) {
			best = r
		}
		if best == i {
			return
		}
		q.swap(i, best)
		i = best
	}
}

// Set inserts k or changes its priority.
func (q *IndexedPQ[K, P]) Set(k K, p P) {
	if i, ok := q.pos[k]; ok {
		q.prio[i] = p
		q.up(i)
		q.down(q.pos[k])
		return
	}
	q.keys = append(q.keys, k)
	q.prio = append(q.prio, p)
	q.pos[k] = len(q.keys) - 1
	q.up(len(q.keys) - 1)
}

func (q *IndexedPQ[K, P]) Get(k K) (P, bool) {
	if i, ok := q.pos[k]; ok {
		return q.prio[i], true
	}
	var zero P
	return zero, false
}

func (q *IndexedPQ[K, P]) Remove(k K) bool {
	i, ok := q.pos[k]
	if !ok {
		return false
	}
	last := len(q.keys) - 1
	q.swap(i, last)
	q.keys, q.prio = q.keys[:last], q.prio[:last]
	delete(q.pos, k)
	if i < last {
		q.up(i)
		q.down(i)
	}
	return true
}

func (q *IndexedPQ[K, P]) Pop() (K, P) {
	k, p := q.keys[0], q.prio[0]
	q.Remove(k)
	return k, p
}

type Event struct{ At, Seq int }

func main() {
	sim := NewIndexedPQ[string](func(a, b Event) bool {
		return cmp.Or(cmp.Compare(a.At, b.At), cmp.Compare(a.Seq, b.Seq)) < 0
	})
	seq := 0
	schedule := func(name string, at int) { seq++; sim.Set(name, Event{at, seq}) }
	for i, name := range []string{"boot", "tick", "backup", "report", "alarm"} {
		schedule(name, []int{0, 10, 30, 10, 25}[i])
	}
	for sim.Len() > 0 {
		name, ev := sim.Pop()
		fmt.Printf("t=%d %s\n", ev.At, name)
		switch name {
		case "boot":
			schedule("alarm", 5) // reschedule earlier
		case "tick":
			if ev.At < 30 {
				schedule("tick", ev.At+10)
			}
		case "report":
			fmt.Println("  cancel backup:", sim.Remove("backup"), sim.Remove("backup"))
		}
	}

	// Prim's algorithm with a min-PQ over cmp.Ordered priorities.
	adj := map[byte]map[byte]int{
		'A': {'B': 7, 'D': 5},
		'B': {'A': 7, 'C': 8, 'D': 9, 'E': 7},
		'C': {'B': 8, 'E': 5},
		'D': {'A': 5, 'B': 9, 'E': 15, 'F': 6},
		'E': {'B': 7, 'C': 5, 'D': 15, 'F': 8, 'G': 9},
		'F': {'D': 6, 'E': 8, 'G': 11},
		'G': {'E': 9, 'F': 11},
	}
	pq := NewMinPQ[byte, int]()
	done, via := map[byte]bool{}, map[byte]byte{}
	pq.Set('A', 0)
	total := 0
	for pq.Len() > 0 {
		v, d := pq.Pop()
		done[v] = true
		total += d
		if v != 'A' {
			fmt.Printf("%c-%c(%d) ", via[v], v, d)
		}
		for _, w := range []byte("ABCDEFG") {
			wt, ok := adj[v][w]
			if !ok || done[w] {
				continue
			}
			if cur, in := pq.Get(w); !in || wt < cur {
				pq.Set(w, wt)
				via[w] = v
			}
		}
	}
	fmt.Println("\ntotal", total)
}

// run

// Generic LFU cache: frequency buckets of hand-written generic doubly linked lists with sentinels, O(1) Get/Put, LRU tie-break inside a frequency, eviction log and per-frequency dumps.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type lnode[K comparable, V any] struct {
	key        K
	val        V
	freq       int
	prev, next *lnode[K, V]
}

type dlist[K comparable, V any] struct {
	root lnode[K, V] // sentinel
	n    int
}

func newList[K comparable, V any]() *dlist[K, V] {
	l := &dlist[K, V]{}
	l.root.next, l.root.prev = &l.root, &l.root
	return l
}

func (l *dlist[K, V]) pushFront(n *lnode[K, V]) {
	n.prev, n.next = &l.root, l.root.next
	l.root.next.prev = n
	l.root.next = n
	l.n++
}

func (l *dlist[K, V]) remove(n *lnode[K, V]) {
	n.prev.next, n.next.prev = n.next, n.prev
	n.prev, n.next = nil, nil
	l.n--
}

func (l *dlist[K, V]) back() *lnode[K, V] {
	if l.n == 0 {
		return nil
	}
	return l.root.prev
}

type LFU[K comparable, V any] struct {
	cap     int
	items   map[K]*lnode[K, V]
	freqs   map[int]*dlist[K, V]
	minFreq int
	Evicted []string
}

func NewLFU[K comparable, V any](capacity int) *LFU[K, V] {
	return &LFU[K, V]{cap: capacity, items: map[K]*lnode[K, V]{}, freqs: map[int]*dlist[K, V]{}}
}

func (c *LFU[K, V]) bucket(f int) *dlist[K, V] {
	l, ok := c.freqs[f]
	if !ok {
		l = newList[K, V]()
		c.freqs[f] = l
	}
	return l
}

func (c *LFU[K, V]) touch(n *lnode[K, V]) {
	old := c.freqs[n.freq]
	old.remove(n)
	if old.n == 0 {
		delete(c.freqs, n.freq)
		if c.minFreq == n.freq {
			c.minFreq++
		}
	}
	n.freq++
	c.bucket(n.freq).pushFront(n)
}

func (c *LFU[K, V]) Get(k K) (V, bool) {
	n, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.touch(n)
	return n.val, true
}

func (c *LFU[K, V]) Put(k K, v V) {
	if n, ok := c.items[k]; ok {
		n.val = v
		c.touch(n)
		return
	}
	if len(c.items) == c.cap {
		l := c.freqs[c.minFreq]
		victim := l.back()
		l.remove(victim)
		if l.n == 0 {
			delete(c.freqs, c.minFreq)
		}
		delete(c.items, victim.key)
		c.Evicted = append(c.Evicted, fmt.Sprintf("%v(f=%d)", victim.key, victim.freq))
	}
	n := &lnode[K, V]{key: k, val: v, freq: 1}
	c.items[k] = n
	c.bucket(1).pushFront(n)
	c.minFreq = 1
}

func (c *LFU[K, V]) Dump() string {
	var b strings.Builder
	for _, f := range slices.Sorted(maps.Keys(c.freqs)) {
		l := c.freqs[f]
		fmt.Fprintf(&b, "f%d:", f)
		for n := l.root.next; n != &l.root; n = n.next {
			fmt.Fprintf(&b, " %v=%v", n.key, n.val)
		}
		b.WriteString("; ")
	}
	return fmt.Sprintf("%s(min=%d)", b.String(), c.minFreq)
}

type Coord struct{ R, C int }

func main() {
	c := NewLFU[string, int](3)
	for i, k := range []string{"a", "b", "c"} {
		c.Put(k, i+1)
	}
	for _, k := range []string{"a", "a", "b"} {
		c.Get(k)
	}
	fmt.Println(c.Dump())
	c.Put("d", 4)
	fmt.Println(c.Dump())
	c.Get("d")
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Dump())
	for _, k := range []string{"a", "b", "c", "d", "e"} {
		v, ok := c.Get(k)
		fmt.Print(k, ":", v, ",", ok, " ")
	}
	fmt.Println()
	fmt.Println("evicted:", c.Evicted)

	g := NewLFU[Coord, []string](2)
	g.Put(Coord{0, 0}, []string{"origin"})
	g.Put(Coord{1, 2}, nil)
	if v, ok := g.Get(Coord{0, 0}); ok {
		g.Put(Coord{0, 0}, append(v, "seen"))
	}
	g.Put(Coord{3, 3}, []string{"new"})
	fmt.Println(g.Dump(), g.Evicted)
}

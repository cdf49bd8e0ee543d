// run

// Generic LRU cache built on container/list with eviction callbacks, Get/Put/Peek and an iter.Seq2 over entries from most to least recent.

package main

import (
	"container/list"
	"fmt"
	"iter"
	"strings"
)

type entry[K comparable, V any] struct {
	key   K
	value V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
	hits    int
	misses  int
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if el, ok := c.items[k]; ok {
		c.ll.MoveToFront(el)
		c.hits++
		return el.Value.(*entry[K, V]).value, true
	}
	c.misses++
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Peek(k K) (v V, ok bool) {
	el, ok := c.items[k]
	if !ok {
		return
	}
	return el.Value.(*entry[K, V]).value, true
}

func (c *LRU[K, V]) Put(k K, v V) {
	if el, ok := c.items[k]; ok {
		el.Value.(*entry[K, V]).value = v
		c.ll.MoveToFront(el)
		return
	}
	el := c.ll.PushFront(&entry[K, V]{k, v})
	c.items[k] = el
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		e := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, e.key)
		if c.OnEvict != nil {
			c.OnEvict(e.key, e.value)
		}
	}
}

func (c *LRU[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for el := c.ll.Front(); el != nil; el = el.Next() {
			e := el.Value.(*entry[K, V])
			if !yield(e.key, e.value) {
				return
			}
		}
	}
}

func (c *LRU[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("[")
	first := true
	for k, v := range c.All() {
		if !first {
			sb.WriteString(" ")
		}
		first = false
		fmt.Fprintf(&sb, "%v:%v", k, v)
	}
	sb.WriteString("]")
	return sb.String()
}

type point struct{ x, y int }

func main() {
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("evict %s=%d\n", k, v) }
	for i, w := range strings.Fields("a b c a d e a f") {
		c.Put(w, i)
		fmt.Println("put", w, "->", c)
	}
	for _, k := range []string{"a", "b", "f", "e"} {
		v, ok := c.Get(k)
		fmt.Printf("get %s: %d %v\n", k, v, ok)
	}
	fmt.Println("state", c, "hits", c.hits, "misses", c.misses)
	v, ok := c.Peek("d")
	fmt.Println("peek d", v, ok, c)

	pc := NewLRU[point, []string](2)
	pc.Put(point{1, 2}, []string{"x"})
	pc.Put(point{3, 4}, nil)
	if s, ok := pc.Get(point{1, 2}); ok {
		s = append(s, "y")
		pc.Put(point{1, 2}, s)
	}
	pc.Put(point{5, 6}, []string{"z", "w"})
	for k, v := range pc.All() {
		fmt.Printf("%+v => %q (len %d)\n", k, v, len(v))
	}
	n := 0
	for k := range pc.All() {
		n++
		fmt.Println("first only:", k)
		break
	}
	fmt.Println("n =", n)
}

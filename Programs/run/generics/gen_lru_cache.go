// run

// Generic LRU cache using container/list and map[K]*list.Element; eviction callbacks.

package main

import (
	"container/list"
	"fmt"
)

type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap     int
	ll      *list.List
	items   map[K]*list.Element
	OnEvict func(K, V)
}

func NewLRU[K comparable, V any](capacity int) *LRU[K, V] {
	return &LRU[K, V]{cap: capacity, ll: list.New(), items: make(map[K]*list.Element)}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry[K, V]).val, true
	}
	var z V
	return z, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.(*entry[K, V]).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		ent := c.ll.Remove(last).(*entry[K, V])
		delete(c.items, ent.key)
		if c.OnEvict != nil {
			c.OnEvict(ent.key, ent.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var ks []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		ks = append(ks, e.Value.(*entry[K, V]).key)
	}
	return ks
}

func main() {
	c := NewLRU[string, int](3)
	c.OnEvict = func(k string, v int) { fmt.Printf("evict %s=%d\n", k, v) }
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	fmt.Println(c.Keys())
	if v, ok := c.Get("a"); ok {
		fmt.Println("a ->", v)
	}
	c.Put("d", 4)
	fmt.Println(c.Keys())
	c.Put("c", 30)
	c.Put("e", 5)
	fmt.Println(c.Keys())
	_, ok := c.Get("b")
	fmt.Println("b present:", ok)
	v, ok := c.Get("c")
	fmt.Println("c:", v, ok)
	type key struct{ a, b int }
	c2 := NewLRU[key, []string](2)
	c2.Put(key{1, 2}, []string{"x"})
	c2.Put(key{2, 1}, nil)
	c2.Get(key{1, 2})
	c2.Put(key{3, 3}, []string{"y", "z"})
	fmt.Println(c2.Keys())
}

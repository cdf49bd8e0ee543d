// run

// Insertion-ordered generic map with All/Keys/Values/Backward iterators, delete via tombstone compaction, and maps.Collect interop.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	index map[K]int
	keys  []K
	vals  []V
	live  []bool
	dead  int
}

func New[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.vals[i] = v
		return
	}
	m.index[k] = len(m.keys)
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
	m.live = append(m.live, true)
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	if i, ok := m.index[k]; ok {
		return m.vals[i], true
	}
	var z V
	return z, false
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	delete(m.index, k)
	m.live[i] = false
	m.dead++
	if m.dead*2 > len(m.keys) {
		m.compact()
	}
	return true
}

func (m *OrderedMap[K, V]) compact() {
	var ks []K
	var vs []V
	for k, v := range m.All() {
		m.index[k] = len(ks)
		ks = append(ks, k)
		vs = append(vs, v)
	}
	m.keys, m.vals, m.dead = ks, vs, 0
	m.live = slices.Repeat([]bool{true}, len(ks))
}

func (m *OrderedMap[K, V]) Len() int { return len(m.index) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i, k := range m.keys {
			if m.live[i] && !yield(k, m.vals[i]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := len(m.keys) - 1; i >= 0; i-- {
			if m.live[i] && !yield(m.keys[i], m.vals[i]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func main() {
	m := New[string, int]()
	for i, w := range strings.Fields("zeta alpha mid beta alpha omega") {
		m.Set(w, i)
	}
	for k, v := range m.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k, v := range m.Backward() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	fmt.Println(m.Delete("mid"), m.Delete("nope"), m.Len(), len(m.keys))
	fmt.Println(m.Delete("zeta"), m.Delete("beta"), m.Len(), len(m.keys))
	fmt.Println(slices.Collect(m.Keys()), m.vals)
	m.Set("mid", 99)
	fmt.Println(slices.Collect(m.Keys()))

	plain := maps.Collect(m.All())
	fmt.Println(plain)
	fmt.Println(slices.Sorted(maps.Keys(plain)))

	for k, v := range m.Backward() {
		if v == 99 {
			continue
		}
		fmt.Println("last non-99:", k, v)
		break
	}

	om := New[[2]int, []string]()
	om.Set([2]int{1, 1}, []string{"a"})
	om.Set([2]int{0, 5}, nil)
	v, ok := om.Get([2]int{1, 1})
	om.Set([2]int{1, 1}, append(v, "b"))
	fmt.Println(ok, slices.Collect(om.Keys()))
	for k, v := range om.All() {
		fmt.Printf("%v -> %d %q\n", k, len(v), v)
	}
}

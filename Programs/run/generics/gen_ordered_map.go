// run

// Ordered map over cmp.Ordered keys: insertion keeps sorted keys via slices.BinarySearch/Insert; iterators All/Keys.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type OrderedMap[K cmp.Ordered, V any] struct {
	keys []K
	m    map[K]V
}

func NewOrderedMap[K cmp.Ordered, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{m: map[K]V{}}
}

func (o *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := o.m[k]; !ok {
		i, _ := slices.BinarySearch(o.keys, k)
		o.keys = slices.Insert(o.keys, i, k)
	}
	o.m[k] = v
}

func (o *OrderedMap[K, V]) Delete(k K) bool {
	i, found := slices.BinarySearch(o.keys, k)
	if !found {
		return false
	}
	o.keys = slices.Delete(o.keys, i, i+1)
	delete(o.m, k)
	return true
}

func (o *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap[K, V]) Keys() iter.Seq[K] { return slices.Values(o.keys) }

func main() {
	om := NewOrderedMap[string, int]()
	for i, w := range []string{"pear", "apple", "fig", "kiwi", "apple", "banana"} {
		om.Set(w, i)
	}
	for k, v := range om.All() {
		fmt.Println(k, v)
	}
	fmt.Println(om.Delete("fig"), om.Delete("grape"))
	fmt.Println(slices.Collect(om.Keys()))
	nm := NewOrderedMap[float64, []string]()
	nm.Set(2.5, []string{"x"})
	nm.Set(-1, nil)
	nm.Set(0.25, []string{"y", "z"})
	for k, v := range nm.All() {
		fmt.Printf("%.2f %d %q\n", k, len(v), v)
	}
}

// run

// iter.Pull2 over iter.Seq2: stepping through map entries in sorted order, comparing two Seq2 for equality.

package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func SortedEntries[K interface{ ~string | ~int }, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Equal2[K, V comparable](a, b iter.Seq2[K, V]) bool {
	na, sa := iter.Pull2(a)
	defer sa()
	nb, sb := iter.Pull2(b)
	defer sb()
	for {
		k1, v1, ok1 := na()
		k2, v2, ok2 := nb()
		if ok1 != ok2 {
			return false
		}
		if !ok1 {
			return true
		}
		if k1 != k2 || v1 != v2 {
			return false
		}
	}
}

func main() {
	m := map[string]int{"c": 3, "a": 1, "b": 2, "d": 4}
	next, stop := iter.Pull2(SortedEntries(m))
	defer stop()
	for i := 0; i < 2; i++ {
		k, v, ok := next()
		fmt.Println(k, v, ok)
	}
	k, v, ok := next()
	fmt.Println("third:", k, v, ok)
	stop()
	k, v, ok = next()
	fmt.Printf("after stop: %q %d %v\n", k, v, ok)

	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	fmt.Println(Equal2(SortedEntries(m), SortedEntries(m2)))
	m2["d"] = 5
	fmt.Println(Equal2(SortedEntries(m), SortedEntries(m2)))
	delete(m2, "d")
	fmt.Println(Equal2(SortedEntries(m), SortedEntries(m2)))
	fmt.Println(Equal2(slices.All([]string{"x", "y"}), slices.All([]string{"x", "y"})))
	n2, s2 := iter.Pull2(SortedEntries(map[int][]string{2: {"two"}, 1: {"one", "uno"}}))
	for {
		k, v, ok := n2()
		if !ok {
			break
		}
		fmt.Println(k, v)
	}
	s2()
}

// run

// Seq2 adapters: Keys/Values projection, Filter2, Map2 into new key/value types, ToSeq2 with index, Collect into sorted pairs.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Keys[K, V any](s iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s {
			if !yield(k) {
				return
			}
		}
	}
}

func Values[K, V any](s iter.Seq2[K, V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

func Map2[K, V, K2, V2 any](s iter.Seq2[K, V], f func(K, V) (K2, V2)) iter.Seq2[K2, V2] {
	return func(yield func(K2, V2) bool) {
		for k, v := range s {
			if !yield(f(k, v)) {
				return
			}
		}
	}
}

type Pair[K, V any] struct {
	K K
	V V
}

func Pairs[K cmp.Ordered, V any](s iter.Seq2[K, V]) []Pair[K, V] {
	var out []Pair[K, V]
	for k, v := range s {
		out = append(out, Pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b Pair[K, V]) int { return cmp.Compare(a.K, b.K) })
	return out
}

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4}
	fmt.Println(slices.Sorted(Keys(maps.All(m))))
	fmt.Println(slices.Sorted(Values(maps.All(m))))
	up := Map2(maps.All(m), func(k string, v int) (string, float64) { return strings.ToUpper(k), float64(v) / 2 })
	fmt.Println(Pairs(up))
	rev := Map2(maps.All(m), func(k string, v int) (int, string) { return v, k })
	for _, p := range Pairs(rev) {
		fmt.Print(p.K, "=", p.V, " ")
	}
	fmt.Println()
	idx := Map2(slices.All([]string{"x", "y", "z"}), func(i int, s string) (string, int) { return s, i * i })
	fmt.Println(Pairs(idx))
	for k, v := range Map2(slices.All([]int{5, 6, 7}), func(i, x int) (bool, int) { return i%2 == 0, x }) {
		fmt.Println(k, v)
		if v == 6 {
			break
		}
	}
}

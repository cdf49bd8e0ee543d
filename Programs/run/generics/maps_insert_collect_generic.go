// run

// Generic helpers over maps package: Invert, Merge with resolver, FilterMap returning iter.Seq2, all sorted for output.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
)

func FilterSeq2[K, V any](s iter.Seq2[K, V], keep func(K, V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range s {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Swap[K, V any](s iter.Seq2[K, V]) iter.Seq2[V, K] {
	return func(yield func(V, K) bool) {
		for k, v := range s {
			if !yield(v, k) {
				return
			}
		}
	}
}

func MergeWith[M ~map[K]V, K comparable, V any](a, b M, resolve func(V, V) V) M {
	out := maps.Clone(a)
	for k, v := range b {
		if old, ok := out[k]; ok {
			out[k] = resolve(old, v)
		} else {
			out[k] = v
		}
	}
	return out
}

func PrintSorted[K cmp.Ordered, V any](m map[K]V) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Printf("%v=%v ", k, m[k])
	}
	fmt.Println()
}

type Stock map[string]int

func main() {
	a := Stock{"apple": 5, "pear": 2, "fig": 0}
	b := Stock{"apple": 3, "kiwi": 7}
	m := MergeWith(a, b, func(x, y int) int { return x + y })
	fmt.Printf("%T ", m)
	PrintSorted(m)
	inStock := maps.Collect(FilterSeq2(maps.All(m), func(_ string, n int) bool { return n > 0 }))
	PrintSorted(inStock)
	byCount := maps.Collect(Swap(maps.All(map[string]int{"one": 1, "two": 2, "three": 3})))
	PrintSorted(byCount)
	dst := map[int]string{0: "zero"}
	maps.Insert(dst, slices.All([]string{"a", "b", "c"}))
	PrintSorted(dst)
	maps.Insert(dst, Swap(maps.All(map[string]int{"ten": 10})))
	PrintSorted(dst)
	maps.DeleteFunc(dst, func(k int, v string) bool { return k%2 == 1 })
	PrintSorted(dst)
	var nilm map[string]bool
	fmt.Println(len(maps.Collect(maps.All(nilm))), maps.Clone(nilm) == nil)
}
